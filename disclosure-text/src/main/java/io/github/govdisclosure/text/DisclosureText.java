package io.github.govdisclosure.text;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.text.internal.Charsets;
import io.github.govdisclosure.text.internal.Codes;
import io.github.govdisclosure.text.internal.Readers;
import io.github.govdisclosure.text.internal.ReportParser;
import io.github.govdisclosure.text.internal.Sink;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import io.github.govdisclosure.text.internal.shared.Sniff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads annual report text into a {@link Report}, and prints reports' standard tables.
 *
 * <p>The parse methods are forgiving: they always return the best report they could build, with
 * diagnostics; they never throw on content. The strict variants throw a {@link ParseException}
 * carrying the diagnostics when there is an error.
 *
 * <p>Limits: an input longer than {@link ParseOptions#getMaxInputChars()} (32 MiB of characters by
 * default) is read up to the limit, with an ERROR {@code TEXT-INPUT-TOO-LARGE}; parsing takes time
 * linear in the input.
 *
 * <p>Thread safety: every method may be called from many threads at once. A parse keeps its state
 * in objects of its own; what the parser shares between parses (label tables, presets) is
 * immutable; reports, results and formats are immutable values.
 */
public final class DisclosureText {
  private DisclosureText() {}

  /**
   * Parses text (already decoded). Never throws on content: what could not be read is reported in
   * {@link ParseResult#getDiagnostics()}, each with its {@code line:column}.
   */
  public static ParseResult parse(String text) {
    return parse(text, ParseOptions.defaults());
  }

  /**
   * Parses text within limits: past {@link ParseOptions#getMaxInputChars()} only the first
   * characters are read, with an ERROR {@code TEXT-INPUT-TOO-LARGE}.
   */
  public static ParseResult parse(String text, ParseOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    Sink sink = new Sink(options.getMaxDiagnostics());
    if (Sniff.isHtml(text)) {
      return wrongDoor(Sniff.Kind.HTML, "UTF-8", sink);
    }
    String read = cut(text, options.getMaxInputChars());
    if (read.length() < text.length()) {
      sink.add(Codes.INPUT_TOO_LARGE, Severity.ERROR, read.length(), 0,
          "the input has " + text.length() + " characters, more than the limit of " + options.getMaxInputChars()
              + "; only the first " + read.length() + " are read, " + (text.length() - read.length()) + " are not");
    }
    return parse(read, "UTF-8", sink);
  }

  /**
   * Parses bytes, detecting the charset: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, else
   * GB18030 when the bytes are not valid UTF-8 (GBK is a subset). A charset other than UTF-8 is
   * reported in an INFO diagnostic {@code TEXT-CHARSET}.
   */
  public static ParseResult parse(byte[] bytes) {
    return parse(bytes, ParseOptions.defaults());
  }

