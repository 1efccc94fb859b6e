package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossYearTest {

  private static Report of2020(long forward) {
    return Fixtures.report(Fixtures.zeroTable(Edition.V2019)
        .row(ApplicationRow.NEW_RECEIVED, 2 + forward, 0, 0, 0, 0, 0, 2 + forward)
        .row(ApplicationRow.DISCLOSED, 2, 0, 0, 0, 0, 0, 2)
        .row(ApplicationRow.TOTAL_HANDLED, 2, 0, 0, 0, 0, 0, 2)
        .row(ApplicationRow.CARRIED_TO_NEXT_YEAR, forward, 0, 0, 0, 0, 0, forward)
        .build()).year(2020).build();
  }

  private static Report of2021(long over, long inForce) {
    ActiveDisclosureTable active = ActiveDisclosureTable.builder(Edition.V2021).from(Fixtures.zeroActive(Edition.V2021))
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE, inForce).build();
    return Fixtures.report(Fixtures.zeroTable(Edition.V2021)
        .row(ApplicationRow.NEW_RECEIVED, 2, 0, 0, 0, 0, 0, 2)
        .row(ApplicationRow.CARRIED_FROM_LAST_YEAR, over, 0, 0, 0, 0, 0, over)
        .row(ApplicationRow.DISCLOSED, 2 + over, 0, 0, 0, 0, 0, 2 + over)
        .row(ApplicationRow.TOTAL_HANDLED, 2 + over, 0, 0, 0, 0, 0, 2 + over)
        .build()).year(2021).activeDisclosure(active).build();
  }

  private static Report of2022(long issued, long repealed, long inForce) {
    ActiveDisclosureTable active = ActiveDisclosureTable.builder(Edition.V2021).from(Fixtures.zeroActive(Edition.V2021))
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED, issued)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED, repealed)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE, inForce).build();
    return Fixtures.report(Fixtures.zeroTable(Edition.V2021).build()).year(2022).activeDisclosure(active).build();
  }

  @Test
  void carryOverHoldsAcrossTheEditionChange() {
    CheckResult result = Rules.standard().checkSeries(List.of(of2021(1, 147), of2020(1)));
    assertThat(result.byRule("cross-year.carry-over")).hasSize(Applicant.values().length)
        .allMatch(f -> f.getStatus() == Status.PASS);
    assertThat(result.byRule("cross-year.in-force")).isEmpty();
    assertThat(result.isComplete()).isTrue();
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void carryOverFailsWhenTheYearsDisagree() {
    CheckResult result = Rules.standard().checkSeries(List.of(of2020(1), of2021(2, 147)));
    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "cross-year.carry-over warning at APPLICATIONS[CARRIED_OVER][NATURAL_PERSON]: 2021: 2 but 1",
        "cross-year.carry-over warning at APPLICATIONS[CARRIED_OVER][TOTAL]: 2021: 2 but 1");
    assertThat(result.failures().get(0).message()).isEqualTo("CARRIED_OVER(2021) = 2, but CARRIED_FORWARD(2020) = 1");
    assertThat(result.failures().get(0).getYear()).hasValue(2021);
    assertThat(result.verdict(io.github.govdisclosure.model.Severity.WARNING)).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void inForceFollowsIssuedAndRepealed() {
    CheckResult ok = Rules.standard().checkSeries(List.of(of2021(0, 147), of2022(4, 1, 150)));
    long item1Rows = io.github.govdisclosure.model.DisclosureRow.rows(io.github.govdisclosure.model.Edition.V2021).stream()
        .filter(r -> r.item() == io.github.govdisclosure.model.DisclosureItem.ITEM_1).count();
    assertThat(ok.byRule("cross-year.in-force")).hasSize((int) item1Rows).allMatch(f -> f.getStatus() == Status.PASS);
    CheckResult wrong = Rules.standard().checkSeries(List.of(of2021(0, 147), of2022(4, 1, 151)));
    assertThat(wrong.failures()).extracting(Finding::message).containsExactly(
        "IN_FORCE(2022) = 151, but IN_FORCE(2021) + ISSUED(2022) − REPEALED(2022) = 147 + 4 − 1 = 150");
    assertThat(wrong.failures().get(0).getCells().get(0)).hasToString("ACTIVE_DISCLOSURE[ITEM_1][NORMATIVE_DOCUMENTS][IN_FORCE]");
  }

  @Test
  void gapsAreNotAssessable() {
    CheckResult result = Rules.standard().checkSeries(List.of(of2020(1), of2022(0, 0, 0)));
    assertThat(result.getFindings()).extracting(Finding::getStatus).containsOnly(Status.NOT_ASSESSABLE);
    assertThat(result.byRule("cross-year.carry-over")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("not assessable: no report of 2021 to compare 2022 with"));
    assertThat(result.isComplete()).isFalse();
    assertThat(result.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
  }

  @Test
  void blankCarryOverIsNotAssessableUnlessBlanksReadAsZero() {
    Report blank2021 = Fixtures.report(Fixtures.zeroTable(Edition.V2021)
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, io.github.govdisclosure.model.Applicant.COMMERCIAL_ENTERPRISE,
            io.github.govdisclosure.model.Cell.blank()).build()).year(2021).build();
    Report zero2020 = of2020(0);
    assertThat(Rules.standard().checkSeries(List.of(zero2020, blank2021)).byRule("cross-year.carry-over").get(1).getStatus())
        .isEqualTo(Status.NOT_ASSESSABLE);
    Finding asZero = Rules.builder().blanksAsZero(true).build().checkSeries(List.of(zero2020, blank2021))
        .byRule("cross-year.carry-over").get(1);
    assertThat(asZero.getStatus()).isEqualTo(Status.PASS);
    assertThat(asZero.isBlanksReadAsZero()).isTrue();
  }
}
