package io.github.govdisclosure.text.internal;

/**
 * A normalised projection of a stretch of source text, for matching labels: full-width forms become
 * half-width ({@code （一）} → {@code (一)}, {@code ３５} → {@code 35}), quotes are dropped, and
 * whitespace and {@code |} are removed (so {@code 商业 企业} matches {@code 商业企业}). Every
 * character keeps the source offset it came from. Built once per document. Not API.
 *
 * <p>The map back to the source takes about a bit per source character, not an int per
 * character: a bit set of the source characters kept, with the count of kept characters before
 * each 64-bit word. A normalised index becomes a source offset by a binary search over the words
 * and a scan of one word; a source offset becomes a normalised index in constant time.
 */
public final class Norm {
  private final char[] chars;
  private final int length;
  /** The source offset of bit 0. */
  private final int from;
  /** Bit {@code k} is set when source character {@code from + k} is kept. */
  private final long[] kept;
  /** The number of kept characters before each word of {@link #kept}. */
  private final int[] keptBefore;

  private Norm(char[] chars, int length, int from, long[] kept, int[] keptBefore) {
    this.chars = chars;
    this.length = length;
    this.from = from;
    this.kept = kept;
    this.keptBefore = keptBefore;
  }

  /** Projects {@code text.substring(from, to)}. */
  public static Norm of(CharSequence text, int from, int to) {
    int span = Math.max(0, to - from);
    long[] kept = new long[(span >>> 6) + 1];
    int[] keptBefore = new int[kept.length];
    char[] chars = new char[span];
    int n = 0;
    for (int k = 0; k < span; k++) {
      if ((k & 63) == 0) {
        keptBefore[k >>> 6] = n;
      }
      char c = fold(text.charAt(from + k));
      if (c != 0) {
        kept[k >>> 6] |= 1L << k;
        chars[n++] = c;
      }
    }
    if ((span & 63) == 0) {
      keptBefore[span >>> 6] = n;
    }
    return new Norm(chars, n, from, kept, keptBefore);
  }

  /** The normal form of a label or key, as a string. */
  public static String normalize(CharSequence text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (c != 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The folded character, or 0 for characters that are dropped. */
  public static char fold(char c) {
    if (c >= '\u3400' && c < '\uFEFF') {
      return c; // ideographs and the rest of the range: none is folded or dropped
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0);
    }
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
      case '\u3000':
      case '\u00A0':
      case '\uFEFF':
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
      case '\u3001':
        return '\u3001';
      case '\uFF61':
      case '\u3002':
        return '\u3002';
      default:
        return c;
    }
  }

  /** The number of normalised characters. */
  public int length() {
    return length;
  }

  /** The normalised character at {@code i}. */
  public char charAt(int i) {
    return chars[i];
  }

  /** The source offset of normalised character {@code i} ({@code i == length()} maps past the end). */
  public int sourceOf(int i) {
    if (i >= length) {
      return length == 0 ? 0 : source(length - 1) + 1;
    }
    return source(i);
  }

  /** The source offset just after normalised character {@code i - 1}. */
  public int sourceEnd(int i) {
    return i == 0 ? (length == 0 ? 0 : source(0)) : source(i - 1) + 1;
  }

  /** The source offset of normalised character {@code i}, {@code 0 <= i < length}. */
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

  /** Index of {@code key} (normalised) at or after {@code from}, or -1. */
  public int indexOf(String key, int from) {
    return indexOf(key, from, length);
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

  /** The normalised text between two indexes. */
  public String substring(int from, int to) {
    return new String(chars, from, Math.max(0, to - from));
  }

  /** The normalised index of the first character at or after a source offset. */
  public int indexAtSource(int offset) {
    int k = offset - from;
    if (k <= 0) {
      return 0;
    }
    if (k >= (kept.length << 6)) {
      return length;
    }
    return keptBefore[k >>> 6] + Long.bitCount(kept[k >>> 6] & ((1L << k) - 1));
  }
}
