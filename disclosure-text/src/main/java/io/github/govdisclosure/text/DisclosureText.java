package io.github.govdisclosure.text;

import io.github.govdisclosure.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads annual report text into a {@link Report}, and prints reports' standard tables.
 *
 * <p>The parse methods are forgiving: they always return the best report they could build, with
 * diagnostics; they never throw on content. The strict variants throw a {@link ParseException}
 * carrying the diagnostics when there is an error.
 */
public final class DisclosureText {
  private DisclosureText() {}

  /** Parses text (already decoded). */
  public static ParseResult parse(String text) {
    Objects.requireNonNull(text, "text");
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Parses bytes, detecting the charset (UTF-8 with or without BOM, UTF-16 with BOM, GB18030). */
  public static ParseResult parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Parses a stream to its end, detecting the charset; the stream is not closed. */
  public static ParseResult parse(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return parse(in.readAllBytes());
  }

  /** Parses a file, detecting the charset. */
  public static ParseResult parse(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return parse(Files.readAllBytes(file));
  }

  /** Parses text; throws if any diagnostic is an error. */
  public static Report parseStrict(String text) {
    ParseResult result = parse(text);
    if (result.hasErrors()) {
      throw new ParseException(result);
    }
    return result.getReport();
  }

  /** Prints the report's standard tables in a format. */
  public static String format(Report report, TextFormat format) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(format, "format");
    return io.github.govdisclosure.text.internal.format.Formatter.format(report, format);
  }
}
