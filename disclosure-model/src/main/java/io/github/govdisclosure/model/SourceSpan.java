package io.github.govdisclosure.model;

/**
 * Where something was read in the source text.
 *
 * @param offset the offset of the first character, in UTF-16 units from the start of the text
 * @param length the length in UTF-16 units
 * @param line the line, counted from 1
 * @param column the column, counted from 1 in code points
 */
public record SourceSpan(int offset, int length, int line, int column) {

  /** Checks the span's bounds. */
  public SourceSpan {
    if (offset < 0 || length < 0 || line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "bad span: offset=" + offset + " length=" + length + " line=" + line + " column=" + column);
    }
  }

  /** The offset just past the last character. */
  public int end() {
    return offset + length;
  }

  /** {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
