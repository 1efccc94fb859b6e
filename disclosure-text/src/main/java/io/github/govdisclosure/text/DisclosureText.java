package io.github.govdisclosure.text;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.internal.Charsets;
import io.github.govdisclosure.text.internal.Codes;
import io.github.govdisclosure.text.internal.ReportParser;
import io.github.govdisclosure.text.internal.Sink;
import io.github.govdisclosure.text.internal.Spans;
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

  /**
   * Parses text (already decoded). Never throws on content: what could not be read is reported in
   * {@link ParseResult#getDiagnostics()}, each with its {@code line:column}.
   */
  public static ParseResult parse(String text) {
    Objects.requireNonNull(text, "text");
    return parse(text, "UTF-8", new Sink());
  }

  /**
   * Parses bytes, detecting the charset: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, else
   * GB18030 when the bytes are not valid UTF-8 (GBK is a subset). A charset other than UTF-8 is
   * reported in an INFO diagnostic {@code TEXT-CHARSET}.
   */
  public static ParseResult parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    Charsets.Decoded decoded = Charsets.decode(bytes);
    Sink sink = new Sink();
    if (!decoded.charset().equals("UTF-8")) {
      sink.add(Codes.CHARSET, Severity.INFO, 0, 0, "decoded as " + decoded.charset()
          + (decoded.charset().equals("GB18030") ? " (the bytes are not valid UTF-8)" : " (byte order mark)"));
    }
    return parse(decoded.text(), decoded.charset(), sink);
  }

  private static ParseResult parse(String text, String charset, Sink sink) {
    Report report = ReportParser.parse(text, sink);
    Spans spans = ReportParser.spans(text);
    ParseResult.Builder result = new ParseResult.Builder().report(report).charset(charset);
    for (Sink.Note note : sink.sorted()) {
      result.addDiagnostics(new Diagnostic.Builder()
          .code(note.code())
          .severity(note.severity())
          .span(spans.span(note.offset(), note.length()))
          .message(note.message())
          .excerpt(excerpt(text, note.offset(), note.length()))
          .build());
    }
    return result.build();
  }

  /** The source text of a span, on one line, at most 40 code points (the last an ellipsis if cut). */
  private static String excerpt(String text, int offset, int length) {
    int from = Math.max(0, Math.min(offset, text.length()));
    int to = Math.min(text.length(), from + Math.max(length, 0));
    StringBuilder b = new StringBuilder();
    boolean space = false;
    int points = 0;
    int i = from;
    while (i < to && points < 40) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        points++;
        space = false;
      }
      b.appendCodePoint(cp);
      points++;
    }
    if (i < to || points > 40) { // a space kept before the 40th code point can make 41
      int cut = b.offsetByCodePoints(0, Math.min(39, b.codePointCount(0, b.length())));
      return b.substring(0, cut) + "…";
    }
    return b.toString();
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

  /**
   * Parses text; throws if any diagnostic is an error.
   *
   * @throws ParseException carrying all diagnostics (and the forgiving result) when any is an ERROR
   */
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
