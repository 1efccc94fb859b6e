package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Edition;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentagesPropertiesTest {
  private static final long SEED = 20211231L;

  /** A balanced table whose seven categories are the counts, natural persons only. */
  private static ApplicationTable table(List<Integer> c) {
    long handled = c.get(0) + c.get(1) + c.get(2) + c.get(3) + c.get(4) + c.get(5);
    long forward = c.get(6);
    return Fixtures.zeroTable(Edition.V2021)
        .row(ApplicationRow.NEW_RECEIVED, handled + forward, 0, 0, 0, 0, 0, handled + forward)
        .row(ApplicationRow.DISCLOSED, c.get(0), 0, 0, 0, 0, 0, c.get(0))
        .row(ApplicationRow.PARTIALLY_DISCLOSED, c.get(1), 0, 0, 0, 0, 0, c.get(1))
        .row(ApplicationRow.WITHHELD_THIRD_PARTY, c.get(2), 0, 0, 0, 0, 0, c.get(2))
        .row(ApplicationRow.UNAVAILABLE_NOT_HELD, c.get(3), 0, 0, 0, 0, 0, c.get(3))
        .row(ApplicationRow.NOT_PROCESSED_DUPLICATE, c.get(4), 0, 0, 0, 0, 0, c.get(4))
        .row(ApplicationRow.OTHER_UNSPECIFIED, c.get(5), 0, 0, 0, 0, 0, c.get(5))
        .row(ApplicationRow.TOTAL_HANDLED, handled, 0, 0, 0, 0, 0, handled)
        .row(ApplicationRow.CARRIED_TO_NEXT_YEAR, forward, 0, 0, 0, 0, 0, forward)
        .build();
  }

  @Test
  void largestRemainderSharesAddUpToExactly100WhenThePartsMakeTheWhole() {
    qt().withFixedSeed(SEED)
        .forAll(lists().of(integers().between(0, 1000)).ofSize(7), integers().between(0, 4))
        .assuming((counts, scale) -> counts.stream().mapToInt(Integer::intValue).sum() > 0)
        .checkAssert((counts, scale) -> {
          ShareBreakdown shares = Percentages.over(Denominator.NEW_RECEIVED).withScale(scale)
              .withLargestRemainder(true).breakdown(table(counts)).get();
          assertThat(shares.total()).isEqualByComparingTo(BigDecimal.valueOf(100));
          assertThat(shares.total().scale()).isEqualTo(scale);
        });
  }

  @Test
  void largestRemainderSharesOfTheHandledAddUpToExactly100() {
    qt().withFixedSeed(SEED)
        .forAll(lists().of(integers().between(0, 1000)).ofSize(7), integers().between(0, 4))
        .assuming((counts, scale) -> counts.subList(0, 6).stream().mapToInt(Integer::intValue).sum() > 0)
        .checkAssert((counts, scale) -> {
          ShareBreakdown shares = Percentages.over(Denominator.TOTAL_HANDLED).withScale(scale)
              .withLargestRemainder(true).breakdown(table(counts)).get();
          assertThat(shares.getShares()).extracting(Share::getCategory)
              .containsExactlyElementsOf(Denominator.TOTAL_HANDLED.categories())
              .doesNotContain(io.github.govdisclosure.model.Quantity.CARRIED_TO_NEXT_YEAR);
          assertThat(shares.total()).isEqualByComparingTo(BigDecimal.valueOf(100));
          assertThat(shares.total().scale()).isEqualTo(scale);
        });
  }

  @Test
  void everyShareIsWithinOneUnitOfTheExactValue() {
    qt().withFixedSeed(SEED)
        .forAll(lists().of(integers().between(0, 1000)).ofSize(7), integers().between(0, 4))
        .assuming((counts, scale) -> counts.stream().mapToInt(Integer::intValue).sum() > 0)
        .checkAssert((counts, scale) -> {
          ShareBreakdown rounded = Percentages.over(Denominator.NEW_RECEIVED).withScale(scale).breakdown(table(counts)).get();
          ShareBreakdown adjusted = Percentages.over(Denominator.NEW_RECEIVED).withScale(scale)
              .withLargestRemainder(true).breakdown(table(counts)).get();
          BigDecimal whole = BigDecimal.valueOf(rounded.getDenominatorValue());
          BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
          for (int i = 0; i < 7; i++) {
            BigDecimal exactTimesWhole = BigDecimal.valueOf(100L * counts.get(i));
            // |share − exact| ≤ unit / 2 for HALF_UP, < unit for largest remainder (compared times the whole)
            BigDecimal halfUpError = rounded.getShares().get(i).getPercent().multiply(whole).subtract(exactTimesWhole).abs();
            assertThat(halfUpError).isLessThanOrEqualTo(unit.multiply(whole).divide(BigDecimal.valueOf(2)));
            BigDecimal adjustedError = adjusted.getShares().get(i).getPercent().multiply(whole).subtract(exactTimesWhole).abs();
            assertThat(adjustedError).isLessThan(unit.multiply(whole));
          }
        });
  }
}
