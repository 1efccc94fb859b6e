package io.github.govdisclosure.json;

/**
 * Thrown when JSON cannot be read back: either it is not JSON at all ({@link JsonEncodingException})
 * or it is JSON of the wrong shape ({@link JsonDataException}). The message ends with the JSON
 * path and the {@code line:column} of the offending token, e.g.
 * {@code unknown applicant "TOTALS" at $.tables.APPLICATIONS.NEW_RECEIVED.TOTALS (1:87)}.
 */
public abstract sealed class JsonReadException extends RuntimeException
    permits JsonEncodingException, JsonDataException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;

  JsonReadException(String detail, String path, int line, int column) {
    super(detail + " at " + path + " (" + line + ":" + column + ")");
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** The JSON path of the offending value, e.g. {@code $.statedFigures[2].percent}; {@code $} is the document. */
  public String getPath() {
    return path;
  }

  /** The line of the offending token, counted from 1. */
  public int getLine() {
    return line;
  }

  /** The column of the offending token, counted from 1 in characters. */
  public int getColumn() {
    return column;
  }
}
