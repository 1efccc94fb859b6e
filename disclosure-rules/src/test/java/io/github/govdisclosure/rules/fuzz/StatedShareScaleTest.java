package io.github.govdisclosure.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Percentages;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the stated-share scale (found by {@code PercentagesFuzzTest},
 * {@code crash-857026f6…}): a stated percent with an extreme scale made {@code narrative.percentage}
 * write it out in plain digits, and run out of memory.
 */
class StatedShareScaleTest {

  /** The canonical example's table 3 TOTAL column: 35 received, 17 disclosed, 34 handled, 1 carried forward. */
  private static Report reportStating(BigDecimal percent) {
    ApplicationTable table = ApplicationTable.builder(Edition.V2021)
        .put(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, Cell.of(35))
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.TOTAL, Cell.of(0))
        .put(ApplicationRow.DISCLOSED, Applicant.TOTAL, Cell.of(17))
        .put(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL, Cell.of(34))
        .put(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.TOTAL, Cell.of(1))
        .build();
    return new Report.Builder().edition(Edition.V2021).applications(table)
        .addStatedFigures(new StatedFigure.Builder().quantity(Quantity.DISCLOSED).percent(percent)
            .phrase("“予以公开”17件，占总数的…%").section(Section.OVERVIEW).build())
        .build();
  }

  private static Finding recomputed(BigDecimal percent) {
    List<Finding> findings = Percentages.recompute(reportStating(percent));
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  @Test
  void statedShareWithAHugeScaleFailsWithoutWritingItsDigitsOut() {
    Finding finding = recomputed(new BigDecimal(BigInteger.valueOf(4857), Integer.MAX_VALUE));

    assertThat(finding.getStatus()).isEqualTo(Status.FAIL);
    assertThat(finding.render()).contains("4.857E-2147483644").hasSizeLessThan(1_000);
  }

  @Test
  void statedShareWithAHugeExponentFailsWithoutWritingItsDigitsOut() {
    Finding finding = recomputed(new BigDecimal(BigInteger.ONE, -999_999_999));

    assertThat(finding.getStatus()).isEqualTo(Status.FAIL);
    assertThat(finding.render()).contains("1E+999999999").hasSizeLessThan(1_000);
    assertThat(Rules.standard().check(reportStating(new BigDecimal(BigInteger.ONE, -999_999_999)))
        .render(Locale.ENGLISH)).hasSizeLessThan(100_000);
  }

  @Test
  void statedSharesWithManyDecimalsAreStillRecomputedToThem() {
    assertThat(recomputed(new BigDecimal("48.57")).getStatus()).isEqualTo(Status.PASS);
    assertThat(recomputed(new BigDecimal("48.5714285714286")).getStatus()).isEqualTo(Status.PASS);
    assertThat(recomputed(new BigDecimal("48.5714285714287")).getStatus()).isEqualTo(Status.FAIL);
  }
}
