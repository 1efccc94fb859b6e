package io.github.govdisclosure.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Denominator;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Percentages;
import io.github.govdisclosure.rules.BlankCells;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.Share;
import io.github.govdisclosure.rules.ShareBreakdown;
import io.github.govdisclosure.rules.StandardRule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fuzzes the share arithmetic on tables and reports built from fuzzed numbers: {@link
 * Percentages#share}, {@link Percentages#breakdown} under every option, {@link
 * Percentages#recompute} and the whole standard rule set. Nothing throws; a share is never
 * negative, never above 100 when its count does not exceed the denominator, and the
 * largest-remainder shares of counts that add up to the denominator add up to exactly 100.
 */
class PercentagesFuzzTest {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final RoundingMode[] ROUNDINGS = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
      RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

  @FuzzTest(maxDuration = "30m")
  void recomputesSharesOfFuzzedReportsWithoutThrowing(FuzzedDataProvider data) {
    Edition edition = data.consumeBoolean() ? Edition.V2021 : Edition.V2019;
    boolean balanced = data.consumeBoolean();
    ApplicationTable table = balanced ? balancedTable(data, edition) : arbitraryTable(data, edition);

    long part = data.consumeLong();
    long whole = data.consumeLong();
    if (part >= 0 && whole >= 0) {
      Optional<BigDecimal> share = Percentages.over(Denominator.NEW_RECEIVED).share(part, whole);
      assertThat(share.isEmpty()).isEqualTo(whole == 0);
      share.ifPresent(s -> {
        assertThat(s.signum()).isNotNegative();
        if (part <= whole) {
          assertThat(s).isLessThanOrEqualTo(HUNDRED);
        }
      });
    }

    Percentages percentages = Percentages.over(data.pickValue(Denominator.values()))
        .withScale(data.consumeInt(0, 10))
        .withRounding(data.pickValue(ROUNDINGS))
        .withLargestRemainder(data.consumeBoolean())
        .withBlankCells(data.pickValue(BlankCells.values()));
    Optional<ShareBreakdown> breakdown = percentages.breakdown(table);
    breakdown.ifPresent(PercentagesFuzzTest::assertBreakdown);

    Report report = report(data, edition, table);
    List<Finding> recomputed = Percentages.recompute(report);
    assertThat(recomputed).allSatisfy(f -> {
      assertThat(f.getRuleId()).isEqualTo(StandardRule.NARRATIVE_PERCENTAGE.id());
      assertThat(f.render()).isNotEmpty();
    });
    assertThat(recomputed).hasSize((int) report.getStatedFigures().stream()
        .filter(f -> f.getPercent().isPresent()).count());

    Rules rules = data.consumeBoolean() ? Rules.standard() : Rules.builder().blanksAsZero(true).build();
    CheckResult result = rules.check(report);
    assertThat(result.getVerdict()).isNotNull();
    assertThat(result.render(Locale.ENGLISH)).isNotNull();
    assertThat(result.render(Locale.CHINESE)).isNotNull();
  }

  private static void assertBreakdown(ShareBreakdown b) {
    assertThat(b.getDenominatorValue()).isPositive();
    assertThat(b.getShares()).extracting(Share::getCategory).containsExactlyElementsOf(b.getDenominator().categories());
    long counted = 0;
    for (Share share : b.getShares()) {
      assertThat(share.getCount()).isNotNegative();
      assertThat(share.getPercent().signum()).isNotNegative();
      assertThat(share.getPercent().scale()).isEqualTo(b.getScale());
      if (share.getCount() <= b.getDenominatorValue()) {
        assertThat(share.getPercent()).isLessThanOrEqualTo(HUNDRED);
      }
      counted = counted + share.getCount() < 0 ? Long.MAX_VALUE : counted + share.getCount();
    }
    if (b.isLargestRemainder() && counted == b.getDenominatorValue()) {
      assertThat(b.total()).isEqualByComparingTo(HUNDRED);
    }
  }

  /**
   * A table whose TOTAL column balances: results and carried forward add up to new received plus
   * carried over, and the handled total is the sum of the results.
   */
  private static ApplicationTable balancedTable(FuzzedDataProvider data, Edition edition) {
    ApplicationTable.Builder table = ApplicationTable.builder(edition);
    long bound = data.pickValue(new long[] {10, 1_000, 1_000_000, Long.MAX_VALUE / 64});
    BigInteger handled = BigInteger.ZERO;
    for (ApplicationRow row : ApplicationRow.results(edition)) {
      long count = data.consumeLong(0, bound);
      handled = handled.add(BigInteger.valueOf(count));
      table.put(row, Applicant.TOTAL, Cell.of(count));
    }
    long forward = data.consumeLong(0, bound);
    BigInteger all = handled.add(BigInteger.valueOf(forward));
    long carriedOver = data.consumeLong(0, all.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue());
    table.put(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL, Cell.of(handled.longValue()));
    table.put(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.TOTAL, Cell.of(forward));
    table.put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.TOTAL, Cell.of(carriedOver));
    table.put(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL,
        Cell.of(all.subtract(BigInteger.valueOf(carriedOver)).longValue()));
    return table.build();
  }

  /** Any cells: huge, negative, fractional, blank, text or missing, in any column. */
  private static ApplicationTable arbitraryTable(FuzzedDataProvider data, Edition edition) {
    ApplicationTable.Builder table = ApplicationTable.builder(edition);
    List<ApplicationRow> rows = ApplicationRow.rows(edition);
    int cells = data.consumeInt(0, 60);
    for (int i = 0; i < cells; i++) {
      ApplicationRow row = data.pickValue(rows);
      Applicant column = data.consumeInt(0, 3) == 0 ? data.pickValue(Applicant.values()) : Applicant.TOTAL;
      Cell cell = cell(data);
      if (cell != null) {
        table.put(row, column, cell);
      }
    }
    return table.build();
  }

  private static Cell cell(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 5)) {
      case 0:
        return Cell.blank();
      case 1:
        return Cell.text(data.pickValue(new String[] {"/", "—", "-", "无", ""}));
      case 2:
        return null; // missing: not stored
      case 3:
        return Cell.of(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-20, 20)));
      case 4:
        return Cell.of(data.consumeLong());
      default:
        return Cell.of(data.consumeLong(0, 1_000));
    }
  }

  private static Report report(FuzzedDataProvider data, Edition edition, ApplicationTable table) {
    Report.Builder report = new Report.Builder().edition(edition).applications(table);
    int figures = data.consumeInt(0, 8);
    for (int i = 0; i < figures; i++) {
      StatedFigure.Builder figure = new StatedFigure.Builder()
          .quantity(data.pickValue(Quantity.values()))
          .phrase("占总数的" + i + "%")
          .section(Section.APPLICATIONS);
      if (data.consumeBoolean()) {
        figure.count(data.consumeLong());
      }
      if (data.consumeBoolean()) {
        figure.percent(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt()));
      }
      report.addStatedFigures(figure.build());
    }
    return report.build();
  }
}
