package io.github.govdisclosure.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.rules.Denominator;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Percentages;
import io.github.govdisclosure.rules.Share;
import io.github.govdisclosure.rules.ShareBreakdown;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.testkit.ReportOptions;
import io.github.govdisclosure.testkit.Reports;
import io.github.govdisclosure.testkit.TestkitGens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property 6: share recomputation ({@link Percentages}) on the table 3 of consistent reports.
 *
 * <p>Each example draws a report (values up to 100 or up to 10^9), a {@link Denominator}, a scale
 * of 0 to 4 decimals and a rounding mode.
 */
class PercentagesPropertyTest {

  private static final int EXAMPLES = 400;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final List<ReportOptions> OPTIONS = List.of(
      ReportOptions.defaults(),
      new ReportOptions.Builder().maxValue(5).build(),
      new ReportOptions.Builder().largeValues(true).build());

  private static final List<RoundingMode> ROUNDINGS = List.of(RoundingMode.HALF_UP, RoundingMode.DOWN,
      RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_DOWN);

  /** A report, a denominator, a scale and a rounding. */
  private static final class Case {
    final Report report;
    final Denominator denominator;
    final int scale;
    final RoundingMode rounding;

    Case(Report report, Denominator denominator, int scale, RoundingMode rounding) {
      this.report = report;
      this.denominator = denominator;
      this.scale = scale;
      this.rounding = rounding;
    }

    ApplicationTable table() {
      return report.getApplications().orElseThrow();
    }

    Percentages percentages() {
      return Percentages.over(denominator).withScale(scale).withRounding(rounding);
    }

    @Override
    public String toString() {
      return report.getEdition() + " " + report.getAgency().orElse("") + " over " + denominator + " scale " + scale
          + " " + rounding;
    }
  }

  private static Gen<Case> cases(List<RoundingMode> roundings) {
    return TestkitGens.seeds().map(seed -> {
      SplittableRandom rng = new SplittableRandom(seed);
      Report report = Reports.consistent(rng, OPTIONS.get(rng.nextInt(OPTIONS.size())));
      Denominator denominator = Denominator.values()[rng.nextInt(Denominator.values().length)];
      return new Case(report, denominator, rng.nextInt(5), roundings.get(rng.nextInt(roundings.size())));
    });
  }

  /**
   * Every share is ≥ 0, and ≤ 100 whenever its count is at most the denominator; over
   * {@code NEW_RECEIVED + CARRIED_OVER} of a balanced table that is every share. (Over
   * {@code TOTAL_HANDLED} or {@code NEW_RECEIVED} a share may exceed 100: CARRIED_FORWARD is not
   * part of TOTAL_HANDLED, and applications carried over may be handled beyond those received.)
   */
  @Test
  void sharesAreBetweenZeroAndHundred() {
    AtomicLong checked = new AtomicLong();
    PropertyRuns.theory(EXAMPLES)
        .forAll(cases(ROUNDINGS), Generate.booleans())
        .assuming((c, largestRemainder) -> c.percentages().breakdown(c.table()).isPresent())
        .checkAssert((c, largestRemainder) -> {
          ShareBreakdown breakdown = c.percentages().withLargestRemainder(largestRemainder).breakdown(c.table())
              .orElseThrow();
          for (Share share : breakdown.getShares()) {
            assertThat(share.getPercent()).as(c + " " + share).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(share.getPercent().scale()).isEqualTo(c.scale);
            if (share.getCount() <= breakdown.getDenominatorValue()) {
              assertThat(share.getPercent()).as(c + " " + share).isLessThanOrEqualTo(HUNDRED);
            }
            if (c.denominator == Denominator.NEW_RECEIVED_PLUS_CARRIED_FROM_LAST_YEAR) {
              assertThat(share.getCount()).isLessThanOrEqualTo(breakdown.getDenominatorValue());
            }
          }
          checked.incrementAndGet();
        });
    PropertyRuns.record("sharesAreBetweenZeroAndHundred", checked.get());
  }

