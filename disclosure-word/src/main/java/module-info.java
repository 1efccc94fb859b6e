/**
 * Reads annual reports published as Word documents ({@code .docx}) into the model of
 * {@code io.github.govdisclosure.model}: cells straight from the table grid, paragraphs as running
 * text, read by the text parser of {@code io.github.govdisclosure.text}.
 *
 * <p>Entry point: {@link io.github.govdisclosure.word.DisclosureWord}.
 */
module io.github.govdisclosure.word {
  requires transitive io.github.govdisclosure.text;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires java.logging;

  exports io.github.govdisclosure.word;
  // DisclosureText.read finds the Word reader by content
  provides io.github.govdisclosure.text.ReportReader with io.github.govdisclosure.word.internal.WordReportReader;
}
