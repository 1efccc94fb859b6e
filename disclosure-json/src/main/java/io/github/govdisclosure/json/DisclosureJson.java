package io.github.govdisclosure.json;

import io.github.govdisclosure.diff.ReportDiff;
import io.github.govdisclosure.json.internal.DocumentReader;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.Baseline;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes reports, diagnostics, findings, comparisons of two reports and baselines of review decisions
 * in a stable JSON form, and reads reports and baselines back.
 *
 * <pre>{@code
 * String json = DisclosureJson.write(report);
 * Report same = DisclosureJson.readReport(json);        // same.equals(report)
 * String pretty = DisclosureJson.writer().pretty().write(JsonDocument.of(parseResult));
 * }</pre>
 *
 * <p>The shape is documented in {@code docs/json.md}: keys are the format's canonical enum names,
 * a plain cell is a JSON number, a blank cell {@code null}, anything more an object with the raw
 * token. Reading what was written gives back an equal document, source spans included. Reading
 * throws {@link JsonEncodingException} for input that is not JSON and {@link JsonDataException}
 * for JSON of another shape, both with the path and {@code line:column}; it never lets a Jackson
 * exception through.
 */
public final class DisclosureJson {
  private DisclosureJson() {}

  /** A compact writer that writes spans; see {@link JsonWriter#pretty()} and {@link JsonWriter#withoutSpans()}. */
  public static JsonWriter writer() {
    return JsonWriter.compact();
  }

  /** The compact JSON of a report (one line, no trailing newline). */
  public static String write(Report report) {
    Objects.requireNonNull(report, "report");
    return writer().write(report);
  }

  /** The compact JSON of a document (one line, no trailing newline). */
  public static String write(JsonDocument document) {
    Objects.requireNonNull(document, "document");
    return writer().write(document);
  }

  /** The compact JSON of a comparison of two reports, messages in English (one line, no trailing newline). */
  public static String write(ReportDiff diff) {
    Objects.requireNonNull(diff, "diff");
    return writer().write(diff, Locale.ENGLISH);
  }

  /**
   * Reads a document.
   *
   * @throws JsonEncodingException if the text is not well-formed JSON
   * @throws JsonDataException if the JSON is not a document of the documented shape
   */
  public static JsonDocument read(String json) {
    Objects.requireNonNull(json, "json");
    return DocumentReader.read(json);
  }

  /**
   * Reads a document from UTF-8 bytes (a byte order mark is skipped); the stream is read to its
   * end and not closed.
   *
   * @throws JsonEncodingException if the bytes are not UTF-8 or not well-formed JSON
   * @throws JsonDataException if the JSON is not a document of the documented shape
   * @throws IOException if the stream fails
   */
  public static JsonDocument read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return DocumentReader.read(DocumentReader.decode(in.readAllBytes()));
  }

  /**
   * Reads a document from a character stream, to its end; the stream is not closed.
   *
   * @throws JsonEncodingException if the text is not well-formed JSON
   * @throws JsonDataException if the JSON is not a document of the documented shape
   * @throws IOException if the stream fails
   */
  public static JsonDocument read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return DocumentReader.read(text.toString());
  }

  /**
   * Reads a baseline of review decisions ({@code docs/json.md}, "Baselines"), as written by
   * {@link JsonWriter#write(Baseline)}.
   *
   * @throws JsonEncodingException if the text is not well-formed JSON
   * @throws JsonDataException if the JSON is not a baseline of the documented shape
   */
  public static Baseline readBaseline(String json) {
    Objects.requireNonNull(json, "json");
    return DocumentReader.readBaseline(json);
  }

  /**
   * Reads a baseline from UTF-8 bytes (a byte order mark is skipped); the stream is read to its
   * end and not closed.
   *
   * @throws JsonEncodingException if the bytes are not UTF-8 or not well-formed JSON
   * @throws JsonDataException if the JSON is not a baseline of the documented shape
   * @throws IOException if the stream fails
   */
  public static Baseline readBaseline(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return DocumentReader.readBaseline(DocumentReader.decode(in.readAllBytes()));
  }

  /**
   * Reads the report of a document, ignoring nothing: diagnostics and findings must be well-formed too.
   *
   * @throws JsonEncodingException if the text is not well-formed JSON
   * @throws JsonDataException if the JSON is not a document of the documented shape
   */
  public static Report readReport(String json) {
    return read(json).getReport();
  }
}
