package io.github.govdisclosure.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class TableGridTest {

  private final List<Issue> issues = new ArrayList<>();

  private TableGrid grid(String html) {
    Element table = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true))
        .selectFirst("table");
    return TableGrid.of(table, issues);
  }

  /** The grid as rows of cell texts, one entry per slot, {@code .} for an empty slot. */
  private static List<String> slots(TableGrid grid) {
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < grid.height(); r++) {
      StringBuilder row = new StringBuilder();
      for (int c = 0; c < grid.width(); c++) {
        TableGrid.GridCell cell = grid.at(r, c);
        row.append(c == 0 ? "" : " ").append(cell == null ? "." : cell.element().text());
      }
      rows.add(row.toString());
    }
    return rows;
  }

  @Test
  void expandsRowspanIntoEveryRowItCovers() {
    TableGrid grid = grid("<table><tr><td rowspan=3>G</td><td>a</td></tr>"
        + "<tr><td>b</td></tr><tr><td>c</td></tr></table>");

    assertThat(slots(grid)).containsExactly("G a", "G b", "G c");
    assertThat(grid.isOrigin(0, 0)).isTrue();
    assertThat(grid.isOrigin(1, 0)).isFalse();
    assertThat(grid.at(2, 0).rowSpan()).isEqualTo(3);
  }

  @Test
  void expandsColspanAcrossColumns() {
    TableGrid grid = grid("<table><tr><td colspan=3>H</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>");

    assertThat(slots(grid)).containsExactly("H H H", "a b c");
    assertThat(grid.isOrigin(0, 1)).isFalse();
  }

  @Test
  void placesCellsAfterSlotsTakenByRowspansFromAbove() {
    // the table 3 header: corner 3x3, 申请人情况 over 7, then 自然人 and 总计 spanning two rows
    TableGrid grid = grid("<table>"
        + "<tr><td colspan=3 rowspan=3>K</td><td colspan=7>A</td></tr>"
        + "<tr><td rowspan=2>N</td><td colspan=5>O</td><td rowspan=2>T</td></tr>"
        + "<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td></tr>"
        + "</table>");

    assertThat(slots(grid)).containsExactly(
        "K K K A A A A A A A",
        "K K K N O O O O O T",
        "K K K N 1 2 3 4 5 T");
    assertThat(issues).isEmpty();
  }

  @Test
  void readsRowsOfTheadTbodyAndTfootButNotOfNestedTables() {
    TableGrid grid = grid("<table><thead><tr><th>h</th></tr></thead>"
        + "<tbody><tr><td>b<table><tr><td>x</td><td>y</td></tr></table></td></tr></tbody>"
        + "<tfoot><tr><td>f</td></tr></tfoot></table>");

    assertThat(grid.height()).isEqualTo(3);
    assertThat(grid.width()).isEqualTo(1);
    assertThat(grid.at(2, 0).element().text()).isEqualTo("f");
  }

  @Test
  void clipsRowspansAtTheEndOfTheTableAndReadsZeroAsToTheEnd() {
    TableGrid grid = grid("<table><tr><td rowspan=0>Z</td><td rowspan=9>L</td><td>a</td></tr>"
        + "<tr><td>b</td></tr></table>");

    assertThat(slots(grid)).containsExactly("Z L a", "Z L b");
    assertThat(grid.at(1, 1).rowSpan()).isEqualTo(2);
  }

  @Test
  void readsSpanAttributesAsBrowsersDo() {
    TableGrid grid = grid("<table><tr><td colspan=\"2px\">a</td><td colspan=0>b</td>"
        + "<td colspan=x>c</td><td colspan=99999>d</td></tr></table>");

    assertThat(grid.at(0, 0).colSpan()).isEqualTo(2);
    assertThat(grid.at(0, 2).colSpan()).isEqualTo(1);
    assertThat(grid.at(0, 3).colSpan()).isEqualTo(1);
    assertThat(grid.at(0, 4).colSpan()).isEqualTo(TableGrid.MAX_COLSPAN);
  }

  @Test
  void leavesSlotsOfShortRowsEmpty() {
    TableGrid grid = grid("<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>");

    assertThat(slots(grid)).containsExactly("a b c", "d . .");
  }

  @Test
  void reportsCellsThatOverlapARowspan() {
    // b spans down into row 2, where c's colspan=2 reaches into b's slot
    TableGrid grid = grid("<table><tr><td>a</td><td rowspan=2>b</td></tr>"
        + "<tr><td colspan=2>c</td></tr></table>");

    assertThat(slots(grid)).containsExactly("a b", "c b");
    assertThat(issues).extracting(Issue::code).containsExactly("HTML-TABLE-OVERLAP");
  }
}
