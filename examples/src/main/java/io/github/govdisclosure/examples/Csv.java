package io.github.govdisclosure.examples;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted when it must be. */
final class Csv {
  private Csv() {}

  /** Writes one record. */
  static void record(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** One field: quoted when it holds a comma, a quote or a line break, its quotes doubled. */
  static String field(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
