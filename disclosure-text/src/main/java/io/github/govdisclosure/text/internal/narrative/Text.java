package io.github.govdisclosure.text.internal.narrative;

/**
 * A normalised copy of a stretch of source text, each character remembering where it came from.
 *
 * <p>Line breaks inside a paragraph, page footers ({@code — 2 —}) and spaces are dropped so that a
 * phrase broken across lines reads as one; a space survives only between two digits (so that
 * {@code 1 2} never becomes 12). Full-width digits, {@code ％} and ASCII punctuation are mapped to
 * one form, and a thousands separator ({@code 1,234}) is dropped. A blank line or a line that
 * starts a heading becomes {@code \n}, a hard boundary.
 */
final class Text {
  /** The normalised characters. */
  final char[] chars;
  /** The source offset of each character. */
  final int[] offsets;
  /** How many characters there are. */
  final int length;
  /** The source, for the characters as written. */
  private final String source;

  private Text(char[] chars, int[] offsets, int length, String source) {
    this.chars = chars;
    this.offsets = offsets;
    this.length = length;
    this.source = source;
  }

  char at(int i) {
    return i >= 0 && i < length ? chars[i] : '\0';
  }

  boolean startsWith(String word, int at) {
    if (at < 0 || at + word.length() > length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (chars[at + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The normalised characters {@code [start, end)}. */
  String slice(int start, int end) {
    int s = Math.max(0, start);
    int e = Math.min(length, end);
    return e > s ? new String(chars, s, e - s) : "";
  }

  /** The characters as written {@code [start, end)}, without the dropped line breaks and spaces. */
  String phrase(int start, int end) {
    int s = Math.max(0, start);
    int e = Math.min(length, end);
    if (e <= s) {
      return "";
    }
    char[] written = new char[e - s];
    for (int i = s; i < e; i++) {
      written[i - s] = written(i);
    }
    return new String(written);
  }

  /**
   * The character {@code i} as written: a break or space the normalisation put in stands for
   * itself (no other character normalises to one), any other is the source character.
   */
  private char written(int i) {
    char c = chars[i];
    return c == '\n' || c == ' ' ? c : source.charAt(offsets[i]);
  }

  static Text of(String source, int from, int to) {
    return of(source, from, to, null);
  }

  /** The most characters the normal form of {@code source[from, to)} can have. */
  private static int capacity(String source, int from, int to) {
    // besides its own characters, a line adds at most a heading break before it and a break or
    // space after it, and every line but the last ends in a line break character of its own
    int lines = 1;
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r') {
        lines++;
      }
    }
    return (to - from) + 2 * lines;
  }

  /**
   * An empty text whose arrays can hold the normal form of {@code source[from, to)}: {@code reuse}
   * when its arrays are large enough.
   */
  static Text reserve(String source, int from, int to, Text reuse) {
    int capacity = capacity(source, from, to);
    if (reuse != null && reuse.chars.length >= capacity) {
      return reuse;
    }
    return new Text(new char[capacity], new int[capacity], 0, source);
  }

  /**
   * Normalises {@code source[from, to)}, into the arrays of {@code reuse} when they are large
   * enough (the text {@code reuse} is then no longer valid).
   */
  static Text of(String source, int from, int to, Text reuse) {
    int capacity = capacity(source, from, to);
    char[] chars;
    int[] offsets;
    if (reuse != null && reuse.chars.length >= capacity) {
      chars = reuse.chars;
      offsets = reuse.offsets;
    } else {
      chars = new char[capacity];
      offsets = new int[capacity];
    }
    int n = 0;
    int line = from;
    while (line < to) {
      int end = line;
      while (end < to && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
        end++;
      }
      int first = line;
      while (first < end && isSpace(source.charAt(first))) {
        first++;
      }
      if (first == end) {
        if (n > 0 && chars[n - 1] != '\n') {
          chars[n] = '\n';
          offsets[n++] = line;
        }
      } else if (!isFooter(source, first, end)) {
        boolean heading = startsHeading(source, first, end);
        if (n > 0 && chars[n - 1] != '\n' && heading) {
          chars[n] = '\n';
          offsets[n++] = first;
        }
        for (int i = line; i < end; i++) {
          char c = source.charAt(i);
          if (isSpace(c)) {
            if (n > 0 && chars[n - 1] != ' ' && chars[n - 1] != '\n') {
              chars[n] = ' ';
              offsets[n++] = i;
            }
          } else {
            chars[n] = normal(c);
            offsets[n++] = i;
          }
        }
        // a heading alone on its line (（二）依申请公开方面) ends there
        if (heading && isShortHeading(source, first, end)) {
          if (n > 0 && chars[n - 1] == ' ') {
            n--;
          }
          chars[n] = '\n';
          offsets[n++] = end;
        } else if (end < to && n > 0 && chars[n - 1] != ' ' && chars[n - 1] != '\n') {
          // the line break itself joins the lines, like a space
          chars[n] = ' ';
          offsets[n++] = end;
        }
      }
      line = end;
      if (line < to && source.charAt(line) == '\r') {
        line++;
      }
      if (line < to && source.charAt(line) == '\n') {
        line++;
      }
    }
    // second pass: drop spaces except between digits, and thousands separators
    int m = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c == ' ') {
        boolean between = m > 0 && isDigit(chars[m - 1]) && i + 1 < n && isDigit(chars[i + 1]);
        if (!between) {
          continue;
        }
      } else if (c == '，' && source.charAt(offsets[i]) == ',' && isThousands(chars, i, n, m > 0 ? chars[m - 1] : ' ')) {
        continue;
      }
      chars[m] = c;
      offsets[m++] = offsets[i];
    }
    return new Text(chars, offsets, m, source);
  }

