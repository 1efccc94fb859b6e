package io.github.govdisclosure.text.internal.narrative;

import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.text.internal.NormalForm;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the figures ({@code “予以公开”17件，占48.57%}) and breakdowns ({@code 共…7784条，其中…689条}) of one
 * normalised stretch of narrative, from its numbers and the keywords around them.
 */
final class FigureReader {

  /** Characters that end the text a keyword may be read from. */
  private static final String HARD = "。!?;\n|";
  /** Characters that end a clause, for phrases. */
  private static final String CLAUSE = ",;:。!?\n|()";
  /** Characters that end the text after a number read for a keyword. */
  private static final String AFTER = ",。;:、!?\n|()";
  /** Units of the counts that restate table 3 and 4 (applications, cases). */
  private static final String FIGURE_UNITS = "件起宗";
  /** Words that introduce the parts of a total. */
  private static final List<String> MARKERS = List.of("其中", "包括", "包含", "涉及");
  /** Words that name a last part as the rest, which makes the split complete. */
  private static final List<String> REST = List.of("其他", "其它", "其余", "剩余", "另有");

  private static final int LEFT = 40;
  private static final int RIGHT = 16;
  private static final int MAX_PHRASE = 120;
  private static final int MAX_PARTS = 60;
  private static final int MAX_LIST = 1200;

  private final NormalForm text;
  private final List<Token> tokens;
  private final Optional<Section> section;
  private final LineIndex spans;
  private final boolean[] figure;
  private final boolean[] consumed;

  FigureReader(NormalForm text, List<Token> tokens, Section section, LineIndex spans) {
    this.text = text;
    this.tokens = tokens;
    this.section = Optional.ofNullable(section);
    this.spans = spans;
    this.figure = new boolean[tokens.size()];
    this.consumed = new boolean[tokens.size()];
  }

