package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.internal.LitigationWithinReview;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The test of the test-only rule {@link LitigationWithinReview}: what a new standard rule's test
 * looks like. The rule is added to a rule set, where it runs as the standard rules do (same base
 * class, same engine path, same message bundles, same severity and disable configuration); a
 * shipped rule would be in {@link StandardRule} instead.
 */
class LitigationWithinReviewTest {
  private static final String ID = LitigationWithinReview.ID;
  private final Rules rules = Rules.builder().add(new LitigationWithinReview()).build();

  private static Report report(long review, long afterReview) {
    return Fixtures.report(Fixtures.smallTable().build())
        .reviewLitigation(ReviewLitigationTable.builder(Edition.V2021)
            .group(ReviewGroup.REVIEW, review, 0, 0, 0, review)
            .group(ReviewGroup.LITIGATION_DIRECT, 0, 0, 0, 0, 0)
            .group(ReviewGroup.LITIGATION_AFTER_REVIEW, afterReview, 0, 0, 0, afterReview).build())
        .build();
  }

  @Test
  void litigationAfterReviewWithinReviewPasses() {
    CheckResult result = rules.check(report(5, 3));
    assertThat(result.byRule(ID)).singleElement().satisfies(f -> {
      assertThat(f.render()).isEqualTo(
          "table4.litigation-within-review pass at REVIEW_LITIGATION[LITIGATION_AFTER_REVIEW][TOTAL]: 3 ≤ 5");
      assertThat(f.message()).isEqualTo("LITIGATION_AFTER_REVIEW[TOTAL] = 3 ≤ REVIEW[TOTAL] = 5");
      assertThat(f.getExpected()).contains(BigDecimal.valueOf(3));
    });
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void moreLitigationAfterReviewThanReviewFailsWithTheBoundExpected() {
    CheckResult result = rules.check(report(5, 7));
    Finding finding = result.byRule(ID).get(0);
    assertThat(finding.render()).isEqualTo(
        "table4.litigation-within-review warning at REVIEW_LITIGATION[LITIGATION_AFTER_REVIEW][TOTAL]: 7 is not ≤ 5");
    assertThat(finding.message()).isEqualTo("LITIGATION_AFTER_REVIEW[TOTAL] ≤ REVIEW[TOTAL] does not hold: "
        + "LITIGATION_AFTER_REVIEW[TOTAL] = 7, REVIEW[TOTAL] = 5");
    assertThat(finding.message(Locale.CHINESE)).isEqualTo("LITIGATION_AFTER_REVIEW[TOTAL] ≤ REVIEW[TOTAL] 不成立："
        + "LITIGATION_AFTER_REVIEW[TOTAL] = 7，REVIEW[TOTAL] = 5");
    assertThat(finding.getExpected()).contains(BigDecimal.valueOf(5));
    assertThat(finding.getActual()).contains(BigDecimal.valueOf(7));
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.verdict(Severity.WARNING)).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void blankTotalIsNotAssessableUnlessBlanksReadAsZero() {
    Report blank = new Report.Builder().from(report(5, 0)).reviewLitigation(ReviewLitigationTable.builder(Edition.V2021)
        .from(report(5, 0).getReviewLitigation().get())
        .put(ReviewGroup.REVIEW, Outcome.TOTAL, Cell.blank()).build()).build();
    assertThat(rules.check(blank).byRule(ID)).singleElement().extracting(Finding::render).isEqualTo(
        "table4.litigation-within-review not-assessable at REVIEW_LITIGATION[LITIGATION_AFTER_REVIEW][TOTAL]: "
            + "LITIGATION_AFTER_REVIEW[TOTAL] ≤ REVIEW[TOTAL] needs REVIEW_LITIGATION[REVIEW][TOTAL] (BLANK)");
    assertThat(rules.toBuilder().blanksAsZero(true).build().check(blank).byRule(ID)).singleElement()
        .satisfies(f -> {
          assertThat(f.getStatus()).isEqualTo(Status.PASS);
          assertThat(f.isBlanksReadAsZero()).isTrue();
        });
  }

  @Test
  void severityAndDisablingApplyAsToAStandardRule() {
    Rules error = rules.toBuilder().severity(ID, Severity.ERROR).build();
    assertThat(error.check(report(5, 7)).byRule(ID)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.ERROR);
    assertThat(error.check(report(5, 7)).getVerdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(error.severity(ID)).isEqualTo(Severity.ERROR);
    assertThat(rules.toBuilder().disable(ID).build().check(report(5, 7)).byRule(ID)).isEmpty();
  }

  @Test
  void addingItChangesNoRecordedFindingsDigest() {
    assertThat(FindingsRegressionTest.digests(rules -> rules.toBuilder().add(new LitigationWithinReview()).build()))
        .containsExactlyEntriesOf(FindingsRegressionTest.golden());
  }

  @Test
  void outsideARuleSetTheRuleGivesTheSameFindings() {
    Report report = report(5, 7);
    assertThat(new LitigationWithinReview().check(report, BlankCells.KEEP)).isEqualTo(rules.check(report).byRule(ID));
  }

  @Test
  void isNotAStandardRule() {
    assertThat(StandardRule.byId(ID)).isEmpty();
    assertThat(Rules.standard().check(report(5, 7)).byRule(ID)).isEmpty();
    assertThat(FindingsRegressionTest.RECORDED).doesNotContain(ID);
    assertThat(rules.addedRules()).extracting(Rule::id).isEqualTo(List.of(ID));
  }
}