  /**
   * Parses bytes within limits, detecting the charset as {@link #parse(byte[])} does. Bytes beyond
   * four a character of {@link ParseOptions#getMaxInputChars()} are not decoded.
   */
  public static ParseResult parse(byte[] bytes, ParseOptions options) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(options, "options");
    return parse(bytes, bytes.length, options);
  }

  /** Parses the first bytes of an input of {@code total} bytes. */
  private static ParseResult parse(byte[] bytes, long total, ParseOptions options) {
    int max = options.getMaxInputChars();
    Sink sink = new Sink(options.getMaxDiagnostics());
    Sniff.Kind kind = Sniff.of(bytes);
    if (kind != Sniff.Kind.TEXT) {
      return wrongDoor(kind, kind == Sniff.Kind.HTML ? Charsets.decode(Charsets.head(bytes, Sniff.HEAD)).charset()
          : "binary", sink);
    }
    byte[] head = Charsets.head(bytes, maxBytes(max));
    Charsets.Decoded decoded = Charsets.decode(head);
    if (!decoded.charset().equals("UTF-8")) {
      sink.add(Codes.CHARSET, Severity.INFO, 0, 0, "decoded as " + decoded.charset()
          + (decoded.charset().equals("GB18030") ? " (the bytes are not valid UTF-8)" : " (byte order mark)"));
    }
    String text = cut(decoded.text(), max);
    if (head.length < total || text.length() < decoded.text().length()) {
      long unread = total - Charsets.encodedLength(text, decoded.charset(), head);
      sink.add(Codes.INPUT_TOO_LARGE, Severity.ERROR, text.length(), 0,
          "the input has " + total + " bytes, more than the limit of " + max + " characters; only the first "
              + text.length() + " characters are read, " + unread + " bytes are not");
    }
    return parse(text, decoded.charset(), sink);
  }

  /**
   * The result for content the text parser must not read: markup or binary bytes. Nothing is read
   * out of it (style sheets and scripts hold numbers too); one ERROR diagnostic says what it is and
   * which door to use.
   */
  private static ParseResult wrongDoor(Sniff.Kind kind, String charset, Sink sink) {
    if (kind == Sniff.Kind.HTML) {
      sink.add(Codes.LOOKS_LIKE_HTML, Severity.ERROR, 0, 0, "the input is " + kind.description()
          + ", not report text; nothing is read out of markup: read the file with DisclosureText.read"
          + " (with disclosure-html on the class path) or DisclosureHtml.parse");
    } else {
      sink.add(Codes.BINARY_INPUT, Severity.ERROR, 0, 0, "the input is " + kind.description()
          + ", not text; nothing is read: read the file with DisclosureText.read, with the reader of its format ("
          + (kind == Sniff.Kind.PDF ? "disclosure-pdf" : kind == Sniff.Kind.BINARY ? "none is known" : "disclosure-word")
          + ") on the class path");
    }
    return nothingRead(charset, sink);
  }

  /**
   * A result with nothing read: the diagnostics of the sink (which say why) and an empty report of
   * the current edition, with no table, so that no rule can pass on it.
   */
  private static ParseResult nothingRead(String charset, Sink sink) {
    Report.Builder report = new Report.Builder().edition(Edition.V2021);
    for (Sink.Note note : sink.sorted()) {
      report.addDiagnostics(new Diagnostic.Builder()
          .code(note.code())
          .severity(note.severity())
          .span(new SourceSpan(0, 0, 1, 1))
          .message(note.message())
          .excerpt("")
          .build());
    }
    return new ParseResult.Builder().report(report.build()).charset(charset).build();
  }

  /**
   * Reads a report file of any supported format, chosen by its content, never by its name: text
   * (in UTF-8, UTF-16 or GB18030) by {@link #parse(Path)}, and a saved web page, a PDF or a Word
   * document by the {@link ReportReader} of its format found on the class or module path
   * ({@code disclosure-html}, {@code disclosure-pdf}, {@code disclosure-word}). A {@code .txt} file
   * that holds a web page is read as the page.
   *
   * <p>Never throws on content: a format no reader on the path reads is one ERROR diagnostic
   * ({@code TEXT-BINARY-INPUT} or {@code TEXT-LOOKS-LIKE-HTML}) and a report with nothing in it.
   * {@link ParseResult#getFormat()} names the format read.
   *
   * @throws IOException if the file cannot be read
   */
  public static ParseResult read(Path file) throws IOException {
    return read(file, ParseOptions.defaults());
  }

  /**
   * Reads a report file of any supported format within limits, as {@link #read(Path)} does. A page
   * or document larger than {@link ParseOptions#getMaxFileBytes()} is not read (an ERROR
   * {@code TEXT-INPUT-TOO-LARGE}); text is cut at {@link ParseOptions#getMaxInputChars()}.
   *
   * @throws IOException if the file cannot be read
   */
  public static ParseResult read(Path file, ParseOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(Sniff.HEAD);
    }
    ReportReader reader = Readers.forContent(head);
    if (reader == null) {
      return parse(file, options);
    }
    long size = Files.size(file);
    if (size > options.getMaxFileBytes()) {
      Sink sink = new Sink(options.getMaxDiagnostics());
      sink.add(Codes.INPUT_TOO_LARGE, Severity.ERROR, 0, 0, "the " + reader.format() + " file has " + size
          + " bytes, more than the limit of " + options.getMaxFileBytes() + "; it is not read");
      return new ParseResult.Builder().from(nothingRead("binary", sink)).format(reader.format()).build();
    }
    return reader.read(Files.readAllBytes(file), options);
  }

  /**
   * Reads a report file's content of any supported format, chosen by the content as
   * {@link #read(Path)} does.
   */
  public static ParseResult read(byte[] content, ParseOptions options) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(options, "options");
    ReportReader reader = Readers.forContent(Charsets.head(content, Sniff.HEAD));
    if (reader == null) {
      return parse(content, options);
    }
    if (content.length > options.getMaxFileBytes()) {
      Sink sink = new Sink(options.getMaxDiagnostics());
      sink.add(Codes.INPUT_TOO_LARGE, Severity.ERROR, 0, 0, "the " + reader.format() + " content has "
          + content.length + " bytes, more than the limit of " + options.getMaxFileBytes() + "; it is not read");
      return new ParseResult.Builder().from(nothingRead("binary", sink)).format(reader.format()).build();
    }
    return reader.read(content, options);
  }

  /**
   * The formats {@link #read(Path)} reads with the modules on the path: {@code text}, then each
   * {@link ReportReader#format()} found ({@code html}, {@code pdf}, {@code docx}).
   */
  public static List<String> readableFormats() {
    List<String> formats = new ArrayList<>();
    formats.add("text");
    for (ReportReader reader : Readers.all()) {
      formats.add(reader.format());
    }
    return List.copyOf(formats);
  }

  /** The most bytes {@code chars} characters take in any supported charset, with a byte order mark. */
  private static int maxBytes(int chars) {
    return (int) Math.min(Integer.MAX_VALUE - 64, 4L * chars + 3);
  }

  /** The first {@code max} characters, not splitting a surrogate pair. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  private static ParseResult parse(String text, String charset, Sink sink) {
    LineIndex spans = new LineIndex(text);
    Report report = ReportParser.parse(text, spans, sink);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Sink.Note note : sink.sorted()) {
      diagnostics.add(new Diagnostic.Builder()
          .code(note.code())
          .severity(note.severity())
          .span(spans.span(note.offset(), note.length()))
          .message(note.message())
          .excerpt(excerpt(text, note.offset(), note.length()))
          .build());
    }
    return new ParseResult.Builder()
        .report(new Report.Builder().from(report).diagnostics(diagnostics).build())
        .charset(charset)
        .build();
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
    // a space before the 40th code point can make 41: cut then too
    if (i < to || points > 40) {
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
    return parse(file, ParseOptions.defaults());
  }

  /**
   * Parses a file within limits, detecting the charset; of a file too large only the bytes that
   * can hold {@link ParseOptions#getMaxInputChars()} characters are read.
   */
  public static ParseResult parse(Path file, ParseOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    long size = Files.size(file);
    try (InputStream in = Files.newInputStream(file)) {
      // a few bytes more than the limit, so that the cut can step back to a character boundary
      byte[] head = in.readNBytes(maxBytes(options.getMaxInputChars()) + 4);
      return parse(head, Math.max(size, head.length), options);
    }
  }

  /**
   * Parses text; throws if any diagnostic is an error.
   *
   * @throws ParseException carrying all diagnostics (and the forgiving result) when any is an ERROR
   */
  public static Report parseStrict(String text) {
    return parse(text).strictReport();
  }

  /** Prints the report's standard tables in a format. */
  public static String format(Report report, TextFormat format) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(format, "format");
    return io.github.govdisclosure.text.internal.format.TablePrinter.format(report, format);
  }
}
