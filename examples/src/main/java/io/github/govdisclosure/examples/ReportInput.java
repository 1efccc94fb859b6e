package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a report file for the programs, by its content only, through the library's one entry
 * point {@link DisclosureText#read(Path)}: text in any common charset, a saved web page, and PDF or
 * Word documents once their readers are on the path. A file that cannot be a report (missing, a
 * directory, unreadable, empty, or of a format no reader on the path reads) is an
 * {@link UnreadableException} with a one-line reason, never a stack trace.
 */
final class ReportInput {
  /** The canonical example bundled in the jar, next to this class. */
  static final String SAMPLE = "2021_weiyuan-county.txt";

  /** The codes with which {@link DisclosureText#read(Path)} says it read nothing of the content. */
  private static final Set<String> NOT_READ = Set.of("TEXT-BINARY-INPUT", "TEXT-LOOKS-LIKE-HTML", "PDF-UNREADABLE",
      "PDF-NO-TEXT", "PDF-ENCRYPTED", "WORD-UNSUPPORTED-FORMAT", "WORD-ENCRYPTED", "WORD-ZIP-LIMIT", "WORD-UNREADABLE",
      "WORD-NO-TEXT");

  private ReportInput() {}

  /**
   * A parsed report and where it came from.
   *
   * @param source the file as given on the command line (or the sample's name)
   * @param bundled whether it is the sample bundled in the jar
   * @param result what the reader made of it
   */
  record Parsed(String source, boolean bundled, ParseResult result) {}

  /**
   * Reads a file by its content.
   *
   * @throws UnreadableException if the file is not a readable, non-empty report of a supported format
   */
  static Parsed read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads a file by its content, naming it {@code name} in messages and as the source.
   *
   * @throws UnreadableException if the file is not a readable, non-empty report of a supported format
   */
  static Parsed read(Path file, String name) {
    if (Files.isDirectory(file)) {
      throw new UnreadableException(name, Words.IS_A_DIRECTORY);
    }
    ParseResult result;
    try {
      if (Files.size(file) == 0) {
        throw new NotAReportException(name, Words.IS_EMPTY);
      }
      result = DisclosureText.read(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableException(name, Words.NO_SUCH_FILE);
    } catch (AccessDeniedException e) {
      throw new UnreadableException(name, Words.PERMISSION_DENIED);
    } catch (IOException e) {
      throw new UnreadableException(name, Words.CANNOT_BE_READ, e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
    Optional<String> refused = refusal(result);
    if (refused.isPresent()) {
      throw new NotAReportException(name, Words.NOT_READ, refused.get());
    }
    return new Parsed(name, false, result);
  }

  /** Parses the bundled sample. */
  static Parsed sample() {
    try (InputStream in = ReportInput.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled sample " + SAMPLE + " is not on the class path");
      }
      return new Parsed(SAMPLE, true, DisclosureText.read(in.readAllBytes(), ParseOptions.defaults()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Why {@link DisclosureText#read(Path)} read nothing of a file, when it did not: its
   * {@code TEXT-BINARY-INPUT} (or {@code TEXT-LOOKS-LIKE-HTML}) diagnostic, cut to what the
   * content is, e.g. {@code the input is a PDF document, not text (TEXT-BINARY-INPUT)}.
   */
  static Optional<String> refusal(ParseResult result) {
    for (Diagnostic diagnostic : result.getDiagnostics()) {
      if (NOT_READ.contains(diagnostic.getCode())) {
        String message = diagnostic.getMessage();
        int cut = message.indexOf(';');
        return Optional.of((cut < 0 ? message : message.substring(0, cut)) + " (" + diagnostic.getCode() + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * A file that cannot be read as a report; the message is one line, {@code <file>: <reason>}, in
   * English, and {@link #reason(Locale)} says why in a language.
   */
  static class UnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final Words reason;
    private final String detail;

    UnreadableException(String file, Words reason, String... detail) {
      super(file + ": " + reason.format(Locale.ENGLISH, (Object[]) detail));
      this.file = file;
      this.reason = reason;
      this.detail = detail.length == 0 ? null : detail[0];
    }

    /** Why, without the file's name. */
    String reason(Locale locale) {
      return detail == null ? reason.in(locale) : reason.format(locale, detail);
    }

    /** {@code <file>: <reason>} in a language. */
    String message(Locale locale) {
      return file + Words.NAME_SEPARATOR.in(locale) + reason(locale);
    }
  }

  /** An empty file, or one whose format no reader on the path reads: an audit skips it without failing. */
  static final class NotAReportException extends UnreadableException {
    private static final long serialVersionUID = 1L;

    NotAReportException(String file, Words reason, String... detail) {
      super(file, reason, detail);
    }
  }
}
