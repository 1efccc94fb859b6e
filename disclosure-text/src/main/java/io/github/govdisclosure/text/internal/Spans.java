package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.model.SourceSpan;

/** Turns offsets of the source text into spans with line and column. Not API. */
public interface Spans {
  /** The span of {@code length} UTF-16 units starting at {@code offset}. */
  SourceSpan span(int offset, int length);
}
