package io.github.govdisclosure.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.text.DisclosureText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The corpus web page flattened as crawlers flatten it (issue 12): the text of the page, and every
 * table cell followed by {@code " |"} and a line break, an empty cell a bare {@code |} with no line
 * break, bare pipes beyond a row's width as padding. The parser reads every cell of it back as the
 * truth states: 821, 35, blank, blank, 2 … from {@code 821 |⏎35 |⏎||2 |⏎}; blank stays blank.
 */
class PipeFlattenedPageTest {

  @Test
  void readsEveryCellOfThePipeFlattenedWordExportPageBlankCellsIncluded() {
    String page = "2023_shuyang-fgj.html";
    String flattened = flatten(Corpus.text(page));

    Report report = DisclosureText.parse(flattened).getReport();

    Map<CellRef, BigDecimal> truth = Corpus.truth(page).cells();
    assertThat(truth.values().stream().filter(v -> v == null).count()).isEqualTo(125);
    assertThat(flattened).contains("|||");
    assertThat(Corpus.truth(page).misread(report)).isEmpty();
  }

  @Test
  void aBlankCellIsABarePipeWithoutALineBreak() {
    String html = "<table><tr><td>a</td><td>821</td><td></td><td>2</td></tr><tr><td>b</td></tr></table>";

    assertThat(flatten(html)).isEqualTo("a |\n821 |\n|2 |\nb |\n|||\n");
  }

  /** The page's text, each table flattened cell by cell. */
  static String flatten(String html) {
    Document document = Jsoup.parse(html);
    StringBuilder out = new StringBuilder();
    text(document.body(), out);
    return out.toString();
  }

  private static void text(Element element, StringBuilder out) {
    if (element.normalName().equals("table")) {
      table(element, out);
      return;
    }
    if (element.normalName().equals("script") || element.normalName().equals("style")) {
      return;
    }
    boolean block = element.isBlock() || element.normalName().equals("br");
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode textNode) {
        out.append(textNode.text().replace('\u00A0', ' ').strip());
      } else if (child instanceof Element childElement) {
        text(childElement, out);
      }
    }
    if (block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  private static void table(Element table, StringBuilder out) {
    List<List<String>> rows = new ArrayList<>();
    int width = 0;
    for (Element tr : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element td : tr.select("> td, > th")) {
        cells.add(td.text().replace('\u00A0', ' ').strip());
      }
      rows.add(cells);
      width = Math.max(width, cells.size());
    }
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    for (List<String> cells : rows) {
      for (String cell : cells) {
        out.append(cell.isEmpty() ? "|" : cell + " |\n");
      }
      out.append("|".repeat(width - cells.size()));
      if (out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
    }
  }
}
