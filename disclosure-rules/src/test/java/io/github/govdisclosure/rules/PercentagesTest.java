package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentagesTest {
  private final ApplicationTable weiyuan = Fixtures.weiyuan().getApplications().get();

  @Test
  void breakdownOfTheCanonicalExampleMatchesItsNarrative() {
    ShareBreakdown shares = Percentages.over(Denominator.NEW_RECEIVED).breakdown(weiyuan).get();
    assertThat(shares.getDenominatorValue()).isEqualTo(35);
    assertThat(shares.getShares()).extracting(Share::getCategory).containsExactly(Quantity.DISCLOSED,
        Quantity.PARTIALLY_DISCLOSED, Quantity.WITHHELD, Quantity.UNAVAILABLE, Quantity.NOT_PROCESSED, Quantity.OTHER,
        Quantity.CARRIED_TO_NEXT_YEAR);
    assertThat(shares.getShares()).extracting(s -> s.getPercent().toPlainString())
        .containsExactly("48.57", "11.43", "8.57", "20.00", "8.57", "0.00", "2.86");
    assertThat(shares.getShares()).extracting(Share::getCount).containsExactly(17L, 4L, 3L, 7L, 3L, 0L, 1L);
    assertThat(shares.total()).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void largestRemainderMakesSharesAddUpToExactly100() {
    // 1/3 each: HALF_UP gives 33.33 × 3 = 99.99; largest remainder gives 33.34 + 33.33 + 33.33
    ApplicationTable thirds = Fixtures.zeroTable(Edition.V2021)
        .row(ApplicationRow.NEW_RECEIVED, 3, 0, 0, 0, 0, 0, 3)
        .row(ApplicationRow.DISCLOSED, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.PARTIALLY_DISCLOSED, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.TOTAL_HANDLED, 2, 0, 0, 0, 0, 0, 2)
        .row(ApplicationRow.CARRIED_TO_NEXT_YEAR, 1, 0, 0, 0, 0, 0, 1).build();
    Percentages over = Percentages.over(Denominator.NEW_RECEIVED_PLUS_CARRIED_FROM_LAST_YEAR);
    assertThat(over.breakdown(thirds).get().total()).isEqualTo(new BigDecimal("99.99"));
    ShareBreakdown adjusted = over.withLargestRemainder(true).breakdown(thirds).get();
    assertThat(adjusted.total()).isEqualTo(new BigDecimal("100.00"));
    assertThat(adjusted.getShares()).extracting(s -> s.getPercent().toPlainString())
        .containsExactly("33.34", "33.33", "0.00", "0.00", "0.00", "0.00", "33.33");
    assertThat(adjusted.isLargestRemainder()).isTrue();
  }

  @Test
  void zeroDenominatorGivesAnEmptyResult() {
    ApplicationTable empty = Fixtures.zeroTable(Edition.V2021).build();
    for (Denominator denominator : Denominator.values()) {
      assertThat(Percentages.over(denominator).breakdown(empty)).isEmpty();
      assertThat(Percentages.over(denominator).withLargestRemainder(true).breakdown(empty)).isEmpty();
    }
    assertThat(Percentages.over(Denominator.TOTAL_HANDLED).share(3, 0)).isEmpty();
  }

  @Test
  void blankCountGivesAnEmptyResultUnlessBlanksReadAsZero() {
    ApplicationTable blank = Fixtures.smallTable()
        .put(ApplicationRow.OTHER_UNSPECIFIED, io.github.govdisclosure.model.Applicant.TOTAL,
            io.github.govdisclosure.model.Cell.blank()).build();
    assertThat(Percentages.over(Denominator.NEW_RECEIVED).breakdown(blank)).isEmpty();
    assertThat(Percentages.over(Denominator.NEW_RECEIVED).withBlankCells(BlankCells.READ_AS_ZERO).breakdown(blank))
        .hasValueSatisfying(b -> assertThat(b.total()).isEqualTo(new BigDecimal("100.00")));
  }

  @Test
  void scaleAndRoundingAreTheCallersChoice() {
    Percentages p = Percentages.over(Denominator.TOTAL_HANDLED);
    assertThat(p.share(2, 3)).contains(new BigDecimal("66.67"));
    assertThat(p.withRounding(RoundingMode.DOWN).share(2, 3)).contains(new BigDecimal("66.66"));
    assertThat(p.withScale(0).share(7, 34)).contains(new BigDecimal("21"));
    assertThat(p.withScale(4).share(1, 35)).contains(new BigDecimal("2.8571"));
    assertThatThrownBy(() -> p.withRounding(RoundingMode.UNNECESSARY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.share(-1, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statedSharesAreRecomputedWithTheCallersDenominatorScaleAndRounding() {
    Report weiyuan = Fixtures.weiyuan();
    long stated = weiyuan.getStatedFigures().stream().filter(f -> f.getPercent().isPresent()).count();

    // as the report computes them: over NEW_RECEIVED (35), 2 decimals, HALF_UP
    assertThat(Percentages.over(Denominator.NEW_RECEIVED).recomputeStated(weiyuan)).hasSize((int) stated)
        .allSatisfy(f -> {
          assertThat(f.getStatus()).isEqualTo(Status.PASS);
          assertThat(f.getDenominator()).contains(Denominator.NEW_RECEIVED);
        });
    // over TOTAL_HANDLED (34) the same shares are wrong, and the findings say over what
    List<Finding> overHandled = Percentages.over(Denominator.TOTAL_HANDLED).recomputeStated(weiyuan);
    assertThat(overHandled).filteredOn(f -> f.getStatus() == Status.FAIL).isNotEmpty()
        .allSatisfy(f -> assertThat(f.getDenominator()).contains(Denominator.TOTAL_HANDLED));
    // at 1 decimal, 48.57 % is not what the caller asks for (48.6 %); 20 % equals 20.0 % in value
    List<Finding> oneDecimal = Percentages.over(Denominator.NEW_RECEIVED).withScale(1).recomputeStated(weiyuan);
    assertThat(oneDecimal).filteredOn(f -> f.getActual().map(a -> a.compareTo(new BigDecimal("48.57")) == 0).orElse(false))
        .singleElement().satisfies(f -> {
          assertThat(f.getStatus()).isEqualTo(Status.FAIL);
          assertThat(f.getExpected()).contains(new BigDecimal("48.6"));
        });
    // the rule's own search finds the same as the first call
    assertThat(Percentages.recompute(weiyuan)).allMatch(f -> f.getStatus() == Status.PASS);
  }

  @Test
  void recomputeUsesTheStandardRulesByDefault() {
    Report weiyuan = Fixtures.weiyuan();
    assertThat(Percentages.recompute(weiyuan))
        .hasSize((int) weiyuan.getStatedFigures().stream().filter(f -> f.getPercent().isPresent()).count())
        .allMatch(f -> f.getStatus() == Status.PASS);
  }
}
