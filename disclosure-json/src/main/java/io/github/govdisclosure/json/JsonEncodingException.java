package io.github.govdisclosure.json;

/**
 * The input is not well-formed JSON (or not UTF-8): a syntax error, a truncated document, or
 * content after the document, e.g. {@code malformed JSON: unexpected end of input at $.tables (3:1)}.
 */
public final class JsonEncodingException extends JsonReadException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for malformed input.
   *
   * @param detail what is wrong
   * @param path the JSON path reached, {@code $} for the document
   * @param line the line, from 1
   * @param column the column, from 1
   */
  public JsonEncodingException(String detail, String path, int line, int column) {
    super(detail, path, line, column);
  }
}
