package io.github.govdisclosure.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.rules.Verdict;
import io.github.govdisclosure.testkit.Perturbation;
import io.github.govdisclosure.testkit.Perturbations;
import io.github.govdisclosure.testkit.ReportOptions;
import io.github.govdisclosure.testkit.Reports;
import io.github.govdisclosure.testkit.TestkitGens;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Properties 3 and 4: the rules accept every consistent report, and locate a single wrong cell of
 * table 3 at the cell with the original value as the repair.
 */
class RulesPropertyTest {

  private static final int EXAMPLES = 300;

  /**
   * Consistent reports: every equation holds by construction, and the narrative states the
   * generator's figures (received, each result group, carried forward with HALF_UP shares over
   * NEW_RECEIVED[TOTAL], review and litigation counts). Blank and text cells are left out: they
   * make instances not assessable, which is a different verdict.
   */
  private static final List<ReportOptions> CONSISTENT = List.of(
      ReportOptions.defaults(),
      new ReportOptions.Builder().annotations(true).build(),
      new ReportOptions.Builder().largeValues(true).build(),
      new ReportOptions.Builder().zeroDenominators(true).build(),
      new ReportOptions.Builder().maxValue(3).build());

  @Test
  void consistentReportsAreConsistentWithNoFailure() {
    AtomicLong checked = new AtomicLong();
    PropertyRuns.theory(EXAMPLES)
        .forAll(Examples.options(CONSISTENT), TestkitGens.seeds())
        .checkAssert((options, seed) -> {
          Report report = Reports.consistent(new SplittableRandom(seed), options);
          assertThat(report.getStatedFigures()).isNotEmpty();
          CheckResult result = Rules.standard().check(report);
          assertThat(result.failures()).as(result.render(Locale.ENGLISH)).isEmpty();
          assertThat(result.getVerdict()).as(result.render(Locale.ENGLISH)).isEqualTo(Verdict.CONSISTENT);
          // every stated figure was checked and passed, shares included
          long stated = report.getStatedFigures().stream().filter(f -> f.getCount().isPresent()).count();
          assertThat(result.byRule(StandardRule.NARRATIVE_COUNT.id())).hasSize((int) stated)
              .allMatch(f -> f.getStatus() == Status.PASS);
          long shares = report.getStatedFigures().stream().map(StatedFigure::getPercent)
              .filter(p -> p.isPresent()).count();
          assertThat(result.byRule(StandardRule.NARRATIVE_PERCENTAGE.id())).hasSize((int) shares)
              .allMatch(f -> f.getStatus() == Status.PASS);
          checked.incrementAndGet();
        });
    PropertyRuns.record("consistentReportsAreConsistentWithNoFailure", checked.get());
  }

  /**
   * One changed cell of table 3 is reported once, as {@code table3.wrong-cell} at that cell, with
   * the printed (perturbed) value as actual and the original value as the repair; the failures it
   * explains are not reported again, and no other ERROR fails. Interior cells and totals alike.
   */
  @Test
  void perturbedCellIsReportedAsTheWrongCellWithTheOriginalAsRepair() {
    AtomicLong interior = new AtomicLong();
    AtomicLong totals = new AtomicLong();
    PropertyRuns.theory(EXAMPLES)
        .forAll(Examples.options(CONSISTENT), TestkitGens.seeds())
        .checkAssert((options, seed) -> {
          SplittableRandom rng = new SplittableRandom(seed);
          Perturbation p = Perturbations.perturb(Reports.consistent(rng, options), rng);
          CheckResult result = Rules.standard().check(p.getReport());
          String rendered = p.getCell() + " " + p.getOriginalValue() + " → " + p.getPerturbedValue() + "\n"
              + result.render(Locale.ENGLISH);
          List<Finding> wrong = result.byRule(StandardRule.TABLE3_WRONG_CELL.id());
          assertThat(wrong).as(rendered).hasSize(1);
          Finding finding = wrong.get(0);
          assertThat(finding.getStatus()).isEqualTo(Status.FAIL);
          assertThat(finding.getCells().get(0)).as(rendered).isEqualTo(p.getCell());
          assertThat(finding.getActual()).hasValue(BigDecimal.valueOf(p.getPerturbedValue()));
          assertThat(finding.getExpected().map(BigDecimal::longValueExact)).hasValue(p.getOriginalValue());
          assertThat(finding.getExplains()).hasSizeGreaterThanOrEqualTo(2);
          assertThat(result.failures()).as(rendered)
              .filteredOn(f -> f.getSeverity() == Severity.ERROR)
              .containsExactly(finding);
          assertThat(result.getVerdict()).isEqualTo(Verdict.INCONSISTENT);
          (p.isTotalCell() ? totals : interior).incrementAndGet();
        });
    assertThat(interior.get()).as("interior cells perturbed").isPositive();
    assertThat(totals.get()).as("total cells perturbed").isPositive();
    PropertyRuns.record("perturbedCellIsReportedAsTheWrongCellWithTheOriginalAsRepair (interior "
        + interior.get() + ", totals " + totals.get() + ")", interior.get() + totals.get());
  }
}
