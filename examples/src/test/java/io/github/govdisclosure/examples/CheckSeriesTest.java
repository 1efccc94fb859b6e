package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CheckSeries}: carry-over across the 2020 (V2019) → 2021 (V2021) edition change. */
class CheckSeriesTest {
  private static final String AGENCY = "平潭综合实验区自然资源与生态环境局";

  private static Report report(int year, Edition edition, ApplicationRow row, long... counts) {
    return new Report.Builder().edition(edition).year(year).agency(AGENCY)
        .applications(ApplicationTable.builder(edition).row(row, counts).build())
        .build();
  }

  private static Run check(List<Report> reports) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = CheckSeries.check(reports, new PrintStream(out, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), "");
  }

  @Test
  void aConsistentCarryOverPasses() {
    Report y2020 = report(2020, Edition.V2019, ApplicationRow.CARRIED_TO_NEXT_YEAR, 2, 0, 0, 0, 0, 1, 3);
    Report y2021 = report(2021, Edition.V2021, ApplicationRow.CARRIED_FROM_LAST_YEAR, 2, 0, 0, 0, 0, 1, 3);

    Run run = check(List.of(y2021, y2020));

    assertThat(run.status()).isZero();
    assertThat(run.lines()).containsExactly(
        "series: 平潭综合实验区自然资源与生态环境局, years [2020, 2021]",
        "  cross-year.carry-over pass at APPLICATIONS[CARRIED_OVER][NATURAL_PERSON]: 2021: 2 and 2",
        "  cross-year.carry-over pass at APPLICATIONS[CARRIED_OVER][COMMERCIAL_ENTERPRISE]: 2021: 0 and 0",
        "  cross-year.carry-over pass at APPLICATIONS[CARRIED_OVER][RESEARCH_INSTITUTION]: 2021: 0 and 0",
        "  cross-year.carry-over pass at APPLICATIONS[CARRIED_OVER][SOCIAL_WELFARE_ORGANIZATION]: 2021: 0 and 0",
        "  cross-year.carry-over pass at APPLICATIONS[CARRIED_OVER][LEGAL_SERVICE_INSTITUTION]: 2021: 0 and 0",
        "  cross-year.carry-over pass at APPLICATIONS[CARRIED_OVER][OTHER_ORGANIZATION]: 2021: 1 and 1",
        "  cross-year.carry-over pass at APPLICATIONS[CARRIED_OVER][TOTAL]: 2021: 3 and 3",
        "verdict: CONSISTENT (0 failed of " + Applicant.values().length + " cross-year checks)");
  }

  @Test
  void aBrokenCarryOverFails() {
    Report y2020 = report(2020, Edition.V2019, ApplicationRow.CARRIED_TO_NEXT_YEAR, 2, 0, 0, 0, 0, 1, 3);
    Report y2021 = report(2021, Edition.V2021, ApplicationRow.CARRIED_FROM_LAST_YEAR, 1, 0, 0, 0, 0, 1, 2);

    Run run = check(List.of(y2020, y2021));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).contains(
        "  cross-year.carry-over warning at APPLICATIONS[CARRIED_OVER][NATURAL_PERSON]: 2021: 1 but 2",
        "  cross-year.carry-over warning at APPLICATIONS[CARRIED_OVER][TOTAL]: 2021: 2 but 3");
    // one check per column of table 3
    assertThat(run.tail(1))
        .containsExactly("verdict: INCONSISTENT (2 failed of " + Applicant.values().length + " cross-year checks)");
  }

  @Test
  void needsTwoReadableFiles() {
    Run one = Run.of(CheckSeries::run, Run.corpus("2020_pingtan-zrz.txt"));
    Run missing = Run.of(CheckSeries::run, Run.corpus("2020_pingtan-zrz.txt"), "no-such-report.txt");

    assertThat(one.status()).isEqualTo(3);
    assertThat(one.err()).isEqualTo("usage: CheckSeries <report> <report> [report ...]\n");
    assertThat(missing.status()).isEqualTo(3);
    assertThat(missing.err()).isEqualTo("CheckSeries: no-such-report.txt: no such file\n");
  }

  @Test
  void aYearWithoutItsPredecessorIsNotAssessable() {
    Run run = Run.of(CheckSeries::run, Run.corpus("2017_pingtan-scj.txt"), Run.corpus("2020_pingtan-zrz.txt"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).contains("note: the reports name 2 agencies; a series is one agency's reports");
  }
}
