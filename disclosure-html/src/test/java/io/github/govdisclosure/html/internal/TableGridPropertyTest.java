package io.github.govdisclosure.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Tables built from a random tiling of a grid into rectangles, written as HTML with rowspan and
 * colspan: expansion must give back the tiling, and the rendering one line per row.
 */
class TableGridPropertyTest {

  /** A tiling of a height x width grid: owner[r][c] is the number of the cell covering the slot. */
  private static int[][] tiling(int height, int width, List<Integer> choices) {
    int[][] owner = new int[height][width];
    for (int[] row : owner) {
      java.util.Arrays.fill(row, -1);
    }
    int next = 0;
    int choice = 0;
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        if (owner[r][c] >= 0) {
          continue;
        }
        int free = 0;
        while (c + free < width && owner[r][c + free] < 0) {
          free++;
        }
        int colSpan = Math.min(free, choices.get(choice++ % choices.size()));
        int rowSpan = Math.min(height - r, choices.get(choice++ % choices.size()));
        for (int rr = r; rr < r + rowSpan; rr++) {
          for (int cc = c; cc < c + colSpan; cc++) {
            owner[rr][cc] = next;
          }
        }
        next++;
      }
    }
    return owner;
  }

  private static String html(int[][] owner) {
    StringBuilder html = new StringBuilder("<table>");
    for (int r = 0; r < owner.length; r++) {
      html.append("<tr>");
      for (int c = 0; c < owner[r].length; c++) {
        int id = owner[r][c];
        boolean origin = (r == 0 || owner[r - 1][c] != id) && (c == 0 || owner[r][c - 1] != id);
        if (origin) {
          int colSpan = 0;
          while (c + colSpan < owner[r].length && owner[r][c + colSpan] == id) {
            colSpan++;
          }
          int rowSpan = 0;
          while (r + rowSpan < owner.length && owner[r + rowSpan][c] == id) {
            rowSpan++;
          }
          html.append("<td rowspan=").append(rowSpan).append(" colspan=").append(colSpan)
              .append(">c").append(id).append("</td>");
        }
      }
      html.append("</tr>\n");
    }
    return html.append("</table>").toString();
  }

  @Test
  void expandsAnyTilingBackIntoItsGrid() {
    qt().withFixedSeed(20231231L).withExamples(300)
        .forAll(integers().between(1, 7), integers().between(1, 7),
            lists().of(integers().between(1, 4)).ofSizeBetween(1, 20))
        .checkAssert((height, width, choices) -> {
          int[][] owner = tiling(height, width, choices);
          String html = html(owner);
          Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
          List<Issue> issues = new ArrayList<>();
          TableGrid grid = TableGrid.of(document.selectFirst("table"), issues);

          assertThat(grid.height()).isEqualTo(height);
          assertThat(grid.width()).isEqualTo(width);
          List<String> expectedLines = new ArrayList<>();
          for (int r = 0; r < height; r++) {
            StringJoiner line = new StringJoiner("\t");
            for (int c = 0; c < width; c++) {
              assertThat(grid.at(r, c).element().text()).isEqualTo("c" + owner[r][c]);
              if (grid.isOrigin(r, c)) {
                line.add("c" + owner[r][c]);
              }
            }
            if (line.length() > 0) {
              expectedLines.add(line + "\n");
            }
          }
          assertThat(issues).isEmpty();
          assertThat(new Renderer(html, issues).render(document.body()).toString())
              .isEqualTo(String.join("", expectedLines));
        });
  }
}
