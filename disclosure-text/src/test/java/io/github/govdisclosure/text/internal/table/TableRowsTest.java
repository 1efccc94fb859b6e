package io.github.govdisclosure.text.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Relation;
import io.github.govdisclosure.text.internal.table.DigitSplitter.Sum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader knows of each table's rows is read from the model: sums, equations, labels. */
class TableRowsTest {

  private static List<String> sums(RowSpec row) {
    List<String> sums = new ArrayList<>();
    for (Sum sum : row.sums()) {
      sums.add(Arrays.toString(sum.parts()) + " -> " + sum.total());
    }
    return sums;
  }

  private static int index(TableRows rows, ApplicationRow row) {
    for (int r = 0; r < rows.rows.size(); r++) {
      if (rows.rows.get(r).row() == row) {
        return r;
      }
    }
    return -1;
  }

  @Test
  void splitsEveryRowOfTable3ByItsApplicantTotal() {
    for (Edition edition : List.of(Edition.V2019, Edition.V2021)) {
      TableRows rows = TableRows.applications(edition);
      assertThat(rows.rows).hasSize(ApplicationRow.rows(edition).size());
      for (RowSpec row : rows.rows) {
        assertThat(row.size()).isEqualTo(7);
        assertThat(sums(row)).containsExactly("[0, 1, 2, 3, 4, 5] -> 6");
      }
    }
  }

  @Test
  void splitsTable4ByItsThreeGroupTotals() {
    RowSpec row = TableRows.review().rows.get(0);
    assertThat(row.size()).isEqualTo(15);
    assertThat(sums(row)).containsExactly("[0, 1, 2, 3] -> 4", "[5, 6, 7, 8] -> 9", "[10, 11, 12, 13] -> 14");
    assertThat(TableRows.review().across).isEmpty();
  }

  @Test
  void choosesAmongSplitsOfTable3ByTheBalanceAndResultsTotalOfEachColumn() {
    TableRows rows = TableRows.applications(Edition.V2021);
    assertThat(rows.across).hasSize(14);
    TableRows.Across balance = rows.across.get(0);
    assertThat(balance.plusRow()).containsExactly(index(rows, ApplicationRow.NEW_RECEIVED),
        index(rows, ApplicationRow.CARRIED_FROM_LAST_YEAR));
    assertThat(balance.minusRow()).containsExactly(index(rows, ApplicationRow.TOTAL_HANDLED),
        index(rows, ApplicationRow.CARRIED_TO_NEXT_YEAR));
    assertThat(balance.plusCell()).containsOnly(0);
    assertThat(balance.relation()).isEqualTo(Relation.EQUAL);
    TableRows.Across results = rows.across.get(7);
    assertThat(results.plusRow()).containsExactly(index(rows, ApplicationRow.TOTAL_HANDLED));
    assertThat(results.minusRow()).hasSize(ApplicationRow.results(Edition.V2021).size());
  }

  @Test
  void table2HasNoSums() {
    TableRows rows = TableRows.active(Edition.V2019);
    assertThat(rows.across).isEmpty();
    assertThat(rows.rows).allSatisfy(row -> assertThat(row.sums()).isEmpty());
    assertThat(rows.knownLabels).isNull();
  }

  @Test
  void namesARowByAColumnsWordOnlyAfterItsNumeral() {
    assertThat(TableRows.labels(ApplicationRow.TOTAL_HANDLED))
        .containsExactly(new LabelIndex.Label("总计", List.of("(七)", "七、"), true));
    assertThat(TableRows.labels(ApplicationRow.OTHER_UNSPECIFIED))
        .containsExactly(new LabelIndex.Label("其他", List.of("3.", "3、", "(3)"), true));
    assertThat(TableRows.labels(ApplicationRow.NEW_RECEIVED)).containsExactly(
        new LabelIndex.Label("本年新收政府信息公开申请数量", List.of("一、"), false),
        new LabelIndex.Label("本年新收", List.of("一、"), false));
  }
}
