package io.github.govdisclosure.examples;

import io.github.govdisclosure.html.DisclosureHtml;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a report file for the example programs: {@code .html}/{@code .htm} with
 * {@link DisclosureHtml}, anything else with {@link DisclosureText} (charset detected from the
 * bytes). A file that cannot be a report (missing, a directory, unreadable, empty, binary) is an
 * {@link UnreadableException} with a one-line reason, never a stack trace.
 */
final class ReportInput {
  /** The canonical example bundled in the jar, next to this class. */
  static final String SAMPLE = "2021_weiyuan-county.txt";

  /** How far into a file to look for binary content. */
  private static final int SNIFF = 64 * 1024;

  private ReportInput() {}

  /** A parsed report and where it came from. */
  record Parsed(String source, ParseResult result) {}

  /**
   * Reads and parses a file.
   *
   * @throws UnreadableException if the file is not a readable, non-empty text or HTML file
   */
  static Parsed read(Path file) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new UnreadableException(name + ": is a directory");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UnreadableException(name + ": permission denied");
    } catch (IOException e) {
      throw new UnreadableException(name + ": cannot be read (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
    return parse(name, bytes, isHtml(file));
  }

  /** Parses the bundled sample. */
  static Parsed sample() {
    try (InputStream in = ReportInput.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled sample " + SAMPLE + " is not on the class path");
      }
      return parse(SAMPLE + " (bundled sample)", in.readAllBytes(), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the file is read as a web page. */
  static boolean isHtml(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  private static Parsed parse(String source, byte[] bytes, boolean html) {
    if (bytes.length == 0) {
      throw new UnreadableException(source + ": is empty");
    }
    if (isBinary(bytes)) {
      throw new UnreadableException(source + ": is not a text file (binary content)");
    }
    return new Parsed(source, html ? DisclosureHtml.parse(bytes) : DisclosureText.parse(bytes));
  }

  /**
   * Whether the bytes look binary: a NUL byte, or more than one control byte in ten, in the first
   * 64 KiB. UTF-16 with a byte order mark (which the parsers read) is text even with NUL bytes.
   */
  static boolean isBinary(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return false;
    }
    int n = Math.min(bytes.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return control * 10 > n;
  }

  /** A file that cannot be read as a report; the message is one line naming the file. */
  static final class UnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableException(String reason) {
      super(reason);
    }
  }
}
