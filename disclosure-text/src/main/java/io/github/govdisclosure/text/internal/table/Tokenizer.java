package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.internal.Codes;
import io.github.govdisclosure.text.internal.NormalForm;
import io.github.govdisclosure.text.internal.Sink;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stretch of table text into cell tokens. Whitespace, tabs, line breaks and {@code |} are
 * separators (every separator is a hard cell boundary: a digit run is never joined across one);
 * {@code ||} makes a blank cell, and so does an empty field of a tab-separated line (two tabs in a
 * row, or a tab that ends the line); Markdown rule lines, Markdown headings and page footers
 * ({@code — 4 —}) are skipped. One pass, no regular expressions. Not API.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** What a token is. */
  public enum Kind {
    /** A cell value: a number (maybe annotated), a digit run, or a dash. */
    VALUE,
    /** An empty cell between two pipes. */
    BLANK,
    /** Words that are not a cell value (header fragments, notes). */
    JUNK
  }

  /**
   * A token with its source range and its text as written (made when first asked for: most tokens
   * are the source range itself, and many are never asked for their text).
   */
  public static final class Token {
    private final Kind kind;
    private final int start;
    private final int end;
    private final String source;
    private String raw;

    /** A token that is {@code source[start, end)} as written. */
    Token(Kind kind, int start, int end, String source) {
      this(kind, start, end, source, null);
    }

    /** A token written as {@code raw} (null: {@code source[start, end)}). */
    Token(Kind kind, int start, int end, String source, String raw) {
      this.kind = kind;
      this.start = start;
      this.end = end;
      this.source = source;
      this.raw = raw;
    }

    /** What the token is. */
    public Kind kind() {
      return kind;
    }

    /** Where it starts in the source. */
    public int start() {
      return start;
    }

    /** Where it ends in the source. */
    public int end() {
      return end;
    }

    /** The token as written. */
    public String raw() {
      String r = raw;
      if (r == null) {
        r = source.substring(start, end);
        raw = r;
      }
      return r;
    }

    /** Whether the token contains a digit. */
    public boolean hasDigit() {
      if (raw == null) {
        for (int i = start; i < end; i++) {
          if (CellReader.isDigit(source.charAt(i))) {
            return true;
          }
        }
        return false;
      }
      for (int i = 0; i < raw.length(); i++) {
        if (CellReader.isDigit(raw.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return kind + "[" + start + ", " + end + ") " + raw();
    }
  }

  /** Whether the tokens hold a value. */
  static boolean hasValue(List<Token> tokens) {
    return firstValue(tokens) != null;
  }

  /** The first value token, or null. */
  static Token firstValue(List<Token> tokens) {
    for (int i = 0, n = tokens.size(); i < n; i++) {
      Token t = tokens.get(i);
      if (t.kind() == Kind.VALUE) {
        return t;
      }
    }
    return null;
  }

  /** Tokenizes {@code text[from, to)}. */
  public static List<Token> tokenize(String text, int from, int to, Sink sink) {
    return tokenize(text, from, to, sink, Integer.MAX_VALUE);
  }

  /**
   * Where the {@code n}-th value token of {@code text[from, to)} ends, or {@code to} when there are
   * fewer: as tokenising the whole stretch would tell, without tokenising past that value.
   */
  static int valueEnd(String text, int from, int to, int n) {
    List<Token> tokens = tokenize(text, from, to, new Sink(), n);
    int seen = 0;
    for (Token t : tokens) {
      if (t.kind() == Kind.VALUE && ++seen == n) {
        return t.end();
      }
    }
    return to;
  }

  /** Tokenizes {@code text[from, to)}, stopping after the word that makes {@code values} value tokens. */
  private static List<Token> tokenize(String text, int from, int to, Sink sink, int values) {
    List<Token> tokens = new ArrayList<>();
    int seen = 0;
    int i = from;
    boolean afterPipe = false;
    // on a line without pipes a tab ends a field, so tab-tab (or tab, end of line) is an empty field
    boolean tabFields = false;
    boolean afterTab = false;
    while (i < to) {
      if (i == 0 || text.charAt(i - 1) == '\n' || i == from) {
        int lineEnd = lineEnd(text, i, to);
        tabFields = !hasPipe(text, i, lineEnd);
        afterTab = false;
        // pipe-flattened text ends every cell with a pipe ('35 |', bare '|' for an empty cell); a
        // Markdown row opens with a border pipe. A whole line starts here unless the region starts
        // mid-line, right after a row label, where the first pipe ends the label's cell.
        boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
        afterPipe = lineStart && terminated(text, i);
        // furniture is a whole line: the rest of a line after a row label is never furniture
        int skip = lineStart ? furniture(text, i, lineEnd) : 0;
        if (skip != 0) {
          if (skip == 2) {
            sink.add(Codes.PAGE_FURNITURE, Severity.INFO, firstNonSpace(text, i, lineEnd), 0,
                "page footer inside a table skipped: '" + text.substring(i, lineEnd).trim() + "'");
          } else if (skip == 3) {
            sink.add(Codes.PAGE_FURNITURE, Severity.INFO, firstNonSpace(text, i, lineEnd), 0,
                "Markdown heading inside a table skipped with its numbers: '" + text.substring(i, lineEnd).trim() + "'");
          }
          i = lineEnd;
          afterPipe = false;
          continue;
        }
      }
      char c = text.charAt(i);
      if (c == '|') {
        if (afterPipe) {
          tokens.add(new Token(Kind.BLANK, i, i, text, ""));
        }
        afterPipe = true;
        i++;
        continue;
      }
      if (c == '\t' && tabFields) {
        if (afterTab) {
          tokens.add(new Token(Kind.BLANK, i, i, text, ""));
        }
        afterTab = true;
        i++;
        continue;
      }
      if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
        i++;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (afterTab) {
          tokens.add(new Token(Kind.BLANK, i, i, text, ""));
        }
        afterPipe = false;
        afterTab = false;
        i++;
        continue;
      }
      if (isSpace(c)) {
        i++;
        continue;
      }
      afterPipe = false;
      afterTab = false;
      int start = i;
      while (i < to && !isSeparator(text.charAt(i))) {
        i++;
      }
      int before = tokens.size();
      i = word(text, start, i, to, tokens);
      for (int k = before; k < tokens.size(); k++) {
        if (tokens.get(k).kind() == Kind.VALUE) {
          seen++;
        }
      }
      if (seen >= values) {
        break;
      }
    }
    return tokens;
  }

  /** Classifies the word {@code text[start, end)}; returns where scanning resumes. */
  private static int word(String text, int start, int end, int to, List<Token> tokens) {
    if (CellReader.isDash(text, start, end) || end - start == 1 && CellReader.isMissingMark(text.substring(start, end))
        || maybeNotANumber(text, start, end) && CellReader.isNotANumber(text.substring(start, end))) {
      tokens.add(new Token(Kind.VALUE, start, end, text));
      return end;
    }
    int mark = CellReader.textCellMark(text, start, end);
    if (mark > start && mark < end) {
      // crawler text runs a text cell into the words after it: 行政许可不适用第二十条…
      tokens.add(new Token(Kind.VALUE, start, mark, text));
      return word(text, mark, end, to, tokens);
    }
    int numEnd = numericPrefix(text, start, end);
    if (numEnd == start) {
      // text run into digits (crawler text): 申请人情况…数量230 → words, then a value
      int k = start + 1;
      while (k < end && !(CellReader.isDigit(text.charAt(k)) && !CellReader.isDigit(text.charAt(k - 1))
          && text.charAt(k - 1) != '.' && text.charAt(k - 1) != ',')) {
        k++;
      }
      tokens.add(new Token(Kind.JUNK, start, k, text));
      return k < end ? word(text, k, end, to, tokens) : end;
    }
    if (numEnd < end && isAsciiLetter(text.charAt(numEnd))) {
      // 1e5, 12abc: one token, which the cell reader reports as not a number
      tokens.add(new Token(Kind.VALUE, start, end, text));
      return end;
    }
    if (numEnd + 1 < end && isSign(NormalForm.fold(text.charAt(numEnd))) && CellReader.isDigit(text.charAt(numEnd + 1))) {
      // a signed number run into the one before it: V2019 行政许可0+11 is 0, then +11 (+1 and 1)
      tokens.add(new Token(Kind.VALUE, start, numEnd, text));
      return word(text, numEnd, end, to, tokens);
    }
    if (numEnd < end) {
      char next = NormalForm.fold(text.charAt(numEnd));
      if (next == '(') {
        int close = closeBracket(text, numEnd, Math.min(to, numEnd + 80));
        if (close > 0 && close >= end - 1 && isAnnotation(text, numEnd + 1, close)) {
          tokens.add(new Token(Kind.VALUE, start, close + 1, text));
          return close + 1;
        }
      }
      tokens.add(new Token(Kind.VALUE, start, numEnd, text));
      tokens.add(new Token(Kind.JUNK, numEnd, end, text));
      return end;
    }
    // an annotation may follow after spaces or one line break: 22\n（其中修订 16 件）
    int j = end;
    int breaks = 0;
    while (j < to && (isSpace(text.charAt(j)) || text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
      if (text.charAt(j) == '\n') {
        breaks++;
      }
      j++;
    }
    if (j < to && breaks <= 1 && NormalForm.fold(text.charAt(j)) == '(') {
      int close = closeBracket(text, j, Math.min(to, j + 80));
      if (close > 0 && isAnnotation(text, j + 1, close)) {
        String raw = text.substring(start, end) + text.substring(j, close + 1);
        tokens.add(new Token(Kind.VALUE, start, close + 1, text, raw));
        return close + 1;
      }
    }
    tokens.add(new Token(Kind.VALUE, start, end, text));
    return end;
  }

  /**
   * Whether {@code text[start, end)} may be a word of {@link CellReader#isNotANumber(String)}: short,
   * and its first character lower-cases to the first character of one of them.
   */
  private static boolean maybeNotANumber(String text, int start, int end) {
    if (end - start > 10) {
      return false;
    }
    char c = text.charAt(start);
    return "nNiIuU+-#".indexOf(c) >= 0 || c == '\u0130';
  }

  /** An annotation has words in it, not just a numeral like {@code （三）}. */
  private static boolean isAnnotation(String text, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isIdeographic(c) && "一二三四五六七八九十".indexOf(c) < 0) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /** The end of the numeric prefix of a word: sign, digits, commas, decimals, unit. */
  private static int numericPrefix(String text, int start, int end) {
    int i = start;
    char c = NormalForm.fold(text.charAt(i));
    if ((c == '+' || CellReader.isMinus(c)) && i + 1 < end && CellReader.isDigit(text.charAt(i + 1))) {
      i++;
    }
    if (!CellReader.isDigit(text.charAt(i))) {
      return start;
    }
    while (i < end) {
      char d = NormalForm.fold(text.charAt(i));
      if (CellReader.isDigit(d)) {
        i++;
      } else if ((d == ',' || d == '.') && i + 1 < end && CellReader.isDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (text.startsWith("万元", i) && i + 2 <= end) {
      i += 2;
    } else if (i < end && text.charAt(i) == '元') {
      i++;
    }
    return i;
  }

  private static int closeBracket(String text, int open, int limit) {
    for (int i = open + 1; i < limit; i++) {
      char c = NormalForm.fold(text.charAt(i));
      if (c == ')') {
        return i;
      }
      if (c == '(') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * 0: an ordinary line; 1: Markdown rule or heading (skip quietly); 2: a page footer; 3: a
   * Markdown heading with digits (skipped, its numbers quoted).
   */
  private static int furniture(String text, int from, int to) {
    int a = firstNonSpace(text, from, to);
    if (a >= to) {
      return 0;
    }
    char first = text.charAt(a);
    if (first == '#') {
      for (int i = a; i < to; i++) {
        if (CellReader.isDigit(text.charAt(i))) {
          return 3;
        }
      }
      return 1;
    }
    int dashes = 0;
    int digits = 0;
    int pipes = 0;
    for (int i = a; i < to; i++) {
      char c = text.charAt(i);
      c = NormalForm.fold(c);
      if (c == '-' || c == '\u2014' || c == '\u2013' || c == ':') {
        dashes++;
      } else if (c == '|') {
        pipes++;
      } else if (CellReader.isDigit(c)) {
        digits++;
      } else if (!isSpace(c) && c != '\r') {
        return 0; // a word: neither a rule line nor a footer
      }
    }
    if (digits == 0 && pipes > 0 && dashes >= 3) {
      return 1;
    }
    if (pipes == 0 && digits > 0 && digits <= 4 && dashes >= 2) {
      char f = NormalForm.fold(first);
      if (f == '-' || f == '\u2014' || f == '\u2013') {
        return 2;
      }
    }
    return 0;
  }

  /**
   * Whether a line's pipes end cells: it does not open with a pipe, or it holds pipes only. Reads
   * the whole line from {@code from} (past the region), stopping at the first character that
   * decides.
   */
  private static boolean terminated(String text, int from) {
    int n = text.length();
    int a = from;
    while (a < n && (isSpace(text.charAt(a)) || text.charAt(a) == '\r')) {
      a++;
    }
    if (a >= n || text.charAt(a) != '|' || flattenedRow(text, a)) {
      return true;
    }
    boolean space = false;
    for (int i = a + 1; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c == '|') {
        if (space) {
          return false;
        }
      } else if (isSpace(c) || c == '\r') {
        space = true;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the line from {@code a} is a row of pipe-flattened text that starts with empty cells:
   * bare pipes with nothing between them, then one cell closed by {@code " |"} at the end of the
   * line ({@code |||||0 |}: five blanks, then 0). A Markdown row puts a cell after its border pipe
   * and more than one cell on the line.
   */
  private static boolean flattenedRow(String text, int a) {
    int n = text.length();
    int i = a;
    while (i < n && text.charAt(i) == '|') {
      i++;
    }
    if (i >= n || isSeparator(text.charAt(i))) {
      return false;
    }
    int close = -1;
    for (int j = i; j < n; j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        break;
      }
      if (c == '|') {
        if (close >= 0 || !isSpace(text.charAt(j - 1))) {
          return false;
        }
        close = j;
      } else if (close >= 0 && !isSpace(c) && c != '\r') {
        return false;
      }
    }
    return close >= 0;
  }

  private static boolean hasPipe(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '|') {
        return true;
      }
    }
    return false;
  }

  private static int lineEnd(String text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) != '\n') {
      i++;
    }
    return i;
  }

  private static int firstNonSpace(String text, int from, int to) {
    int i = from;
    while (i < to && (isSpace(text.charAt(i)) || text.charAt(i) == '\r')) {
      i++;
    }
    return i;
  }

  private static boolean isSign(char c) {
    return c == '+' || CellReader.isMinus(c);
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }

  static boolean isSeparator(char c) {
    return isSpace(c) || c == '|' || c == '\n' || c == '\r';
  }
}
