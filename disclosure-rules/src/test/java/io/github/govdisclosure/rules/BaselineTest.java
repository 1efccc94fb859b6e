package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BaselineTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

  /** Every failure of a check accepted, scoped to its report, as a reviewer would write them. */
  private static Baseline accepting(CheckResult result, Report report) {
    List<Acceptance> accepted = new ArrayList<>();
    for (Finding finding : result.failures()) {
      accepted.add(new Acceptance.Builder().from(finding, report.getAgency(), report.getYear())
          .acceptedBy("reviewer").reason("published so; confirmed with the agency").acceptedOn(DAY).build());
    }
    return Baseline.of(accepted);
  }

  @Test
  void acceptedFailuresAreListedButDoNotFailTheVerdict() {
    Report report = Fixtures.zrz();
    CheckResult first = Rules.standard().check(report);
    Rules reviewed = Rules.builder().baseline(accepting(first, report)).build();

    CheckResult again = reviewed.check(report);

    assertThat(again.getVerdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(again.failures()).isEmpty();
    assertThat(again.accepted()).extracting(Finding::render).containsExactlyElementsOf(
        first.failures().stream().map(Finding::render).toList());
    assertThat(again.withStatus(Status.FAIL)).hasSize(2);
    assertThat(again.acceptance(again.accepted().get(0))).get()
        .satisfies(a -> assertThat(a.getAcceptedBy()).isEqualTo("reviewer"))
        .satisfies(a -> assertThat(a.getAgency()).contains("平潭综合实验区自然资源与生态环境局"))
        .satisfies(a -> assertThat(a.getYear()).isEqualTo(OptionalInt.of(2020)));
  }

  @Test
  void aChangedValueMakesTheAcceptedFindingFailAgain() {
    Report report = Fixtures.zrz();
    Rules reviewed = Rules.builder().baseline(accepting(Rules.standard().check(report), report)).build();

    CheckResult result = reviewed.check(Fixtures.zrzWithOneMoved());

    assertThat(result.getVerdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "table3.results-total error at APPLICATIONS[TOTAL_HANDLED][TOTAL]: 9 but 3 + 3 + 0 + 2 + 0 + 2 = 10");
    assertThat(result.accepted()).extracting(f -> f.getCells().get(0).toString())
        .containsExactly("APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]");
  }

  @Test
  void aDecisionScopedToAnotherReportDoesNotApply() {
    Report report = Fixtures.zrz();
    Finding failure = Rules.standard().check(report).failures().get(0);
    Acceptance otherYear = new Acceptance.Builder().from(failure, report.getAgency(), OptionalInt.of(2019))
        .acceptedBy("reviewer").reason("another year").acceptedOn(DAY).build();
    Acceptance otherAgency = new Acceptance.Builder().from(failure, Optional.of("平潭综合实验区"), report.getYear())
        .acceptedBy("reviewer").reason("another agency").acceptedOn(DAY).build();
    Acceptance anyReport = new Acceptance.Builder().from(failure, Optional.empty(), OptionalInt.empty())
        .acceptedBy("reviewer").reason("wherever it is").acceptedOn(DAY).build();

    assertThat(Rules.builder().baseline(Baseline.of(List.of(otherYear, otherAgency))).build().check(report).accepted())
        .isEmpty();
    assertThat(Rules.builder().baseline(Baseline.of(List.of(anyReport))).build().check(report).accepted())
        .containsExactly(failure);
  }

  @Test
  void acceptsCrossYearFailuresOfTheFindingsYear() {
    Report before = Fixtures.weiyuan();
    Report after = new Report.Builder().from(before).year(2022).build(); // carried over 0, forward was 1
    CheckResult series = Rules.standard().checkSeries(List.of(before, after));
    assertThat(series.failures()).isNotEmpty();
    List<Acceptance> accepted = new ArrayList<>();
    for (Finding finding : series.failures()) {
      accepted.add(new Acceptance.Builder().from(finding, after.getAgency(), finding.getYear())
          .acceptedBy("reviewer").reason("the 2021 application was withdrawn").acceptedOn(DAY).build());
    }

    CheckResult reviewed = Rules.builder().baseline(Baseline.of(accepted)).build().checkSeries(List.of(before, after));

    assertThat(reviewed.failures()).isEmpty();
    assertThat(reviewed.accepted()).hasSameSizeAs(series.failures());
  }

  @Test
  void aResultWithoutABaselineAcceptsNothing() {
    CheckResult result = Rules.standard().check(Fixtures.zrz());

    assertThat(result.getAcceptances()).isEmpty();
    assertThat(result.accepted()).isEmpty();
    assertThat(result.failures()).hasSize(2);
  }
}
