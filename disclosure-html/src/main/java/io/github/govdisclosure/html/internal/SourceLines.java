package io.github.govdisclosure.html.internal;

import io.github.govdisclosure.model.SourceSpan;
import java.util.Arrays;

/**
 * Line starts of the HTML source, to turn offsets into line and column (columns in code points; a
 * line ends at {@code \n}, {@code \r\n} or a lone {@code \r}). Not API.
 */
public final class SourceLines {
  private final String source;
  private final int[] starts;
  private final int lines;

  /** Indexes the source once; lookups are logarithmic. */
  public SourceLines(String source) {
    this.source = source;
    int[] found = new int[16];
    int count = 1;
    int n = source.length();
    for (int i = 0; i < n; i++) {
      char c = source.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == n || source.charAt(i + 1) != '\n'))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
    }
    this.starts = found;
    this.lines = count;
  }

  /** The span of {@code [start, end)}, clamped to the source. */
  public SourceSpan span(int start, int end) {
    int at = Math.max(0, Math.min(start, source.length()));
    int to = Math.max(at, Math.min(end, source.length()));
    int line = Arrays.binarySearch(starts, 0, lines, at);
    if (line < 0) {
      line = -line - 2;
    }
    int column = Character.codePointCount(source, starts[line], at) + 1;
    return new SourceSpan(at, to - at, line + 1, column);
  }

  /** The source text of {@code [start, end)} on one line, shortened to 40 code points. */
  public String excerpt(int start, int end) {
    int at = Math.max(0, Math.min(start, source.length()));
    int to = Math.max(at, Math.min(end, source.length()));
    String text = source.substring(at, to).replaceAll("\\s+", " ").strip();
    if (text.codePointCount(0, text.length()) > 40) {
      text = text.substring(0, text.offsetByCodePoints(0, 39)) + "…";
    }
    return text;
  }
}
