package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.ExtraRow;
import org.junit.jupiter.api.Test;

/** Numbered rows outside the edition's layout are kept as extra rows, never dropped. */
class ExtraRowTest {
  private static final String TABS = DisclosureTextTest.resource("synthetic/tabs-2021.txt");
  private static final String CARRIED_FORWARD = "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1";

  @Test
  void keepsARowAfterTheLastRowAsAnExtraRow() {
    String text = TABS.replace(CARRIED_FORWARD, CARRIED_FORWARD + "\n（八）其他事项\t2\t\t0\t0\t0\t0\t2");

    ParseResult result = DisclosureText.parse(text);

    ApplicationTable table = result.getReport().getApplications().orElseThrow();
    assertThat(table.getExtraRows()).containsExactly(ExtraRow.of("（八）其他事项",
        java.util.List.of(Cell.of(2), Cell.blank(), Cell.of(0), Cell.of(0), Cell.of(0), Cell.of(0), Cell.of(2))));
    ExtraRow extra = table.getExtraRows().get(0);
    assertThat(extra.getSpan()).hasValueSatisfying(span ->
        assertThat(text.substring(span.offset(), span.end())).isEqualTo("（八）其他事项"));
    assertThat(table.get(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.TOTAL)).isEqualTo(Cell.of(1));
    assertThat(table.isComplete()).isTrue();
    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).containsExactly(
        "<86:1> TEXT-ROW-EXTRA info: row '（八）其他事项' is not in the layout of table 3; kept as an extra row of 7 cells"
            + " [（八）其他事项 2 0 0 0 0 2]");
  }

  @Test
  void keepsARowBetweenTheLastRowsAsAnExtraRow() {
    String text = TABS.replace(CARRIED_FORWARD, "（八）其他事项\t3\t0\t0\t0\t0\t0\t3\n" + CARRIED_FORWARD);

    ApplicationTable table = DisclosureText.parse(text).getReport().getApplications().orElseThrow();

    assertThat(table.getExtraRows()).extracting(ExtraRow::getLabel).containsExactly("（八）其他事项");
    assertThat(table.getExtraRows().get(0).getCells()).hasSize(7).first().isEqualTo(Cell.of(3));
    assertThat(table.get(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL)).isEqualTo(Cell.of(34));
    assertThat(table.get(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.TOTAL)).isEqualTo(Cell.of(1));
  }

  @Test
  void readsCellsAfterAMisspelledLabelIntoTheNextRowOfTheLayout() {
    // a label the parser does not know, where the layout has a row to fill, is that row (reported)
    String text = TABS.replace("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "（二）部份公开");

    ParseResult result = DisclosureText.parse(text);

    ApplicationTable table = result.getReport().getApplications().orElseThrow();
    assertThat(table.getExtraRows()).isEmpty();
    assertThat(table.get(ApplicationRow.PARTIALLY_DISCLOSED, Applicant.TOTAL)).isEqualTo(Cell.of(4));
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("TEXT-ROW-UNLABELED");
  }

  @Test
  void doesNotTakeAFragmentOfAKnownLabelForAnExtraRow() {
    String text = TABS.replace(CARRIED_FORWARD, CARRIED_FORWARD + "\n（三）不予\t5");

    ParseResult result = DisclosureText.parse(text);

    assertThat(result.getReport().getApplications().orElseThrow().getExtraRows()).isEmpty();
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("TEXT-CELL-UNPLACED");
  }
}
