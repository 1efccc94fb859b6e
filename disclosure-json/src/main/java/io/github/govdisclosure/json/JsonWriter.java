package io.github.govdisclosure.json;

import io.github.govdisclosure.diff.ReportDiff;
import io.github.govdisclosure.json.internal.DocumentWriter;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.Baseline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes documents in the stable JSON form; immutable, each option returns a new writer.
 *
 * <pre>{@code
 * String json = DisclosureJson.writer().pretty().write(document);
 * }</pre>
 *
 * <p>The output is deterministic: members in the documented order, cells in the order of the
 * edition's layout, whatever the order of the maps in the report. Chinese text is written as is,
 * never escaped; bytes are UTF-8.
 */
public final class JsonWriter {
  private final boolean pretty;
  private final boolean spans;

  private JsonWriter(boolean pretty, boolean spans) {
    this.pretty = pretty;
    this.spans = spans;
  }

  static JsonWriter compact() {
    return new JsonWriter(false, true);
  }

  /** A writer that indents by two spaces, one member per line, and ends the output with a newline. */
  public JsonWriter pretty() {
    return new JsonWriter(true, spans);
  }

  /**
   * A writer that leaves out every source span (of cells, rows, facts; not of diagnostics). Spans
   * are not part of equality, so the document read back is still equal; plain cells then always
   * take the number form.
   */
  public JsonWriter withoutSpans() {
    return new JsonWriter(pretty, false);
  }

  /** Whether this writer pretty-prints. */
  public boolean isPretty() {
    return pretty;
  }

  /** Whether this writer writes source spans. */
  public boolean writesSpans() {
    return spans;
  }

  /** The JSON of a document. */
  public String write(JsonDocument document) {
    Objects.requireNonNull(document, "document");
    StringWriter out = new StringWriter();
    try {
      write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** The JSON of a document holding only the report. */
  public String write(Report report) {
    return write(JsonDocument.of(report));
  }

  /** Writes a document to a character stream; the stream is flushed, not closed. */
  public void write(JsonDocument document, Writer out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    DocumentWriter.write(document, out, pretty, spans);
  }

  /** Writes a document to a byte stream in UTF-8; the stream is flushed, not closed. */
  public void write(JsonDocument document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(document, writer);
    writer.flush();
  }

  /**
   * The JSON of a comparison of two reports (docs/json.md, "Comparisons"); the cross-year
   * findings' messages in a locale (Chinese for {@code zh}, English otherwise). Spans are never
   * written in a comparison.
   *
   * @param diff the comparison
   * @param locale the language of the findings' messages
   * @return the JSON
   */
  public String write(ReportDiff diff, Locale locale) {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(locale, "locale");
    StringWriter out = new StringWriter();
    try {
      DocumentWriter.write(diff, locale, out, pretty);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * The JSON of a baseline of review decisions (docs/json.md, "Baselines"): {@code {"accepted": [...]}}.
   *
   * @param baseline the decisions
   * @return the JSON
   */
  public String write(Baseline baseline) {
    Objects.requireNonNull(baseline, "baseline");
    StringWriter out = new StringWriter();
    try {
      DocumentWriter.write(baseline, out, pretty);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "JsonWriter{pretty=" + pretty + ", spans=" + spans + "}";
  }
}
