package io.github.govdisclosure.html.internal;

import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.text.internal.shared.LineIndex;

/**
 * Positions in the HTML source: line and column (in code points) by the text module's
 * {@link LineIndex}, and excerpts. Not API.
 */
public final class SourceLines {
  private final String source;
  private final LineIndex index;

  /** Indexes the source once; lookups cost a binary search and at most one block of characters. */
  public SourceLines(String source) {
    this.source = source;
    this.index = new LineIndex(source);
  }

  /** The span of {@code [start, end)}, clamped to the source. */
  public SourceSpan span(int start, int end) {
    int at = Math.max(0, Math.min(start, source.length()));
    int to = Math.max(at, Math.min(end, source.length()));
    return index.span(at, to - at);
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
