package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link CustomRule}: a user's rule next to the standard ones, and a severity override. */
class CustomRuleTest {

  private static Report received(Cell total, boolean feeStated) {
    Report.Builder report = new Report.Builder().edition(Edition.V2021).year(2023).agency("某市人民政府")
        .applications(ApplicationTable.builder(Edition.V2021)
            .put(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, total).build());
    if (feeStated) {
      report.feeStatement(new FeeStatement.Builder().charged(false).phrase("未收取信息处理费").build());
    }
    return report.build();
  }

  private static Finding feeFinding(Report report) {
    return CustomRule.RULES.check(report).byRule("acme.fee-stated").get(0);
  }

  @Test
  void printsTheTwoRulesFindingsOnTheBundledSample() {
    Run run = Run.of(CustomRule::run);

    assertThat(run.status()).isZero();
    assertThat(run.lines()).containsExactly(
        "2021_weiyuan-county.txt (bundled sample):",
        "  narrative.count pass at APPLICATIONS[NEW_RECEIVED][TOTAL]: 35 = NEW_RECEIVED 35",
        "  narrative.count pass at APPLICATIONS[DISCLOSED][TOTAL]: 17 = DISCLOSED 17",
        "  narrative.count pass at APPLICATIONS[PARTIALLY_DISCLOSED][TOTAL]: 4 = PARTIALLY_DISCLOSED 4",
        "  narrative.count pass at APPLICATIONS[WITHHELD_STATE_SECRET][TOTAL]: 3 = Σ WITHHELD_* 3",
        "  narrative.count pass at APPLICATIONS[UNAVAILABLE_NOT_HELD][TOTAL]: 7 = Σ UNAVAILABLE_* 7",
        "  narrative.count pass at APPLICATIONS[NOT_PROCESSED_COMPLAINT][TOTAL]: 3 = Σ NOT_PROCESSED_* 3",
        "  narrative.count pass at APPLICATIONS[CARRIED_FORWARD][TOTAL]: 1 = CARRIED_FORWARD 1",
        "  acme.fee-stated pass at APPLICATIONS[NEW_RECEIVED][TOTAL]: 35 applications ≤ 1000: no fee statement needed",
        // the standard checks and the one of acme.fee-stated
        Checks.line("CONSISTENT", 0, 0, Checks.sample() + 1));
  }

  @Test
  void aLargeReportWithoutItsFeeFails() {
    Finding finding = feeFinding(received(Cell.of(1200), false));

    assertThat(finding.getStatus()).isEqualTo(Status.FAIL);
    assertThat(finding.render())
        .isEqualTo("acme.fee-stated warning at APPLICATIONS[NEW_RECEIVED][TOTAL]: "
            + "1200 applications > 1000, but section 六 does not state the fee");
  }

  @Test
  void aLargeReportStatingItsFeePasses() {
    assertThat(feeFinding(received(Cell.of(1200), true)).getStatus()).isEqualTo(Status.PASS);
  }

  @Test
  void aBlankCountIsNotAssessable() {
    assertThat(feeFinding(received(Cell.blank(), false)).getStatus()).isEqualTo(Status.NOT_ASSESSABLE);
  }

  @Test
  void theOverriddenSeverityApplies() {
    assertThat(CustomRule.RULES.severity("narrative.count")).isEqualTo(Severity.ERROR);
    assertThat(CustomRule.RULES.severity("acme.fee-stated")).isEqualTo(Severity.WARNING);
  }

  @Test
  void checkPrintsAFailureAndReturnsTheStatus() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status = CustomRule.check("built in code", received(Cell.of(1200), false),
        new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2); // no sections and two tables missing: not assessable
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("  acme.fee-stated warning at "
        + "APPLICATIONS[NEW_RECEIVED][TOTAL]: 1200 applications > 1000, but section 六 does not state the fee");
  }
}