  /**
   * Precondition: the denominator is nonzero and the seven categories cover it (their counts add
   * up to it): always so for {@code NEW_RECEIVED + CARRIED_OVER} of a balanced table, and for
   * {@code TOTAL_HANDLED} when nothing is carried forward. Then the largest-remainder shares add up
   * to exactly 100, at the requested scale.
   */
  @Test
  void largestRemainderSharesAddUpToExactlyHundred() {
    AtomicLong checked = new AtomicLong();
    PropertyRuns.theory(EXAMPLES)
        .forAll(cases(ROUNDINGS))
        .assuming(c -> c.percentages().breakdown(c.table()).filter(PercentagesPropertyTest::covers).isPresent())
        .checkAssert(c -> {
          ShareBreakdown breakdown = c.percentages().withLargestRemainder(true).breakdown(c.table()).orElseThrow();
          assertThat(breakdown.total()).as(c.toString()).isEqualByComparingTo(HUNDRED);
          assertThat(breakdown.total().scale()).isEqualTo(c.scale);
          checked.incrementAndGet();
        });
    PropertyRuns.record("largestRemainderSharesAddUpToExactlyHundred", checked.get());
  }

  private static boolean covers(ShareBreakdown breakdown) {
    return breakdown.getShares().stream().mapToLong(Share::getCount).sum() == breakdown.getDenominatorValue();
  }

  /**
   * Recomputing is idempotent: restating every share as the value {@code narrative.percentage}
   * expects ({@link #restate}) and recomputing changes nothing more, so {@code restate(restate(r))}
   * equals {@code restate(r)}; every restated share passes; and the breakdown of the same table is
   * the same each time.
   */
  @Test
  void recomputingIsIdempotent() {
    AtomicLong checked = new AtomicLong();
    PropertyRuns.theory(EXAMPLES)
        .forAll(cases(ROUNDINGS), Generate.range(-3, 3))
        .checkAssert((c, nudge) -> {
          // the stated shares, some nudged off by a few units of the last decimal
          Report stated = restated(c.report, figure -> figure.getPercent()
              .map(p -> p.add(BigDecimal.valueOf(nudge, p.scale())).max(BigDecimal.ZERO)));
          Report once = restate(stated);
          Report twice = restate(once);
          assertThat(twice).as(c.toString()).isEqualTo(once);
          assertThat(Percentages.recompute(once)).allMatch(f -> f.getStatus() == Status.PASS);
          assertThat(Percentages.recompute(twice)).isEqualTo(Percentages.recompute(once));
          assertThat(c.percentages().breakdown(c.table())).isEqualTo(c.percentages().breakdown(c.table()));
          checked.incrementAndGet();
        });
    PropertyRuns.record("recomputingIsIdempotent", checked.get());
  }

  /**
   * A share stated as the breakdown computes it with {@code HALF_UP} or {@code DOWN}, at any scale
   * and over any denominator, is accepted by {@code narrative.percentage}.
   */
  @Test
  void halfUpOrDownSharesAreAlwaysAccepted() {
    AtomicLong checked = new AtomicLong();
    PropertyRuns.theory(EXAMPLES)
        .forAll(cases(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN)))
        .assuming(c -> c.percentages().breakdown(c.table()).isPresent())
        .checkAssert(c -> {
          ShareBreakdown breakdown = c.percentages().breakdown(c.table()).orElseThrow();
          Report report = restated(c.report, figure -> breakdown.getShares().stream()
              .filter(s -> s.getCategory() == figure.getQuantity()).map(Share::getPercent).findFirst());
          List<Finding> findings = Percentages.recompute(report);
          assertThat(findings).as(c.toString()).hasSize(7)
              .allMatch(f -> f.getStatus() == Status.PASS);
          checked.incrementAndGet();
        });
    PropertyRuns.record("halfUpOrDownSharesAreAlwaysAccepted", checked.get());
  }

  /** The report with each stated share replaced by the value {@code narrative.percentage} expects. */
  static Report restate(Report report) {
    List<Finding> findings = Percentages.recompute(report);
    List<StatedFigure> figures = new ArrayList<>();
    int k = 0;
    for (StatedFigure figure : report.getStatedFigures()) {
      if (figure.getPercent().isPresent()) {
        Optional<BigDecimal> expected = findings.get(k++).getExpected();
        figures.add(expected.isEmpty() ? figure : new StatedFigure.Builder().from(figure).percent(expected.get()).build());
      } else {
        figures.add(figure);
      }
    }
    return new Report.Builder().from(report).statedFigures(figures).build();
  }

  /** The report with the share of each figure for which the function gives one set to it. */
  static Report restated(Report report, Function<StatedFigure, Optional<BigDecimal>> share) {
    List<StatedFigure> figures = new ArrayList<>();
    for (StatedFigure figure : report.getStatedFigures()) {
      Optional<BigDecimal> percent = share.apply(figure);
      figures.add(percent.isPresent() ? new StatedFigure.Builder().from(figure).percent(percent.get()).build() : figure);
    }
    return new Report.Builder().from(report).statedFigures(figures).build();
  }
}
