package io.github.govdisclosure.text.internal;

/**
 * The normal form of a stretch of source text, in which the parser looks for words, each
 * character remembering the source offset it came from. The one normaliser of the parser. Not API.
 *
 * <p>One {@linkplain #fold(char) folding} of characters for every reader: full-width forms become
 * ASCII ({@code （一）} → {@code (一)}, {@code ３５} → {@code 35}, {@code ，} → {@code ,},
 * {@code ％} → {@code %}), the half-width ideographic full stop becomes {@code 。}. One set of
 * {@linkplain #isSpace(char) spaces}. Two layouts, for what the two kinds of reading need:
 *
 * <ul>
 *   <li>{@link #labels} (table labels, headings, markers, the title): every space, line break,
 *       {@code |} and quotation mark is dropped, so that {@code 商业 企业} matches {@code 商业企业} and
 *       {@code 危及“三安全一稳定”} matches {@code 危及三安全一稳定}. Each character is a source
 *       character, in order: the map back to the source takes about a bit per source character (a
 *       bit set of the characters kept, with the count kept before each 64-bit word), built once
 *       per document. A normalised index becomes a source offset by a binary search over the words
 *       and a scan of one word; a source offset becomes a normalised index in constant time.
 *   <li>{@link #prose} (the narrative's sentences): the text keeps its structure. Line breaks
 *       inside a paragraph, page footers ({@code — 2 —}) and spaces are dropped so that a phrase
 *       broken across lines reads as one; a space survives only between two digits (so that
 *       {@code 1 2} never becomes 12); a thousands separator ({@code 1,234}) is dropped; a blank
 *       line or a line that starts a heading becomes {@code \n}, a hard boundary. Quotation marks
 *       and {@code |} are kept. The breaks and spaces put in stand for source characters that are
 *       not kept, so the map is an offset per character; the arrays of one stretch are reused for
 *       the next.
 * </ul>
 */
public final class NormalForm {
  private final CharSequence source;
  private final char[] chars;
  private final int length;
  /** Labels: the source offset of bit 0; prose: the start of the stretch. */
  private final int from;
  /** Labels: bit {@code k} is set when source character {@code from + k} is kept; prose: null. */
  private final long[] kept;
  /** Labels: the number of kept characters before each word of {@link #kept}. */
  private final int[] keptBefore;
  /** Prose: the source offset of each character; labels: null. */
  private final int[] offsets;

  private NormalForm(CharSequence source, char[] chars, int length, int from, long[] kept, int[] keptBefore,
      int[] offsets) {
    this.source = source;
    this.chars = chars;
    this.length = length;
    this.from = from;
    this.kept = kept;
    this.keptBefore = keptBefore;
    this.offsets = offsets;
  }

  // ---------------------------------------------------------------- characters

