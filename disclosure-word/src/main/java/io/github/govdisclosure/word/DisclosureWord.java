package io.github.govdisclosure.word;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseException;
import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.word.internal.WordReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads annual reports published as Word documents ({@code .docx}) into a {@link Report}.
 *
 * <p>The document's body is read in order (Apache POI): a paragraph is a line of running text; a
 * table row is a line of the cells that start in it, separated by a tab, straight from the table
 * grid: a cell merged across columns ({@code gridSpan}) is one field, a cell merged down rows
 * ({@code vMerge}) is written in its first row only, a label wrapped over several paragraphs of a
 * cell is one label. That text (see {@link #layoutText(byte[])}) is read by
 * {@link DisclosureText#parse(String, ParseOptions)}, with the same diagnostics and cells.
 *
 * <p>Positions: every span in the result is a line and column of the laid-out text; each
 * diagnostic of the text parser names where its line comes from at the end of its message
 * ({@code (table 2, row 5)}, {@code (paragraph 12)}).
 *
 * <p>Supported: {@code .docx} (and {@code .docm}, {@code .dotx}). Word 97-2003 {@code .doc}, WPS
 * {@code .wps} and other zip or OLE2 files are one ERROR {@code WORD-UNSUPPORTED-FORMAT}, with
 * nothing read; an encrypted document is {@code WORD-ENCRYPTED}, a damaged one
 * {@code WORD-UNREADABLE}, one without text {@code WORD-NO-TEXT}. Before POI opens a container it is
 * checked ({@code WORD-ZIP-LIMIT}): at most 1,000 entries, 64 MiB unpacked per entry and 256 MiB in
 * all, and no entry over 1 MiB that expands more than 100 times. XML external entities are never
 * resolved (POI's parsers refuse document type declarations).
 *
 * <p>Never throws on content; thread-safe.
 */
public final class DisclosureWord {
  private DisclosureWord() {}

  /** Reads a Word document's bytes with the default limits. */
  public static ParseResult parse(byte[] docx) {
    return parse(docx, ParseOptions.defaults());
  }

  /** Reads a Word document's bytes within the text parser's limits. */
  public static ParseResult parse(byte[] docx, ParseOptions options) {
    Objects.requireNonNull(docx, "docx");
    Objects.requireNonNull(options, "options");
    return WordReader.read(docx, options);
  }

  /**
   * Reads a Word file; a file larger than {@link ParseOptions#getMaxFileBytes()} is not read, as by
   * {@link DisclosureText#read(Path)}.
   *
   * @throws IOException if the file cannot be read
   */
  public static ParseResult parse(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return DisclosureText.read(file);
  }

  /**
   * Reads a Word document's bytes.
   *
   * @throws ParseException if any diagnostic is an error
   */
  public static Report parseStrict(byte[] docx) {
    return parse(docx).strictReport();
  }

  /** The text the reader lays a document out as: the lines the positions of {@link #parse(byte[])} count. */
  public static String layoutText(byte[] docx) {
    Objects.requireNonNull(docx, "docx");
    return WordReader.layout(docx).text();
  }
}