  private static boolean isThousands(char[] chars, int comma, int n, char before) {
    if (!isDigit(before)) {
      return false;
    }
    for (int k = 1; k <= 3; k++) {
      if (comma + k >= n || !isDigit(chars[comma + k])) {
        return false;
      }
    }
    return comma + 4 >= n || !isDigit(chars[comma + 4]);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\f' || c == '\u000b'
        || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u200b' || c == '\ufeff';
  }

  private static char normal(char c) {
    if (c >= '０' && c <= '９') {
      return (char) (c - '０' + '0');
    }
    switch (c) {
      case '％':
        return '%';
      case '．':
        return '.';
      case ',':
        return '，';
      case ';':
        return '；';
      case ':':
        return '：';
      case '(':
        return '（';
      case ')':
        return '）';
      case '!':
        return '！';
      case '?':
        return '？';
      default:
        return c;
    }
  }

  /** A PDF page footer: a short line of digits and dashes, such as {@code — 2 —} or {@code 第2页}. */
  private static boolean isFooter(String s, int first, int end) {
    int last = end;
    while (last > first && isSpace(s.charAt(last - 1))) {
      last--;
    }
    if (last - first > 24) {
      return false;
    }
    boolean digit = false;
    boolean mark = false;
    for (int i = first; i < last; i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
        digit = true;
      } else if (c == '—' || c == '–' || c == '-' || c == '－' || c == '―' || c == '_' || c == '第'
          || c == '页' || c == '共' || c == '/') {
        mark = true;
      } else if (!isSpace(c)) {
        return false;
      }
    }
    return digit && mark;
  }

  /** A heading line short enough not to be a paragraph, and not broken off mid-sentence. */
  private static boolean isShortHeading(String s, int first, int end) {
    int last = end;
    while (last > first && isSpace(s.charAt(last - 1))) {
      last--;
    }
    return last - first <= 30 && "，,、；;：:".indexOf(s.charAt(last - 1)) < 0;
  }

  /** A line that starts a heading ({@code （二）}, {@code 三、}, {@code #}) or a table row. */
  private static boolean startsHeading(String s, int first, int end) {
    char c = s.charAt(first);
    if (c == '#' || c == '|') {
      return true;
    }
    int i = first;
    if (c == '（' || c == '(') {
      i++;
    }
    int numerals = 0;
    while (i < end && "一二三四五六七八九十".indexOf(s.charAt(i)) >= 0) {
      i++;
      numerals++;
    }
    if (numerals == 0 || i >= end) {
      return false;
    }
    char after = s.charAt(i);
    return c == '（' || c == '(' ? after == '）' || after == ')' : after == '、';
  }
}
