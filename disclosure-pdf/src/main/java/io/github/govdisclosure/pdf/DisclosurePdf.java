package io.github.govdisclosure.pdf;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.pdf.internal.PdfReader;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseException;
import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads annual reports published as PDF into a {@link Report}.
 *
 * <p>The text layer is read with the position of every glyph (Apache PDFBox), and each page is laid
 * out again from that geometry, not in the order the PDF stores its text (which in real reports
 * gives a table's numbers column by column, the row labels after them): a table whose ruling lines
 * the page draws becomes one line per row, its cells (merged cells included) separated by a tab;
 * other text becomes one line per baseline band, a wide gap a tab; a label wrapped over several
 * lines inside a cell is one label; page numbers at the top and foot of a page are left out; the
 * lines of a paragraph are joined. That text (see {@link #layoutText(byte[])}) is read by
 * {@link DisclosureText#parse(String, ParseOptions)}, with the same diagnostics and cells.
 *
 * <p>Positions: every span in the result (diagnostics, cells, stated figures) is a line and column
 * of the laid-out text, whose lines are counted on across pages; each diagnostic of the text parser
 * names the page of its line at the end of its message ({@code (page 3)}).
 *
 * <p>What the PDF layer reports, as ERROR diagnostics with nothing read, or less read:
 * {@code PDF-NO-TEXT} (no text layer: a scan; OCR is not done), {@code PDF-ENCRYPTED} (a user
 * password is needed), {@code PDF-UNREADABLE} (damaged or not a PDF), {@code PDF-TOO-MANY-PAGES}
 * (more than 300 pages: the first 300 are read), {@code PDF-FONT-NO-UNICODE}
 * (a font maps glyphs to no text: they are left out, never guessed); and a WARNING
 * {@code PDF-PAGE-NO-TEXT} for pages that are only images. PDFBox keeps at most 256 MiB of buffers
 * for one document in memory.
 *
 * <p>Never throws on content; thread-safe (each call reads its own document).
 *
 * <pre>{@code
 * ParseResult result = DisclosurePdf.parse(Path.of("2024_hongze-qzf.pdf"));
 * result.getReport().getApplications().get().get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
 * }</pre>
 */
public final class DisclosurePdf {
  private DisclosurePdf() {}

  /** Reads a PDF's bytes with the default limits. */
  public static ParseResult parse(byte[] pdf) {
    return parse(pdf, ParseOptions.defaults());
  }

  /** Reads a PDF's bytes within the text parser's limits. */
  public static ParseResult parse(byte[] pdf, ParseOptions options) {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(options, "options");
    return PdfReader.read(pdf, options);
  }

  /**
   * Reads a PDF file; a file larger than {@link ParseOptions#getMaxFileBytes()} is not read, as by
   * {@link DisclosureText#read(Path)}.
   *
   * @throws IOException if the file cannot be read
   */
  public static ParseResult parse(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return DisclosureText.read(file);
  }

  /**
   * Reads a PDF's bytes.
   *
   * @throws ParseException if any diagnostic is an error
   */
  public static Report parseStrict(byte[] pdf) {
    return parse(pdf).strictReport();
  }

  /**
   * The text the reader lays a PDF out as, and the text parser reads: the lines the positions of
   * {@link #parse(byte[])} count. Empty when the PDF has no text or cannot be read.
   */
  public static String layoutText(byte[] pdf) {
    Objects.requireNonNull(pdf, "pdf");
    return PdfReader.layout(pdf).text();
  }
}
