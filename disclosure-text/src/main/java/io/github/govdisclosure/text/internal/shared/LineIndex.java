package io.github.govdisclosure.text.internal.shared;

import io.github.govdisclosure.model.SourceSpan;
import java.util.Arrays;

/**
 * Line starts of a text, to turn an offset into line and column (columns in code points; a line
 * ends at {@code \n}, {@code \r\n} or a lone {@code \r}). Not API.
 *
 * <p>A lookup costs a binary search plus at most one block of {@value #BLOCK} characters, however
 * long the line: surrogate pairs are counted per block once, so columns on a 10 MB line stay cheap.
 */
public final class LineIndex {
  private static final int BLOCK = 256;

  private final CharSequence text;
  private final int[] starts;
  private final int lines;
  /** Surrogate pairs before each block boundary, or null when the text has none. */
  private final int[] pairsBefore;

  /** Indexes the text once. */
  public LineIndex(CharSequence text) {
    this.text = text;
    int n = text.length();
    int breaks = 0;
    boolean surrogates = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))) {
        breaks++;
      } else if (Character.isSurrogate(c)) {
        surrogates = true;
      }
    }
    // counted first, so that the line starts take one array of the exact size
    int[] found = new int[breaks + 1];
    int count = 1;
    for (int i = 0; i < n && count <= breaks; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))) {
        found[count++] = i + 1;
      }
    }
    this.starts = found;
    this.lines = count;
    this.pairsBefore = surrogates ? countPairs(text) : null;
  }

  /** The span of {@code length} UTF-16 units starting at {@code offset}, with its line and column. */
  public SourceSpan span(int offset, int length) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int line = lineOf(at);
    int column = at - starts[line] - (pairs(at) - pairs(starts[line])) + 1;
    return new SourceSpan(at, Math.max(0, Math.min(length, text.length() - at)), line + 1, column);
  }

  /**
   * The number of lines that start in {@code (from, to]}, {@code 0 <= from <= to}: the line breaks
   * that end there. A binary search each, so that a stretch is measured without a scan.
   */
  public int starts(int from, int to) {
    return lineOf(to) - lineOf(from);
  }

  /** The index of the line holding {@code offset}. */
  private int lineOf(int offset) {
    int line = Arrays.binarySearch(starts, 0, lines, offset);
    return line < 0 ? -line - 2 : line;
  }

  /** The number of surrogate pairs that end before {@code offset} (their low half is before it). */
  private int pairs(int offset) {
    if (pairsBefore == null) {
      return 0;
    }
    int block = offset / BLOCK;
    int pairs = pairsBefore[block];
    for (int i = Math.max(1, block * BLOCK); i < offset; i++) {
      if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
        pairs++;
      }
    }
    return pairs;
  }

  private static int[] countPairs(CharSequence text) {
    int n = text.length();
    int[] before = new int[n / BLOCK + 1];
    int pairs = 0;
    for (int i = 1; i < n; i++) {
      if (i % BLOCK == 0) {
        before[i / BLOCK] = pairs;
      }
      if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
        pairs++;
      }
    }
    if (n > 0 && n % BLOCK == 0) {
      before[n / BLOCK] = pairs;
    }
    return before;
  }
}