  List<StatedFigure> figures() {
    List<StatedFigure> figures = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.COUNT && !t.approximate() && FIGURE_UNITS.indexOf(t.unit()) >= 0) {
        StatedFigure f = count(i, t);
        if (f != null) {
          figures.add(f);
        }
      } else if (t.kind() == Token.Kind.PERCENT && !consumed[i]) {
        StatedFigure f = share(i, t);
        if (f != null) {
          figures.add(f);
        }
      }
    }
    return figures;
  }

  private StatedFigure count(int i, Token t) {
    int leftStart = leftStart(i);
    String left = text.substring(leftStart, t.start());
    String right = text.substring(t.end(), rightEnd(i));
    Keywords.Match m = Keywords.before(left, right);
    int phraseStart;
    int phraseEnd = t.end();
    int floor = phraseFloor(i);
    if (m != null) {
      phraseStart = clauseStart(leftStart + m.start(), floor);
      if (m.end() == left.length() && m.quantity() == Quantity.RECEIVED && !left.endsWith("申请")) {
        phraseEnd = t.end() + right.length(); // 共收到70件申请
      }
    } else {
      m = Keywords.after(left, right);
      if (m == null) {
        return null;
      }
      phraseStart = clauseStart(t.start(), floor);
      phraseEnd = t.end() + right.length();
    }
    figure[i] = true;
    StatedFigure.Builder b = new StatedFigure.Builder();
    b.quantity(m.quantity()).count(t.count()).section(section);
    Token p = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (p != null && p.kind() == Token.Kind.PERCENT && !p.approximate() && phraseEnd == t.end()) {
      String gap = text.substring(t.end(), p.start());
      if (isShareGap(gap)) {
        consumed[i + 1] = true;
        b.percent(p.percent());
        phraseEnd = p.end();
        if (gap.indexOf('(') >= 0 && text.at(phraseEnd) == ')') {
          phraseEnd++;
        }
      }
    }
    return b.phrase(phrase(phraseStart, phraseEnd)).span(span(phraseStart, phraseEnd)).build();
  }

  /** A percent stated without a count: {@code 予以公开的占48.57%}. */
  private StatedFigure share(int i, Token t) {
    int leftStart = leftStart(i);
    String left = text.substring(leftStart, t.start());
    Keywords.Match m = Keywords.before(left, "");
    if (m == null || m.quantity() == null) {
      return null;
    }
    String gap = left.substring(m.end());
    if (!gap.contains("占") || Keywords.isRate(gap)) {
      return null;
    }
    int phraseStart = clauseStart(leftStart + m.start(), phraseFloor(i));
    return new StatedFigure.Builder()
        .quantity(m.quantity())
        .percent(t.percent())
        .section(section)
        .phrase(phrase(phraseStart, t.end()))
        .span(span(phraseStart, t.end()))
        .build();
  }

  /** What may stand between a count and its share: {@code ，占总数的}, {@code （}, {@code ，占比}. */
  private static boolean isShareGap(String gap) {
    if (gap.length() > Keywords.MAX_GAP || Keywords.isRate(gap)) {
      return false;
    }
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (HARD.indexOf(c) >= 0 || NormalForm.isDigit(c)) {
        return false;
      }
    }
    if (gap.contains("占") || gap.contains("比例") || gap.contains("比重")) {
      return true;
    }
    for (int k = 0; k < gap.length(); k++) {
      if (",(:".indexOf(gap.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  List<StatedBreakdown> breakdowns() {
    List<StatedBreakdown> breakdowns = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.COUNT && !t.approximate()) {
        StatedBreakdown b = breakdown(i, t);
        if (b != null) {
          breakdowns.add(b);
        }
      }
    }
    return breakdowns;
  }

  private StatedBreakdown breakdown(int i, Token t) {
    int limit = Math.min(t.end() + Keywords.MAX_GAP + 4, nextStart(i));
    int marker = -1;
    for (int k = t.end(); k < limit && marker < 0; k++) {
      if (HARD.indexOf(text.at(k)) >= 0) {
        return null;
      }
      for (String word : MARKERS) {
        if (text.startsWith(word, k)) {
          marker = k + word.length();
          break;
        }
      }
    }
    if (marker < 0) {
      return null;
    }
    List<Long> parts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int pos = marker;
    int labelStart = marker;
    int depth = 0;
    boolean deferred = false;
    int last = -1;
    int j = i + 1;
    while (j < tokens.size() && parts.size() < MAX_PARTS && pos - marker < MAX_LIST) {
      Token p = tokens.get(j);
      if (p.start() < pos) {
        j++;
        continue;
      }
      if (p.start() - marker > MAX_LIST) {
        break;
      }
      boolean stop = false;
      for (int k = pos; k < p.start() && !stop; k++) {
        char c = text.at(k);
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
          stop = depth < 0;
        } else if (depth == 0 && "。!?\n|".indexOf(c) >= 0) {
          // 主动公开政府信息225条，公开类别主要涉及…。其中…5条，…: the parts follow the full stop
          if (parts.isEmpty() && !deferred && text.startsWith("其中", k + 1)) {
            deferred = true;
            k += 2;
            labelStart = k + 1;
          } else {
            stop = true;
          }
        }
      }
      if (stop) {
        break;
      }
      pos = p.end();
      if (depth == 0 && p.kind() == Token.Kind.COUNT && p.unit() == t.unit()) {
        if (p.approximate() || figure[j]) {
          return null;
        }
        parts.add(p.count());
        labels.add(text.substring(labelStart, p.start()));
        labelStart = p.end();
        last = p.end();
      }
      j++;
    }
    if (parts.isEmpty()) {
      return null;
    }
    int start = clauseStart(t.start(), phraseFloor(i));
    return new StatedBreakdown.Builder()
        .total(t.count())
        .parts(parts)
        .complete(isComplete(t.count(), parts, labels))
        .phrase(phrase(start, last))
        .section(section)
        .span(span(start, last))
        .build();
  }

  /**
   * Whether the parts are presented as the whole of the total: at least two parts, and the last is
   * the rest ({@code 其他类别信息442条}), or every part is a category ({@code …类信息5条}), or they
   * add up to the total (then reading them as complete changes no verdict and says what they are).
   */
  static boolean isComplete(long total, List<Long> parts, List<String> labels) {
    if (parts.size() < 2) {
      return false;
    }
    String lastLabel = labels.get(labels.size() - 1);
    for (String word : REST) {
      if (lastLabel.contains(word)) {
        return true;
      }
    }
    if (labels.stream().allMatch(l -> l.contains("类"))) {
      return true;
    }
    long sum = 0;
    for (long part : parts) {
      sum += part;
    }
    return sum == total;
  }

  /** Where the text a number may be read from begins: after the previous number, boundary, or 40 characters. */
  private int leftStart(int i) {
    Token t = tokens.get(i);
    int floor = Math.max(0, t.start() - LEFT);
    if (i > 0) {
      floor = Math.max(floor, tokens.get(i - 1).end());
    }
    return afterHard(t.start(), floor);
  }

  /**
   * How far back a phrase may begin: the last hard boundary or the previous count or share, at
   * most 40 characters back.
   */
  private int phraseFloor(int i) {
    Token t = tokens.get(i);
    int floor = Math.max(0, t.start() - LEFT);
    for (int k = i - 1; k >= 0 && tokens.get(k).end() > floor; k--) {
      if (tokens.get(k).kind() != Token.Kind.OTHER) {
        floor = tokens.get(k).end();
        break;
      }
    }
    return afterHard(t.start(), floor);
  }

  /** Just after the last hard boundary before {@code at}, not before {@code floor}. */
  private int afterHard(int at, int floor) {
    for (int k = at - 1; k >= floor; k--) {
      if (HARD.indexOf(text.at(k)) >= 0) {
        return k + 1;
      }
    }
    return floor;
  }

  private int rightEnd(int i) {
    Token t = tokens.get(i);
    int limit = Math.min(t.end() + RIGHT, nextStart(i));
    for (int k = t.end(); k < limit; k++) {
      if (AFTER.indexOf(text.at(k)) >= 0) {
        return k;
      }
    }
    return limit;
  }

  private int nextStart(int i) {
    return i + 1 < tokens.size() ? tokens.get(i + 1).start() : text.length();
  }

  /** The start of the clause holding position {@code at}, not before {@code floor}. */
  private int clauseStart(int at, int floor) {
    int start = Math.max(floor, 0);
    for (int k = at - 1; k >= floor; k--) {
      if (CLAUSE.indexOf(text.at(k)) >= 0) {
        start = k + 1;
        break;
      }
    }
    while (start < at && "、,;:)。 ".indexOf(text.at(start)) >= 0) {
      start++;
    }
    return start;
  }

  private String phrase(int start, int end) {
    String phrase = text.written(start, end).strip();
    if (phrase.length() > MAX_PHRASE) {
      int cut = MAX_PHRASE - 1;
      if (Character.isHighSurrogate(phrase.charAt(cut - 1))) {
        cut--;
      }
      phrase = phrase.substring(0, cut) + "…";
    }
    return phrase;
  }

  private io.github.govdisclosure.model.SourceSpan span(int start, int end) {
    return spans(text, spans, start, end);
  }

  static io.github.govdisclosure.model.SourceSpan spans(NormalForm text, LineIndex spans, int start, int end) {
    if (text.length() == 0) {
      return spans.span(0, 0);
    }
    int s = text.sourceOf(Math.min(Math.max(start, 0), text.length() - 1));
    int e = end > start ? text.sourceOf(Math.min(end, text.length()) - 1) + 1 : s;
    return spans.span(s, e - s);
  }
}