  /**
   * The character folded to its one form: a full-width form (U+FF01–U+FF5E) to ASCII, U+FF61 to
   * {@code 。}; any other character is itself.
   */
  public static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    return c == '\uFF61' ? '\u3002' : c;
  }

  /** Whether the character is a space (not a line break): ASCII, ideographic, no-break, en, em, thin, zero-width. */
  public static boolean isSpace(char c) {
    switch (c) {
      case ' ':
      case '\t':
      case '\u3000':
      case '\u00A0':
      case '\f':
      case '\u000B':
      case '\u2002':
      case '\u2003':
      case '\u2009':
      case '\u200B':
      case '\uFEFF':
        return true;
      default:
        return false;
    }
  }

  /** {@link #labelChar} of each ASCII character, looked up: digits, pipes and breaks are common. */
  private static final char[] ASCII_LABEL_CHARS = labelChars('\u0000', 128);
  /** {@link #labelChar} of the CJK punctuation (U+3000–U+303F: {@code 、。「」}), looked up. */
  private static final char[] CJK_PUNCTUATION_LABEL_CHARS = labelChars('\u3000', 64);
  /** {@link #labelChar} of the full-width forms (U+FF00–U+FFFF: {@code （）：，}), looked up. */
  private static final char[] FULL_WIDTH_LABEL_CHARS = labelChars('\uFF00', 256);

  private static char[] labelChars(char first, int count) {
    char[] chars = new char[count];
    for (int k = 0; k < count; k++) {
      chars[k] = foldOrDrop((char) (first + k));
    }
    return chars;
  }

  /**
   * The character as the {@linkplain #labels labels} layout keeps it, folded, or 0 when that
   * layout drops it (a space, a line break, {@code |}, a quotation mark).
   */
  public static char labelChar(char c) {
    if (c < 128) {
      return ASCII_LABEL_CHARS[c];
    }
    if (c >= '\u3400' && c < '\uFEFF') {
      return c; // ideographs and the rest of the range: none is folded or dropped
    }
    if (c >= '\uFF00') {
      return FULL_WIDTH_LABEL_CHARS[c - '\uFF00'];
    }
    if (c >= '\u3000' && c < '\u3040') {
      return CJK_PUNCTUATION_LABEL_CHARS[c - '\u3000'];
    }
    return foldOrDrop(c);
  }

  private static char foldOrDrop(char c) {
    char f = fold(c);
    switch (f) {
      case '\n':
      case '\r':
      case '|':
      case '"':
      case '\'':
      case '\u201C':
      case '\u201D':
      case '\u2018':
      case '\u2019':
      case '\u300C':
      case '\u300D':
        return 0;
      default:
        return isSpace(f) ? 0 : f;
    }
  }

  /** The labels form of a label or key, as a string. */
  public static String normalize(CharSequence text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = labelChar(text.charAt(i));
      if (c != 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether the labels form of {@code text[from, to)} is {@code key.substring(keyFrom)}, as
   * {@code normalize(text.subSequence(from, to)).equals(key.substring(keyFrom))} without making
   * either string.
   */
  public static boolean normalizesTo(CharSequence text, int from, int to, String key, int keyFrom) {
    int k = keyFrom;
    for (int i = from; i < to; i++) {
      char c = labelChar(text.charAt(i));
      if (c == 0) {
        continue;
      }
      if (k == key.length() || key.charAt(k) != c) {
        return false;
      }
      k++;
    }
    return k == key.length();
  }

  // ---------------------------------------------------------------- labels

  /** The labels form of {@code text.substring(from, to)}. */
  public static NormalForm labels(CharSequence text, int from, int to) {
    int span = Math.max(0, to - from);
    long[] kept = new long[(span >>> 6) + 1];
    int[] keptBefore = new int[kept.length];
    char[] chars = new char[span];
    // the source characters, copied in one go, are folded in place: the kept ones move down
    if (text instanceof String) {
      ((String) text).getChars(from, from + span, chars, 0);
    } else {
      for (int k = 0; k < span; k++) {
        chars[k] = text.charAt(from + k);
      }
    }
    // a word of the bit set at a time, its bits gathered in a local
    int n = 0;
    for (int word = 0; word < kept.length; word++) {
      keptBefore[word] = n;
      long bits = 0;
      for (int k = word << 6, end = Math.min(span, k + 64); k < end; k++) {
        char c = labelChar(chars[k]);
        if (c != 0) {
          bits |= 1L << k;
          chars[n++] = c;
        }
      }
      kept[word] = bits;
    }
    return new NormalForm(text, chars, n, from, kept, keptBefore, null);
  }

  // ---------------------------------------------------------------- prose

  /**
   * The most characters the prose form of {@code source[from, to)} can have, with at most {@code
   * lines} lines starting after {@code from} in it: besides its own characters, a line adds at most
   * a heading break before it and a break or space after it.
   */
  public static int capacity(int from, int to, int lines) {
    return (to - from) + 2 * (lines + 1);
  }

  /**
   * An empty prose form of {@code source} whose arrays can hold {@code capacity} characters (the
   * largest {@link #capacity} of the stretches to read): {@code reuse} when its arrays are large
   * enough.
   */
  public static NormalForm reserve(String source, int capacity, NormalForm reuse) {
    if (reuse != null && reuse.offsets != null && reuse.chars.length >= capacity) {
      return reuse;
    }
    return new NormalForm(source, new char[capacity], 0, 0, null, null, new int[capacity]);
  }

  /**
   * The prose form of {@code source[from, to)}, {@code lines} being at least the number of lines
   * that start after {@code from} in it (as {@code LineIndex.starts} counts them), in the arrays of
   * {@code reuse} (a prose form) when they are large enough: {@code reuse} is then no longer valid.
   */
  public static NormalForm prose(String source, int from, int to, int lines, NormalForm reuse) {
    NormalForm room = reserve(source, capacity(from, to, lines), reuse);
    char[] chars = room.chars;
    int[] offsets = room.offsets;
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
            chars[n] = fold(c);
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
      } else if (c == ',' && source.charAt(offsets[i]) == ',' && isThousands(chars, i, n, m > 0 ? chars[m - 1] : ' ')) {
        continue;
      }
      chars[m] = c;
      offsets[m++] = offsets[i];
    }
    return new NormalForm(source, chars, m, from, null, null, offsets);
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

  /** Whether the character is an ASCII digit (full-width digits are folded to these). */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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

  // ---------------------------------------------------------------- reading

  /** The number of normalised characters. */
  public int length() {
    return length;
  }

  /** The normalised character at {@code i}, {@code 0 <= i < length()}. */
  public char charAt(int i) {
    return chars[i];
  }

  /** The normalised character at {@code i}, or {@code \0} outside the text. */
  public char at(int i) {
    return i >= 0 && i < length ? chars[i] : '\0';
  }

  /** The normalised text between two indexes, clamped to the text. */
  public String substring(int start, int end) {
    int s = Math.max(0, start);
    int e = Math.min(length, end);
    return e > s ? new String(chars, s, e - s) : "";
  }

  /**
   * The characters {@code [start, end)} as written in the source (without what the layout
   * dropped); a break or space the prose layout put in stands for itself.
   */
  public String written(int start, int end) {
    int s = Math.max(0, start);
    int e = Math.min(length, end);
    if (e <= s) {
      return "";
    }
    char[] written = new char[e - s];
    for (int i = s; i < e; i++) {
      char c = chars[i];
      // no character of the source folds to a break or a space: these were put in
      written[i - s] = c == '\n' || c == ' ' ? c : source.charAt(sourceOf(i));
    }
    return new String(written);
  }

  /** The source offset of normalised character {@code i} ({@code i == length()} maps past the end). */
  public int sourceOf(int i) {
    if (offsets != null) {
      return i < length ? offsets[i] : length == 0 ? from : offsets[length - 1] + 1;
    }
    if (i >= length) {
      return length == 0 ? 0 : source(length - 1) + 1;
    }
    return source(i);
  }

  /** The source offset just after normalised character {@code i - 1}. */
  public int sourceEnd(int i) {
    return i == 0 ? (length == 0 ? 0 : sourceOf(0)) : sourceOf(i - 1) + 1;
  }

  /** The source offset of normalised character {@code i} of the labels layout, {@code 0 <= i < length}. */
  private int source(int i) {
    // the last word with fewer kept characters before it than i + 1 holds character i
    int lo = 0;
    int hi = kept.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (keptBefore[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    long bits = kept[lo];
    int skip = i - keptBefore[lo];
    int base = 0;
    // halve the word while the bit sought is in its upper part, then step over the last few bits
    for (int half = 32; half >= 8; half >>>= 1) {
      int low = Long.bitCount(bits & ((1L << half) - 1));
      if (skip >= low) {
        skip -= low;
        bits >>>= half;
        base += half;
      }
    }
    for (; skip > 0; skip--) {
      bits &= bits - 1;
    }
    return from + (lo << 6) + base + Long.numberOfTrailingZeros(bits);
  }

  /**
   * The normalised index of the first character at or after a source offset, in constant time
   * (labels layout only).
   */
  public int indexAtSource(int offset) {
    if (kept == null) {
      throw new IllegalStateException("a source offset is mapped in the labels layout only");
    }
    int k = offset - from;
    if (k <= 0) {
      return 0;
    }
    if (k >= (kept.length << 6)) {
      return length;
    }
    return keptBefore[k >>> 6] + Long.bitCount(kept[k >>> 6] & ((1L << k) - 1));
  }

  /**
   * Index of {@code key} (normalised) starting in {@code [from, limit)}, or -1 (the key may run on
   * past {@code limit}: only its start is bounded).
   */
  public int indexOf(String key, int from, int limit) {
    int n = key.length();
    if (n == 0) {
      return -1;
    }
    char first = key.charAt(0);
    int last = Math.min(length - n, limit - 1);
    outer:
    for (int i = Math.max(0, from); i <= last; i++) {
      if (chars[i] != first) {
        continue;
      }
      for (int j = 1; j < n; j++) {
        if (chars[i + j] != key.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Whether the normalised text at {@code at} starts with {@code key}. */
  public boolean startsWith(String key, int at) {
    if (at < 0 || at + key.length() > length) {
      return false;
    }
    for (int j = 0; j < key.length(); j++) {
      if (chars[at + j] != key.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the normalised text at {@code at} starts with {@code key.substring(from)} (as {@link
   * #startsWith(String, int)} of that substring, without making it).
   */
  public boolean regionMatches(String key, int from, int at) {
    int n = key.length() - from;
    if (at < 0 || at + n > length) {
      return false;
    }
    for (int j = 0; j < n; j++) {
      if (chars[at + j] != key.charAt(from + j)) {
        return false;
      }
    }
    return true;
  }
}
