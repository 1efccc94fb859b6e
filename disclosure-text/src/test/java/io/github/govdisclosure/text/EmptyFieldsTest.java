package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Empty fields of rows written on one line are blank cells, in every celled shape. */
class EmptyFieldsTest {
  private static final String TABS = DisclosureTextTest.resource("synthetic/tabs-2021.txt");
  private static final String NEW_RECEIVED = "一、本年新收政府信息公开申请数量\t35\t0\t0\t0\t0\t0\t35";
  private static final String DISCLOSED = "(一)予以公开\t17\t0\t0\t0\t0\t0\t17";

  private static ApplicationTable table(String text) {
    ParseResult result = DisclosureText.parse(text);
    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).isEmpty();
    return result.getReport().getApplications().orElseThrow();
  }

  private static List<Cell> row(ApplicationTable table, ApplicationRow row) {
    return java.util.Arrays.stream(Applicant.values()).map(a -> table.get(row, a)).toList();
  }

  @Test
  void readsTwoTabsInARowAsABlankCell() {
    ApplicationTable table = table(TABS.replace(NEW_RECEIVED, "一、本年新收政府信息公开申请数量\t35\t\t\t\t\t\t35"));

    assertThat(row(table, ApplicationRow.NEW_RECEIVED)).containsExactly(Cell.of(35), Cell.blank(), Cell.blank(),
        Cell.blank(), Cell.blank(), Cell.blank(), Cell.of(35));
    assertThat(table.isComplete()).isTrue();
  }

  @Test
  void readsABlankFirstFieldOfATabRowAsABlankCell() {
    ApplicationTable table = table(TABS.replace(NEW_RECEIVED, "一、本年新收政府信息公开申请数量\t\t35\t0\t0\t0\t0\t35"));

    assertThat(row(table, ApplicationRow.NEW_RECEIVED)).containsExactly(Cell.blank(), Cell.of(35), Cell.of(0),
        Cell.of(0), Cell.of(0), Cell.of(0), Cell.of(35));
  }

  @Test
  void readsATabThatEndsTheLineAsABlankLastCell() {
    ApplicationTable table = table(TABS.replace(NEW_RECEIVED, "一、本年新收政府信息公开申请数量\t35\t0\t0\t0\t0\t0\t")
        .replace(DISCLOSED, "(一)予以公开\t17\t0\t0\t0\t0\t0\t\r"));

    assertThat(table.get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL)).isEqualTo(Cell.blank());
    assertThat(table.get(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON)).isEqualTo(Cell.of(35));
    assertThat(table.get(ApplicationRow.DISCLOSED, Applicant.TOTAL)).isEqualTo(Cell.blank());
    assertThat(table.get(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.TOTAL)).isEqualTo(Cell.of(0));
  }

  @Test
  void readsWindowsLineEndsOfTabRowsWithoutExtraBlanks() {
    ApplicationTable table = table(TABS.replace("\n", "\r\n"));

    assertThat(table.isComplete()).isTrue();
    assertThat(table.getCells().values()).allMatch(Cell::isNumber);
  }

  @Test
  void readsEmptyMarkdownCellsAsBlankCells() {
    String markdown = TABS.replace(NEW_RECEIVED, "| 一、本年新收政府信息公开申请数量 | 35 | | | | | | 35 |")
        .replace(DISCLOSED, "| (一)予以公开 | | 17 | 0 | 0 | 0 | 0 | 17 |");

    ApplicationTable table = table(markdown);

    assertThat(row(table, ApplicationRow.NEW_RECEIVED)).containsExactly(Cell.of(35), Cell.blank(), Cell.blank(),
        Cell.blank(), Cell.blank(), Cell.blank(), Cell.of(35));
    assertThat(row(table, ApplicationRow.DISCLOSED)).containsExactly(Cell.blank(), Cell.of(17), Cell.of(0),
        Cell.of(0), Cell.of(0), Cell.of(0), Cell.of(17));
  }

  @Test
  void readsAnEmptyMarkdownCellBeyondTheCellCountAsTheLabelColumn() {
    // the label spans two columns: the first field after it is the empty second label column
    String markdown = TABS.replace(NEW_RECEIVED, "| 一、本年新收政府信息公开申请数量 | | 35 | 0 | 0 | 0 | 0 | 0 | 35 |");

    ApplicationTable table = table(markdown);

    assertThat(row(table, ApplicationRow.NEW_RECEIVED)).containsExactly(Cell.of(35), Cell.of(0), Cell.of(0),
        Cell.of(0), Cell.of(0), Cell.of(0), Cell.of(35));
  }

  @Test
  void readsConsecutivePipesAsBlankCells() {
    String pipes = TABS.replace(NEW_RECEIVED, "一、本年新收政府信息公开申请数量 | 35 |||||| 35 |");

    ApplicationTable table = table(pipes);

    assertThat(row(table, ApplicationRow.NEW_RECEIVED)).containsExactly(Cell.of(35), Cell.blank(), Cell.blank(),
        Cell.blank(), Cell.blank(), Cell.blank(), Cell.of(35));
  }

  @Test
  void readsBarePipesOfPipeFlattenedTextAsBlankCellsEvenAtTheStartOfALine() {
    // every cell is closed by " |" and a line break; an empty cell is a bare "|" without one
    String flattened = TABS.replace(NEW_RECEIVED, "一、本年新收政府信息公开申请数量 |\n821 |\n35 |\n||2 |\n1 |\n859 |\n|")
        .replace(DISCLOSED, "(一)予以公开 |\n17 |\n|||||17 |\n|");

    ApplicationTable table = table(flattened);

    assertThat(row(table, ApplicationRow.NEW_RECEIVED)).containsExactly(Cell.of(821), Cell.of(35), Cell.blank(),
        Cell.blank(), Cell.of(2), Cell.of(1), Cell.of(859));
    assertThat(row(table, ApplicationRow.DISCLOSED)).containsExactly(Cell.of(17), Cell.blank(), Cell.blank(),
        Cell.blank(), Cell.blank(), Cell.blank(), Cell.of(17));
  }

  @Test
  void doesNotReadTabsOnAPipeLineAsFields() {
    String padded = TABS.replace(NEW_RECEIVED, "|\t一、本年新收政府信息公开申请数量\t|\t35\t|\t0\t|\t0\t|\t0\t|\t0\t|\t0\t|\t35\t|");

    ApplicationTable table = table(padded);

    assertThat(row(table, ApplicationRow.NEW_RECEIVED)).containsExactly(Cell.of(35), Cell.of(0), Cell.of(0),
        Cell.of(0), Cell.of(0), Cell.of(0), Cell.of(35));
  }
}
