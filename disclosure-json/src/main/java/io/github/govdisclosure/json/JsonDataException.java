package io.github.govdisclosure.json;

/**
 * The input is well-formed JSON but not the shape of the document: a member of the wrong type, an
 * unknown key, a missing required member, a cell outside the edition's layout, e.g.
 * {@code expected a string but was a number at $.agency (1:32)}.
 */
public final class JsonDataException extends JsonReadException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for unexpected content.
   *
   * @param detail what is wrong
   * @param path the JSON path of the offending value
   * @param line the line, from 1
   * @param column the column, from 1
   */
  public JsonDataException(String detail, String path, int line, int column) {
    super(detail, path, line, column);
  }
}
