package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Severity;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PingtanZrzTest {
  private final CheckResult result = Rules.standard().check(Fixtures.zrz());

  @Test
  void yieldsExactlyTheTwoPublishedInconsistencies() {
    assertThat(result.getVerdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "table3.results-total error at APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]: "
            + "0 but 0 + 0 + 0 + 1 + 0 + 0 = 1",
        "table3.results-total error at APPLICATIONS[TOTAL_HANDLED][TOTAL]: 9 but 2 + 4 + 0 + 2 + 0 + 2 = 10");
    assertThat(result.withStatus(Status.NOT_ASSESSABLE)).isEmpty();
  }

  @Test
  void findingsCarryExpectedAndActual() {
    Finding total = result.failures().get(1);
    assertThat(total.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(total.getExpected()).contains(new BigDecimal("10"));
    assertThat(total.getActual()).contains(new BigDecimal("9"));
    assertThat(total.message()).isEqualTo("TOTAL_HANDLED = 9, but DISCLOSED + PARTIALLY_DISCLOSED + Σ WITHHELD_* "
        + "+ Σ UNAVAILABLE_* + Σ NOT_PROCESSED_* + OTHER_HANDLING = 2 + 4 + 0 + 2 + 0 + 2 = 10");
  }

  @Test
  void twoFailingColumnsAreNotOneWrongCell() {
    // the row UNAVAILABLE_NOT_HELD adds up (1 + 1 = 2): no single cell explains both columns
    assertThat(result.byRule("table3.wrong-cell")).isEmpty();
    assertThat(result.byRule("table3.applicant-total")).allMatch(f -> f.getStatus() == Status.PASS);
  }

  @Test
  void completeBreakdownOfSectionTwoHolds() {
    assertThat(result.byRule("narrative.breakdown")).singleElement()
        .satisfies(f -> assertThat(f.getStatus()).isEqualTo(Status.PASS))
        .satisfies(f -> assertThat(f.getActual()).isEqualTo(Optional.of(BigDecimal.valueOf(225))));
  }
}
