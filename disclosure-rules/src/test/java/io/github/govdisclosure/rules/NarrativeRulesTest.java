package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StatedBreakdown;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeRulesTest {

  /** 13 received, 12 handled (5, 1, 2, 1 + 2, 1 fee unpaid), 1 forward; natural persons only. */
  private static ApplicationTable table() {
    return Fixtures.zeroTable(Edition.V2021)
        .row(ApplicationRow.NEW_RECEIVED, 13, 0, 0, 0, 0, 0, 13)
        .row(ApplicationRow.DISCLOSED, 5, 0, 0, 0, 0, 0, 5)
        .row(ApplicationRow.PARTIALLY_DISCLOSED, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.WITHHELD_THIRD_PARTY, 2, 0, 0, 0, 0, 0, 2)
        .row(ApplicationRow.UNAVAILABLE_NOT_HELD, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.UNAVAILABLE_NEEDS_CREATION, 2, 0, 0, 0, 0, 0, 2)
        .row(ApplicationRow.OTHER_FEE_UNPAID, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.TOTAL_HANDLED, 12, 0, 0, 0, 0, 0, 12)
        .row(ApplicationRow.CARRIED_TO_NEXT_YEAR, 1, 0, 0, 0, 0, 0, 1)
        .build();
  }

  private static StatedBreakdown breakdown(long total, boolean complete, Long... parts) {
    return new StatedBreakdown.Builder().total(total).parts(List.of(parts)).complete(complete).phrase("共" + total + "条").build();
  }

  @Test
  void narrativeThatContradictsItsTableYieldsTheExpectedFindings() {
    Report report = Fixtures.report(table())
        .addStatedFigures(Fixtures.count(Quantity.RECEIVED, 13, "收到申请13件"))
        .addStatedFigures(Fixtures.figure(Quantity.DISCLOSED, 6, "46.15", "予以公开6件，占46.15%"))
        .addStatedFigures(Fixtures.count(Quantity.UNAVAILABLE, 1, "无法提供1件"))
        .addStatedBreakdowns(breakdown(100, false, 60L, 50L))
        .feeStatement(new FeeStatement.Builder().charged(false).phrase("未收取信息处理费").build())
        .build();
    CheckResult result = Rules.standard().check(report);
    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "narrative.count warning at APPLICATIONS[DISCLOSED][TOTAL]: 6 stated but DISCLOSED = 5",
        "narrative.percentage warning at APPLICATIONS[DISCLOSED][TOTAL]: 46.15% stated but "
            + "100 × 5 / 12 = 41.67 (TOTAL_HANDLED); 100 × 5 / 13 = 38.46 (NEW_RECEIVED); "
            + "100 × 5 / 13 = 38.46 (NEW_RECEIVED + CARRIED_OVER)",
        "narrative.breakdown warning: the parts 60 + 50 = 110 exceed the total 100",
        "narrative.fee info at APPLICATIONS[OTHER_FEE_UNPAID][TOTAL]: no fee charged, but OTHER_FEE_UNPAID = 1");
    assertThat(result.failures().get(0).message())
        .isEqualTo("the text states DISCLOSED 6 (“予以公开6件，占46.15%”), but the table has DISCLOSED = 5");
    assertThat(result.failures().get(0).getExpected()).contains(BigDecimal.valueOf(5));
    assertThat(result.failures().get(0).getActual()).contains(BigDecimal.valueOf(6));
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.verdict(Severity.WARNING)).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void unavailableMayQuoteOnlyTheNotHeldRow() {
    Report report = Fixtures.report(table())
        .addStatedFigures(Fixtures.count(Quantity.UNAVAILABLE, 1, "无法提供1件")).build();
    Finding count = Rules.standard().check(report).byRule("narrative.count").get(0);
    assertThat(count.getStatus()).isEqualTo(Status.PASS);
    assertThat(count.message()).isEqualTo("stated UNAVAILABLE 1 matches UNAVAILABLE_NOT_HELD = 1");
    assertThat(count.getCells()).extracting(Object::toString).containsExactly("APPLICATIONS[UNAVAILABLE_NOT_HELD][TOTAL]");
  }

  @Test
  void countThatMatchesNoReadingFailsListingTheReadingsTried() {
    Report report = Fixtures.report(table())
        .addStatedFigures(Fixtures.count(Quantity.UNAVAILABLE, 4, "无法提供4件")).build();
    Finding count = Rules.standard().check(report).byRule("narrative.count").get(0);
    assertThat(count.getStatus()).isEqualTo(Status.FAIL);
    assertThat(count.message()).isEqualTo("the text states UNAVAILABLE 4 (“无法提供4件”), but the table has "
        + "Σ UNAVAILABLE_* = 3; UNAVAILABLE_NOT_HELD = 1; UNAVAILABLE_NEEDS_CREATION = 2; UNAVAILABLE_STILL_UNCLEAR = 0");
  }

  @Test
  void receivedMayIncludeTheCarriedOver() {
    ApplicationTable table = Fixtures.smallTable()
        .row(ApplicationRow.CARRIED_FROM_LAST_YEAR, 2, 0, 0, 0, 0, 0, 2)
        .row(ApplicationRow.CARRIED_TO_NEXT_YEAR, 3, 0, 0, 0, 0, 0, 3).build();
    Report report = Fixtures.report(table)
        .addStatedFigures(Fixtures.count(Quantity.RECEIVED, 12, "共收到申请12件（含上年结转2件）")).build();
    CheckResult result = Rules.standard().check(report);
    assertThat(result.failures()).isEmpty();
    assertThat(result.byRule("narrative.count").get(0).message())
        .isEqualTo("stated RECEIVED 12 matches NEW_RECEIVED + CARRIED_OVER = 12");
  }

  @Test
  void litigationCountSumsBothGroups() {
    Report report = Fixtures.report(table())
        .reviewLitigation(ReviewLitigationTable.builder(Edition.V2021)
            .group(ReviewGroup.REVIEW, 1, 0, 0, 0, 1)
            .group(ReviewGroup.LITIGATION_DIRECT, 0, 1, 0, 0, 1)
            .group(ReviewGroup.LITIGATION_AFTER_REVIEW, 0, 0, 0, 1, 1).build())
        .addStatedFigures(Fixtures.count(Quantity.REVIEW, 1, "行政复议1件"))
        .addStatedFigures(Fixtures.count(Quantity.LITIGATION, 2, "行政诉讼2件"))
        .addStatedFigures(Fixtures.count(Quantity.REVIEW, 3, "行政复议3件"))
        .build();
    assertThat(Rules.standard().check(report).byRule("narrative.count")).extracting(Finding::getStatus)
        .containsExactly(Status.PASS, Status.PASS, Status.FAIL);
  }

  @Test
  void countWithoutItsTableIsNotAssessable() {
    Report full = Fixtures.report(table()).addStatedFigures(Fixtures.count(Quantity.DISCLOSED, 5, "予以公开5件")).build();
    Report report = new Report.Builder().from(full).applications(java.util.Optional.empty()).build();
    assertThat(Rules.standard().check(report).byRule("narrative.count")).singleElement()
        .satisfies(f -> assertThat(f.getStatus()).isEqualTo(Status.NOT_ASSESSABLE))
        .satisfies(f -> assertThat(f.message()).isEqualTo(
            "not assessable: the text states DISCLOSED (“予以公开5件”) but table APPLICATIONS is absent"));
  }

  @Test
  void truncatedShareIsAcceptedAndTheRoundingNamed() {
    ApplicationTable table = Fixtures.zeroTable(Edition.V2021)
        .row(ApplicationRow.NEW_RECEIVED, 3, 0, 0, 0, 0, 0, 3)
        .row(ApplicationRow.DISCLOSED, 2, 0, 0, 0, 0, 0, 2)
        .row(ApplicationRow.PARTIALLY_DISCLOSED, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.TOTAL_HANDLED, 3, 0, 0, 0, 0, 0, 3).build();
    Report report = Fixtures.report(table)
        .addStatedFigures(Fixtures.figure(Quantity.DISCLOSED, 2, "66.66", "予以公开2件，占66.66%")).build();
    Finding share = Rules.standard().check(report).byRule("narrative.percentage").get(0);
    assertThat(share.getStatus()).isEqualTo(Status.PASS);
    assertThat(share.getDenominator()).contains(Denominator.TOTAL_HANDLED);
    assertThat(share.getRounding()).contains(java.math.RoundingMode.DOWN);
  }

  @Test
  void shareOverZeroIsNotAssessable() {
    Report report = Fixtures.report(Fixtures.zeroTable(Edition.V2021).build())
        .addStatedFigures(Fixtures.figure(Quantity.DISCLOSED, 0, "0", "予以公开0件，占0%")).build();
    Finding share = Rules.standard().check(report).byRule("narrative.percentage").get(0);
    assertThat(share.getStatus()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(share.message()).isEqualTo("not assessable: stated 0% for DISCLOSED, no denominator: "
        + "100 × 0 / 0 (TOTAL_HANDLED); 100 × 0 / 0 (NEW_RECEIVED); 100 × 0 / 0 (NEW_RECEIVED + CARRIED_OVER)");
  }

  @Test
  void breakdownChecksCompleteSplitsAndExamples() {
    Report report = Fixtures.report(table())
        .addStatedBreakdowns(breakdown(100, false, 60L, 30L))
        .addStatedBreakdowns(breakdown(100, true, 60L, 40L))
        .addStatedBreakdowns(breakdown(100, true, 60L, 30L))
        .build();
    List<Finding> breakdowns = Rules.standard().check(report).byRule("narrative.breakdown");
    assertThat(breakdowns).extracting(Finding::getStatus).containsExactly(Status.PASS, Status.PASS, Status.FAIL);
    assertThat(breakdowns.get(2).message())
        .isEqualTo("the parts of a complete split 60 + 30 = 90 do not add up to the total 100");
  }

  @Test
  void feeRuleAppliesOnlyWhenTheTextSaysNoFee() {
    Report charged = Fixtures.report(table())
        .feeStatement(new FeeStatement.Builder().charged(true).phrase("收取信息处理费100元").build()).build();
    assertThat(Rules.standard().check(charged).byRule("narrative.fee")).isEmpty();
    Report noFeeNoUnpaid = Fixtures.report(Fixtures.smallTable().build())
        .feeStatement(new FeeStatement.Builder().charged(false).phrase("未收取信息处理费").build()).build();
    assertThat(Rules.standard().check(noFeeNoUnpaid).byRule("narrative.fee")).singleElement()
        .extracting(Finding::getStatus).isEqualTo(Status.PASS);
  }
}
