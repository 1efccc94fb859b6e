package io.github.govdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalExampleTest {

  private final Report report = CanonicalExample.report();

  @Test
  void representsTheCanonicalExampleCellForCell() {
    Map<CellRef, BigDecimal> truth = Truth.cells(Truth.load("2021_weiyuan-county.txt.json"));

    assertThat(truth).hasSize(10 + 175 + 15);
    truth.forEach((ref, expected) ->
        assertThat(report.cell(ref).getValue()).as(ref.toString()).contains(expected));
  }

  @Test
  void tablesHoldEveryCellOfTheV2021Layout() {
    assertThat(report.getActiveDisclosure().orElseThrow().layout()).hasSize(10);
    assertThat(report.getApplications().orElseThrow().layout()).hasSize(175);
    assertThat(report.getReviewLitigation().orElseThrow().layout()).hasSize(15);
    for (Table table : Table.values()) {
      assertThat(report.table(table).orElseThrow().isComplete()).as(table.name()).isTrue();
    }
  }

  @Test
  void givesTypedAccessToCells() {
    ApplicationTable applications = report.getApplications().orElseThrow();

    assertThat(applications.get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).asLong()).hasValue(35);
    assertThat(applications.get(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.NATURAL_PERSON).asLong()).hasValue(1);
    assertThat(report.getReviewLitigation().orElseThrow().get(ReviewGroup.REVIEW, Outcome.TOTAL).asLong())
        .hasValue(0);
    assertThat(report.getActiveDisclosure().orElseThrow()
        .get(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE).asLong()).hasValue(147);
  }

  @Test
  void derivesTheGroupTotalsTheNarrativeQuotes() {
    ApplicationTable applications = report.getApplications().orElseThrow();

    assertThat(applications.groupTotal(ApplicationGroup.WITHHELD, Applicant.TOTAL)).hasValue(3);
    assertThat(applications.groupTotal(ApplicationGroup.UNAVAILABLE, Applicant.TOTAL)).hasValue(7);
    assertThat(applications.groupTotal(ApplicationGroup.NOT_PROCESSED, Applicant.TOTAL)).hasValue(3);
    assertThat(applications.groupTotal(ApplicationGroup.OTHER, Applicant.TOTAL)).hasValue(0);
  }

  @Test
  void reportsAMissingCellAsMissingNotZero() {
    ApplicationTable partial = ApplicationTable.builder(Edition.V2021)
        .row(ApplicationRow.NEW_RECEIVED, 35, 0, 0, 0, 0, 0, 35)
        .build();

    assertThat(partial.get(ApplicationRow.DISCLOSED, Applicant.TOTAL).getKind()).isEqualTo(Cell.Kind.MISSING);
    assertThat(partial.groupTotal(ApplicationGroup.WITHHELD, Applicant.TOTAL)).isEmpty();
    assertThat(partial.missingCells()).hasSize(175 - 7)
        .startsWith(CellRef.of(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.NATURAL_PERSON));
    assertThat(partial.isComplete()).isFalse();
  }

  @Test
  void equalReportsAreEqualValues() {
    assertThat(CanonicalExample.report()).isEqualTo(report).hasSameHashCodeAs(report);
  }
}
