package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The six sections of a report's body: their headings, found by the {@linkplain Section#keywords()
 * words} after a numeral ({@code 三、收到和处理…}), never by the numeral alone, in order; a restart of
 * the sequence marks a repeated copy of the report, which ends the body ({@code
 * TEXT-REPEATED-DOCUMENT}); each section's content runs from its heading to the next. Section 五
 * without a heading may be recognised after table 4 ({@code TEXT-SECTION-INFERRED}).
 */
final class Sections {
  private static final String NUMERALS = "一二三四五六七八九十";

  /** The sections' heading keywords, normalised, in the order they are tried, with their sections. */
  private static final String[] KEYWORDS;
  private static final Section[] KEYWORD_SECTIONS;
  /** The first character of each of {@link #KEYWORDS}, compared before the keyword is. */
  private static final char[] KEYWORD_FIRSTS;
  /** Each section's known headings, normalised. */
  private static final String[][] HEADINGS = new String[Section.values().length][];

  static {
    List<String> keys = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    for (Section section : Section.values()) {
      for (String keyword : section.keywords()) {
        keys.add(NormalForm.normalize(keyword));
        sections.add(section);
      }
    }
    KEYWORDS = keys.toArray(new String[0]);
    KEYWORD_SECTIONS = sections.toArray(new Section[0]);
    KEYWORD_FIRSTS = new char[KEYWORDS.length];
    for (int p = 0; p < KEYWORDS.length; p++) {
      KEYWORD_FIRSTS[p] = KEYWORDS[p].charAt(0);
    }
    for (Section section : Section.values()) {
      HEADINGS[section.ordinal()] = section.headings().stream().map(NormalForm::normalize).toArray(String[]::new);
    }
  }

  /** A heading found: its section and its source range. */
  record Heading(Section section, int start, int end) {}

  /**
   * A heading as written, standard or not: its numeral, where its words start, and its section
   * (null for a section the format lacks, such as 2024's 「五、信息处理费收取情况」).
   */
  record Written(Section section, String number, int start, int wordsStart, int end) {}

  /** Words that open a section the format lacks, which later reports insert and renumber around. */
  private static final String[] EXTRA_SECTIONS = {"信息处理费"};
  /** How far into a heading's words a section keyword may stand (「六、需要说明的其他事项与附表」). */
  private static final int KEYWORD_REACH = 5;

  private final String text;
  private final NormalForm norm;
  private final Sink sink;
  private final int bodyStart;
  private int bodyEnd;
  private final List<Heading> headings;
  private final List<Written> written = new ArrayList<>();
  /** Each section found, its content's source range {@code [from, to)}; in section order. */
  private final Map<Section, int[]> content = new EnumMap<>(Section.class);

  private Sections(String text, NormalForm norm, int bodyStart, Sink sink) {
    this.text = text;
    this.norm = norm;
    this.sink = sink;
    this.bodyStart = bodyStart;
    this.bodyEnd = text.length();
    this.headings = headings();
    unnumbered();
    // a section runs to the next heading, an extra section's (五、信息处理费收取情况) included
    for (int k = 0; k < written.size(); k++) {
      Written h = written.get(k);
      if (h.section() != null) {
        int end = k + 1 < written.size() ? written.get(k + 1).start() : bodyEnd;
        content.put(h.section(), new int[] {h.end(), end});
      }
    }
  }

  /** Finds the sections of the body that starts at {@code bodyStart}. */
  static Sections find(String text, NormalForm norm, int bodyStart, Sink sink) {
    return new Sections(text, norm, bodyStart, sink);
  }

  /** Every heading as written in the body, in source order, the extra sections included. */
  List<Written> written() {
    return written;
  }

  /** Where the body starts. */
  int bodyStart() {
    return bodyStart;
  }

  /** Where the body ends: the end of the text, or the start of a repeated copy. */
  int bodyEnd() {
    return bodyEnd;
  }

