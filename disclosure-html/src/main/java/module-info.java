/**
 * Reads annual reports from saved web pages into the model of {@code io.github.govdisclosure.model},
 * through the text parser of {@code io.github.govdisclosure.text}, with positions in the HTML source.
 *
 * <p>Entry point: {@link io.github.govdisclosure.html.DisclosureHtml}.
 */
module io.github.govdisclosure.html {
  requires transitive io.github.govdisclosure.text;
  requires org.jsoup;

  exports io.github.govdisclosure.html;
  // DisclosureText.read finds the page reader by content
  provides io.github.govdisclosure.text.ReportReader with io.github.govdisclosure.html.internal.HtmlReportReader;
}
