package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Report;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WrongCellTest {

  private static Report withCell(ApplicationRow row, Applicant column, long printed) {
    return Fixtures.report(Fixtures.smallTable().put(row, column, Cell.of(printed)).build()).build();
  }

  @Test
  void mistypedInteriorCellIsReportedOnceAsTheRootCause() {
    CheckResult result = Rules.standard().check(
        withCell(ApplicationRow.WITHHELD_THIRD_PARTY, Applicant.COMMERCIAL_ENTERPRISE, 2));
    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "table3.wrong-cell error at APPLICATIONS[WITHHELD_THIRD_PARTY][COMMERCIAL_ENTERPRISE]: printed 2, 1 repairs "
            + "table3.results-total at APPLICATIONS[TOTAL_HANDLED][COMMERCIAL_ENTERPRISE]; "
            + "table3.applicant-total at APPLICATIONS[WITHHELD_THIRD_PARTY][TOTAL]");
    Finding root = result.failures().get(0);
    assertThat(root.getActual()).contains(BigDecimal.valueOf(2));
    assertThat(root.getExpected()).contains(BigDecimal.ONE);
    assertThat(root.getExplains()).extracting(Finding::getRuleId)
        .containsExactly("table3.results-total", "table3.applicant-total");
    assertThat(root.getExplains()).allMatch(f -> f.getStatus() == Status.FAIL);
    assertThat(root.getCells()).extracting(Object::toString).containsExactly(
        "APPLICATIONS[WITHHELD_THIRD_PARTY][COMMERCIAL_ENTERPRISE]",
        "APPLICATIONS[TOTAL_HANDLED][COMMERCIAL_ENTERPRISE]",
        "APPLICATIONS[WITHHELD_THIRD_PARTY][TOTAL]");
    assertThat(root.message(Locale.CHINA)).isEqualTo(
        "APPLICATIONS[WITHHELD_THIRD_PARTY][COMMERCIAL_ENTERPRISE] 印为 2；改为 1 则 "
            + "table3.results-total at APPLICATIONS[TOTAL_HANDLED][COMMERCIAL_ENTERPRISE]; "
            + "table3.applicant-total at APPLICATIONS[WITHHELD_THIRD_PARTY][TOTAL] 均成立");
    assertThat(result.getVerdict()).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void wrongRowTotalCellIsLocated() {
    CheckResult result = Rules.standard().check(withCell(ApplicationRow.DISCLOSED, Applicant.TOTAL, 7));
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("table3.wrong-cell");
      assertThat(f.getCells().get(0)).hasToString("APPLICATIONS[DISCLOSED][TOTAL]");
      assertThat(f.getExpected()).contains(BigDecimal.valueOf(5));
      assertThat(f.getActual()).contains(BigDecimal.valueOf(7));
    });
  }

  @Test
  void wrongTotalHandledCellExplainsItsThreeEquations() {
    CheckResult result = Rules.standard().check(
        withCell(ApplicationRow.TOTAL_HANDLED, Applicant.NATURAL_PERSON, 8));
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.getCells().get(0)).hasToString("APPLICATIONS[TOTAL_HANDLED][NATURAL_PERSON]");
      assertThat(f.getExpected()).contains(BigDecimal.valueOf(7));
      assertThat(f.getExplains()).extracting(Finding::getRuleId)
          .containsExactly("table3.balance", "table3.results-total", "table3.applicant-total");
    });
  }

  @Test
  void twoIndependentWrongCellsAreBothLocated() {
    Report report = Fixtures.report(Fixtures.smallTable()
        .put(ApplicationRow.WITHHELD_THIRD_PARTY, Applicant.COMMERCIAL_ENTERPRISE, Cell.of(2))
        .put(ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON, Cell.of(9))
        .build()).build();
    assertThat(Rules.standard().check(report).failures()).extracting(f -> f.getCells().get(0).toString())
        .containsExactly("APPLICATIONS[DISCLOSED][NATURAL_PERSON]",
            "APPLICATIONS[WITHHELD_THIRD_PARTY][COMMERCIAL_ENTERPRISE]");
  }

  @Test
  void singleFailingEquationLocatesNothing() {
    // a row total and a column total that are consistent with each other: only one equation fails
    Report report = Fixtures.report(Fixtures.smallTable()
        .row(ApplicationRow.OTHER_UNSPECIFIED, 0, 0, 0, 0, 0, 1, 1).build()).build();
    CheckResult result = Rules.standard().check(report);
    assertThat(result.byRule("table3.wrong-cell")).isEmpty();
    assertThat(result.failures()).hasSize(2);
  }

  @Test
  void disablingWrongCellReportsTheConsequences() {
    Report report = withCell(ApplicationRow.WITHHELD_THIRD_PARTY, Applicant.COMMERCIAL_ENTERPRISE, 2);
    CheckResult result = Rules.builder().disable("table3.wrong-cell").build().check(report);
    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "table3.results-total error at APPLICATIONS[TOTAL_HANDLED][COMMERCIAL_ENTERPRISE]: 2 but 1 + 0 + 2 + 0 + 0 + 0 = 3",
        "table3.applicant-total error at APPLICATIONS[WITHHELD_THIRD_PARTY][TOTAL]: 2 but 1 + 2 + 0 + 0 + 0 + 0 = 3");
  }

  @Test
  void blankCellsDoNotTakePartInTheLocation() {
    Report report = Fixtures.report(Fixtures.smallTable()
        .put(ApplicationRow.WITHHELD_THIRD_PARTY, Applicant.COMMERCIAL_ENTERPRISE, Cell.of(2))
        .put(ApplicationRow.WITHHELD_THIRD_PARTY, Applicant.TOTAL, Cell.blank())
        .build()).build();
    CheckResult result = Rules.standard().check(report);
    assertThat(result.byRule("table3.wrong-cell")).isEmpty();
    assertThat(result.failures()).extracting(Finding::getRuleId).containsExactly("table3.results-total");
  }
}
