/**
 * Reads annual reports published as PDF into the model of {@code io.github.govdisclosure.model}:
 * tables rebuilt from glyph positions and ruling lines, then read by the text parser of
 * {@code io.github.govdisclosure.text}.
 *
 * <p>Entry point: {@link io.github.govdisclosure.pdf.DisclosurePdf}.
 */
module io.github.govdisclosure.pdf {
  requires transitive io.github.govdisclosure.text;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires java.desktop;
  requires java.logging;

  exports io.github.govdisclosure.pdf;
  // DisclosureText.read finds the PDF reader by content
  provides io.github.govdisclosure.text.ReportReader with io.github.govdisclosure.pdf.internal.PdfReportReader;
}
