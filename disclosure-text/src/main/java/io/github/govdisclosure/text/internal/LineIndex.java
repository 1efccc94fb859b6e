package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.model.SourceSpan;
import java.util.Arrays;

/**
 * Line starts of a text, to turn an offset into line and column (columns in code points; a line
 * ends at {@code \n}, {@code \r\n} or a lone {@code \r}). Not API.
 */
public final class LineIndex implements Spans {
  private final CharSequence text;
  private final int[] starts;
  private final int lines;

  /** Indexes the text once; lookups are logarithmic. */
  public LineIndex(CharSequence text) {
    this.text = text;
    int[] found = new int[16];
    int count = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
    }
    this.starts = found;
    this.lines = count;
  }

  @Override
  public SourceSpan span(int offset, int length) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int line = Arrays.binarySearch(starts, 0, lines, at);
    if (line < 0) {
      line = -line - 2;
    }
    int column = Character.codePointCount(text, starts[line], at) + 1;
    return new SourceSpan(at, Math.max(0, Math.min(length, text.length() - at)), line + 1, column);
  }
}