  /** Where the preamble before the first heading ends. */
  int preambleEnd() {
    return headings.isEmpty() ? bodyEnd : headings.get(0).start();
  }

  /** The source range of a section's content, or null when the section has no heading. */
  int[] content(Section section) {
    return content.get(section);
  }

  /** The sections found with their content ranges, in section order. */
  Map<Section, int[]> contents() {
    return content;
  }

  /** Whether the section has a heading. */
  boolean has(Section section) {
    return content.containsKey(section);
  }

  /** Where a section's content starts, or the body's start when it has no heading. */
  int contentStart(Section section) {
    int[] range = content.get(section);
    return range == null ? bodyStart : range[0];
  }

  /**
   * Reports the sections without a heading ({@code TEXT-SECTION-MISSING}); a text of tables only
   * ({@code TEXT-TABLES-ONLY}) is not told of each narrative section missing.
   */
  void reportMissing() {
    boolean narrativeSections = content.containsKey(Section.OVERVIEW) || content.containsKey(Section.PROBLEMS)
        || content.containsKey(Section.OTHER_MATTERS);
    boolean tablesOnly = !narrativeSections && (content.containsKey(Section.ACTIVE_DISCLOSURE)
        || content.containsKey(Section.APPLICATIONS) || content.containsKey(Section.REVIEW_LITIGATION));
    if (tablesOnly) {
      sink.add(Codes.TABLES_ONLY, Severity.INFO, bodyStart, 0,
          "the text holds the tables only: no heading of the narrative sections 一、五、六 was found");
    }
    for (Section section : Section.values()) {
      boolean narrativeSection = section == Section.OVERVIEW || section == Section.PROBLEMS
          || section == Section.OTHER_MATTERS;
      if (!content.containsKey(section) && !(tablesOnly && narrativeSection)) {
        sink.add(Codes.SECTION_MISSING, Severity.WARNING, bodyStart, 0,
            "no heading of section " + section + " (" + section.heading() + ") was found");
      }
    }
  }

  /** Finds section headings in order; a restart of the sequence marks a repeated copy and ends the body. */
  private List<Heading> headings() {
    List<Heading> found = new ArrayList<>();
    int from = norm.indexAtSource(bodyStart);
    int last = -1;
    // no other character folds to 、: each one kept is found in the source, by String.indexOf
    for (int at = text.indexOf('、', bodyStart); at >= 0; at = text.indexOf('、', at + 1)) {
      int i = norm.indexAtSource(at);
      if (i < 1 || NUMERALS.indexOf(norm.charAt(i - 1)) < 0) {
        continue;
      }
      int j = i - 1;
      while (j - 1 >= from && NUMERALS.indexOf(norm.charAt(j - 1)) >= 0 && i - j < 3) {
        j--;
      }
      int start = norm.sourceOf(j);
      Section section = null;
      int matchEnd = -1;
      boolean lineStart = headingContext(start);
      for (int reach = 0; section == null && reach <= (lineStart ? KEYWORD_REACH : 0); reach++) {
        char first = norm.at(i + 1 + reach);
        for (int p = 0; p < KEYWORDS.length; p++) {
          if (KEYWORD_FIRSTS[p] == first && (reach == 0 || KEYWORDS[p].length() >= 4)
              && norm.startsWith(KEYWORDS[p], i + 1 + reach)) {
            section = KEYWORD_SECTIONS[p];
            matchEnd = i + 1 + reach + KEYWORDS[p].length();
            break;
          }
        }
      }
      if (section == null && lineStart && last >= 0) {
        for (String extra : EXTRA_SECTIONS) {
          if (norm.startsWith(extra, i + 1)) {
            int end = headingEnd(start, j, i + 1 + extra.length(), null);
            written.add(new Written(null, norm.substring(j, i), start, norm.sourceEnd(i + 1), end));
          }
        }
      }
      if (section == null || !lineStart && !fullHeading(section, j)) {
        continue;
      }
      if (section.ordinal() <= last) {
        if (found.size() >= 3 && section.ordinal() < last) {
          cutRepetition(found, start);
          break;
        }
        continue;
      }
      last = section.ordinal();
      int end = headingEnd(start, j, matchEnd, section);
      if (section == Section.ACTIVE_DISCLOSURE || section == Section.APPLICATIONS || section == Section.REVIEW_LITIGATION) {
        numbersInHeading(section, norm.sourceEnd(matchEnd), end);
      }
      found.add(new Heading(section, start, end));
      written.add(new Written(section, norm.substring(j, i), start, norm.sourceEnd(i + 1), end));
    }
    return found;
  }

