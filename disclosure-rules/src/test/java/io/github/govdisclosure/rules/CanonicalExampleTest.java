package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Equation;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalExampleTest {
  private final Report weiyuan = Fixtures.weiyuan();
  private final CheckResult result = Rules.standard().check(weiyuan);

  @Test
  void weiyuanIsConsistentWithNoErrorFinding() {
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.getFindings()).noneMatch(f -> f.getSeverity() == Severity.ERROR && f.getStatus() != Status.PASS);
    assertThat(result.failures()).isEmpty();
    assertThat(result.withStatus(Status.NOT_ASSESSABLE)).isEmpty();
    assertThat(result.render(java.util.Locale.ENGLISH)).isEmpty();
  }

  @Test
  void evaluatesEveryTableEquationOnce() {
    for (Arithmetic family : Arithmetic.values()) {
      assertThat(result.byRule(family.id())).extracting(f -> f.getCells().get(0))
          .containsExactlyElementsOf(family.equations(Edition.V2021).stream().map(Equation::defined).toList());
    }
    assertThat(result.byRule("table3.balance")).allMatch(f -> f.getStatus() == Status.PASS);
    assertThat(result.byRule("table3.wrong-cell")).isEmpty();
  }

  @Test
  void checksEveryNumberCellOnce() {
    long numbers = Fixtures.numberCells(weiyuan);
    assertThat(numbers).isEqualTo(Fixtures.layoutCells(Edition.V2021)); // every cell of the example is a number
    assertThat(result.byRule("cell.count")).hasSize((int) numbers).allMatch(f -> f.getStatus() == Status.PASS);
  }

  @Test
  void confirmsTheSixStatedSharesOverNewReceived() {
    List<Finding> shares = result.byRule("narrative.percentage");
    assertThat(shares).hasSize(6).allSatisfy(f -> {
      assertThat(f.getStatus()).isEqualTo(Status.PASS);
      assertThat(f.getDenominator()).contains(Denominator.NEW_RECEIVED);
      assertThat(f.getDenominatorValue()).contains(new BigDecimal(35));
      assertThat(f.getRounding()).contains(java.math.RoundingMode.HALF_UP);
    });
    assertThat(shares.get(0).getQuantity()).contains(io.github.govdisclosure.model.Quantity.DISCLOSED);
    assertThat(shares.get(0).getPhrase()).contains(weiyuan.getStatedFigures().stream()
        .filter(s -> s.getPercent().isPresent()).findFirst().orElseThrow().getPhrase());
    assertThat(shares).extracting(Finding::getActual)
        .containsExactly(java.util.Optional.of(new BigDecimal("48.57")), java.util.Optional.of(new BigDecimal("11.43")),
            java.util.Optional.of(new BigDecimal("8.57")), java.util.Optional.of(new BigDecimal("20")),
            java.util.Optional.of(new BigDecimal("8.57")), java.util.Optional.of(new BigDecimal("2.86")));
    assertThat(shares.get(0).message())
        .isEqualTo("48.57% = 100 × 17 / 35 (DISCLOSED / NEW_RECEIVED), HALF_UP to 2 decimals");
    assertThat(shares.get(0).render())
        .isEqualTo("narrative.percentage pass at APPLICATIONS[DISCLOSED][TOTAL]: 48.57% = 100 × 17 / 35 over NEW_RECEIVED, HALF_UP");
  }

  @Test
  void confirmsTheStatedCountsIncludingGroupTotals() {
    List<Finding> counts = result.byRule("narrative.count");
    assertThat(counts).hasSize(7).allMatch(f -> f.getStatus() == Status.PASS);
    assertThat(counts.get(0).message()).isEqualTo("stated RECEIVED 35 matches NEW_RECEIVED = 35");
    assertThat(counts.get(3).message()).isEqualTo("stated WITHHELD 3 matches Σ WITHHELD_* = 3");
  }

  @Test
  void confirmsTheCompleteBreakdownAndTheFeeStatement() {
    assertThat(result.byRule("narrative.breakdown")).singleElement().satisfies(f -> {
      assertThat(f.getStatus()).isEqualTo(Status.PASS);
      assertThat(f.message()).isEqualTo("689 + 3799 + 2109 + 222 + 80 + 443 + 442 = 7784 = 7784");
    });
    assertThat(result.byRule("narrative.fee")).singleElement().extracting(Finding::getStatus).isEqualTo(Status.PASS);
  }

  @Test
  void balanceMessageShowsTheDerivation() {
    Finding first = result.byRule("table3.balance").get(0);
    assertThat(first.message()).isEqualTo(
        "NEW_RECEIVED + CARRIED_OVER = 35 + 0 = 35, and TOTAL_HANDLED + CARRIED_FORWARD = 34 + 1 = 35");
    assertThat(first.getCells()).first().hasToString("APPLICATIONS[CARRIED_FORWARD][NATURAL_PERSON]");
  }
}