  /**
   * Headings written without their numeral, on a line of their own ({@code 主动公开政府信息情况},
   * {@code ## 收到和处理政府信息公开申请情况}): for each section still without a heading, a line whose
   * words are exactly one of the section's known headings' words, between the headings found
   * before and after it. Headings in sentences are never taken: the whole line must be the words.
   */
  private void unnumbered() {
    if (headings.size() == Section.values().length) {
      return;
    }
    for (Section section : Section.values()) {
      if (has(section)) {
        continue;
      }
      int after = bodyStart;
      int before = bodyEnd;
      for (Heading h : headings) {
        if (h.section().ordinal() < section.ordinal()) {
          after = Math.max(after, h.end());
        } else if (h.start() < before) {
          before = h.start();
        }
      }
      int[] line = headingLine(section, after, before);
      if (line != null) {
        Heading heading = new Heading(section, line[0], line[1]);
        int k = 0;
        while (k < headings.size() && headings.get(k).start() < line[0]) {
          k++;
        }
        headings.add(k, heading);
        int w = 0;
        while (w < written.size() && written.get(w).start() < line[0]) {
          w++;
        }
        written.add(w, new Written(section, "", line[0], line[0], line[1]));
      }
    }
  }

  /** The first line in {@code [from, to)} that is a section's heading words alone: {start, end}, or null. */
  private int[] headingLine(Section section, int from, int to) {
    int lineStart = from;
    while (lineStart < to) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > to) {
        lineEnd = to;
      }
      int a = lineStart;
      int b = lineEnd;
      while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == '#' || text.charAt(a) == '*'
          || text.charAt(a) == '\u3000')) {
        a++;
      }
      while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == '*'
          || text.charAt(b - 1) == '：' || text.charAt(b - 1) == ':' || text.charAt(b - 1) == '\u3000')) {
        b--;
      }
      if (b - a >= 4 && b - a <= 40) {
        for (String h : HEADINGS[section.ordinal()]) {
          if (NormalForm.normalizesTo(text, a, b, h, h.indexOf('、') + 1)) {
            return new int[] {a, lineEnd};
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return null;
  }

  /**
   * Quotes the numbers written after the words of a table section's heading on its line
   * ({@code 三、收到和处理政府信息公开申请情况4}): they are no cell, and not lost either.
   */
  private void numbersInHeading(Section section, int from, int to) {
    int i = from;
    while (i < to) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int run = i;
      while (i < to && Character.isDigit(text.charAt(i))) {
        i++;
      }
      sink.add(Codes.CELL_UNPLACED, Severity.WARNING, run, i - run,
          "'" + text.substring(run, i) + "' in the heading of section " + section + " is not placed in any cell");
    }
  }

  /** Whether one of the section's known headings is written in full at a normalised index. */
  private boolean fullHeading(Section section, int at) {
    for (String h : HEADINGS[section.ordinal()]) {
      int mark = h.indexOf('、');
      if (norm.regionMatches(h, mark + 1, at + mark + 1) && norm.charAt(at + mark) == '、') {
        return true;
      }
    }
    return false;
  }

  private boolean headingContext(int start) {
    int p = start - 1;
    while (p >= bodyStart && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '#'
        || text.charAt(p) == '*' || text.charAt(p) == '\u3000')) {
      p--;
    }
    if (p < bodyStart) {
      return true;
    }
    char c = text.charAt(p);
    return !Character.isIdeographic(c) && c != '、';
  }

  private int headingEnd(int start, int numeralAt, int matchEnd, Section section) {
    int lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    if (lineEnd - start <= 50) {
      return lineEnd;
    }
    int best = matchEnd;
    for (String h : section == null ? new String[0] : HEADINGS[section.ordinal()]) {
      if (norm.startsWith(h, numeralAt) && numeralAt + h.length() > best) {
        best = numeralAt + h.length();
      }
    }
    if (best == matchEnd) {
      for (int k = matchEnd; k < Math.min(norm.length() - 1, matchEnd + 24); k++) {
        char c = norm.charAt(k);
        if (c == '。' || c == ',' || c == '，' || c == ';') {
          break;
        }
        if (norm.startsWith("情况", k) || norm.startsWith("事项", k) || norm.startsWith("措施", k)) {
          best = k + 2;
          break;
        }
      }
    }
    return norm.sourceEnd(best);
  }

  /** When 五 has no heading, text after table 4 that opens on problems and improvements is section 五. */
  void inferProblems(int tableEnd) {
    int[] review = content.get(Section.REVIEW_LITIGATION);
    if (review == null || tableEnd >= review[1]) {
      return;
    }
    int start = tableEnd;
    while (start < review[1]) {
      int lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0 || lineEnd > review[1]) {
        lineEnd = review[1];
      }
      boolean words = false;
      for (int i = start; i < lineEnd && !words; i++) {
        words = Character.isIdeographic(text.charAt(i));
      }
      if (words) {
        break;
      }
      start = lineEnd + 1;
    }
    if (start >= review[1]) {
      return;
    }
    while (start < review[1] && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int from = norm.indexAtSource(start);
    int to = Math.min(norm.indexAtSource(review[1]), from + 40);
    String head = norm.substring(from, to);
    if (head.contains("问题") && (head.contains("改进") || head.contains("整改"))) {
      content.put(Section.PROBLEMS, new int[] {start, review[1]});
      content.put(Section.REVIEW_LITIGATION, new int[] {review[0], start});
      sink.add(Codes.SECTION_INFERRED, Severity.INFO, start, 0,
          "section PROBLEMS has no heading; the text after table 4 that speaks of problems and improvements is read as it");
    }
  }

  /** Cuts the body before a second copy of the report and reports it. */
  private void cutRepetition(List<Heading> found, int repeatedHeading) {
    int copyStart = repeatedHeading;
    int firstHeading = found.get(0).start();
    int p0 = Trim.start(text, bodyStart, firstHeading);
    int p1 = Trim.end(text, p0, firstHeading);
    if (p0 < p1) {
      int nl = text.indexOf('\n', p0);
      int lineEnd = nl < 0 || nl >= p1 ? p1 : nl;
      String probe = text.substring(p0, Math.min(p0 + 30, lineEnd));
      int at = text.indexOf(probe, found.get(found.size() - 1).end());
      if (at >= 0 && at < repeatedHeading) {
        copyStart = at;
      }
    }
    int f0 = Trim.start(text, bodyStart, copyStart);
    int f1 = Trim.end(text, f0, copyStart);
    int s0 = Trim.start(text, copyStart, text.length());
    int s1 = Trim.end(text, s0, text.length());
    boolean identical = s1 - s0 >= f1 - f0 && text.regionMatches(s0, text, f0, f1 - f0);
    String how = identical ? "an identical copy" : "a copy that differs from the first";
    sink.add(Codes.REPEATED_DOCUMENT, Severity.WARNING, copyStart, Math.min(20, text.length() - copyStart),
        "the report is printed again from here (" + how + "); only the first copy is read");
    bodyEnd = copyStart;
  }
}
