package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableArithmeticTest {

  private static List<Finding> failures(Report report, String ruleId) {
    CheckResult result = Rules.standard().check(report);
    return result.byRule(ruleId).stream().filter(f -> f.getStatus() == Status.FAIL).toList();
  }

  @Test
  void consistentTablePassesEveryEquation() {
    CheckResult result = Rules.standard().check(Fixtures.report(Fixtures.smallTable().build()).build());
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.failures()).isEmpty();
  }

  @Test
  void balanceFailsWhenCarriedForwardDoesNotBalanceTheColumn() {
    // CARRIED_FORWARD[NATURAL_PERSON] and its row total both off by one: the balance of both columns
    // fails and the applicant total holds, so no single wrong cell explains it
    Report report = Fixtures.report(Fixtures.smallTable()
        .row(ApplicationRow.NEW_RECEIVED, 35, 0, 0, 0, 0, 0, 35)
        .row(ApplicationRow.DISCLOSED, 31, 1, 0, 0, 0, 0, 32)
        .row(ApplicationRow.WITHHELD_THIRD_PARTY, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.TOTAL_HANDLED, 34, 0, 0, 0, 0, 0, 34)
        .row(ApplicationRow.CARRIED_TO_NEXT_YEAR, 2, 0, 0, 0, 0, 0, 2)
        .row(ApplicationRow.NEW_RECEIVED, 35, 0, 0, 0, 0, 0, 35)
        .row(ApplicationRow.DISCLOSED, 27, 0, 0, 0, 0, 0, 27)
        .row(ApplicationRow.PARTIALLY_DISCLOSED, 5, 0, 0, 0, 0, 0, 5)
        .row(ApplicationRow.WITHHELD_THIRD_PARTY, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.UNAVAILABLE_NOT_HELD, 1, 0, 0, 0, 0, 0, 1)
        .build()).build();
    List<Finding> balance = failures(report, "table3.balance");
    assertThat(balance).extracting(Finding::render).containsExactly(
        "table3.balance error at APPLICATIONS[CARRIED_FORWARD][NATURAL_PERSON]: 35 + 0 = 35 but 34 + 2 = 36",
        "table3.balance error at APPLICATIONS[CARRIED_FORWARD][TOTAL]: 35 + 0 = 35 but 34 + 2 = 36");
    Finding first = balance.get(0);
    assertThat(first.message()).isEqualTo(
        "NEW_RECEIVED + CARRIED_OVER = 35 + 0 = 35, but TOTAL_HANDLED + CARRIED_FORWARD = 34 + 2 = 36");
    assertThat(first.getExpected()).contains(BigDecimal.ONE);
    assertThat(first.getActual()).contains(BigDecimal.valueOf(2));
    assertThat(first.getCells()).extracting(Object::toString).containsExactly(
        "APPLICATIONS[CARRIED_FORWARD][NATURAL_PERSON]", "APPLICATIONS[NEW_RECEIVED][NATURAL_PERSON]",
        "APPLICATIONS[CARRIED_OVER][NATURAL_PERSON]", "APPLICATIONS[TOTAL_HANDLED][NATURAL_PERSON]");
    assertThat(Rules.standard().check(report).byRule("table3.wrong-cell")).isEmpty();
  }

  @Test
  void resultsTotalFailsWhenResultsExceedTotalHandled() {
    Report report = Fixtures.report(Fixtures.smallTable()
        .row(ApplicationRow.OTHER_UNSPECIFIED, 0, 0, 0, 0, 0, 1, 1).build()).build();
    assertThat(failures(report, "table3.results-total")).extracting(Finding::render).containsExactly(
        "table3.results-total error at APPLICATIONS[TOTAL_HANDLED][OTHER_ORGANIZATION]: 0 but 0 + 0 + 0 + 0 + 0 + 1 = 1",
        "table3.results-total error at APPLICATIONS[TOTAL_HANDLED][TOTAL]: 9 but 5 + 1 + 2 + 1 + 0 + 1 = 10");
  }

  @Test
  void applicantTotalFailsWhenARowDoesNotAddUp() {
    // the same difference in both total cells of DISCLOSED's row and TOTAL_HANDLED's row cancels out
    // in the TOTAL column, so the row sums fail without a wrong cell
    Report report = Fixtures.report(Fixtures.smallTable()
        .row(ApplicationRow.DISCLOSED, 4, 1, 0, 0, 0, 0, 6)
        .row(ApplicationRow.TOTAL_HANDLED, 7, 2, 0, 0, 0, 0, 10)
        .row(ApplicationRow.NEW_RECEIVED, 8, 2, 0, 0, 0, 0, 11)
        .build()).build();
    assertThat(failures(report, "table3.applicant-total")).extracting(Finding::render).containsExactly(
        "table3.applicant-total error at APPLICATIONS[NEW_RECEIVED][TOTAL]: 11 but 8 + 2 + 0 + 0 + 0 + 0 = 10",
        "table3.applicant-total error at APPLICATIONS[DISCLOSED][TOTAL]: 6 but 4 + 1 + 0 + 0 + 0 + 0 = 5",
        "table3.applicant-total error at APPLICATIONS[TOTAL_HANDLED][TOTAL]: 10 but 7 + 2 + 0 + 0 + 0 + 0 = 9");
  }

  @Test
  void table4TotalChecksEachGroupAndNothingBetweenGroups() {
    Report ok = Fixtures.report(Fixtures.smallTable().build())
        .reviewLitigation(ReviewLitigationTable.builder(Edition.V2021)
            .group(ReviewGroup.REVIEW, 1, 1, 0, 1, 3)
            .group(ReviewGroup.LITIGATION_DIRECT, 0, 0, 0, 0, 0)
            .group(ReviewGroup.LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0).build())
        .build();
    assertThat(failures(ok, "table4.total")).isEmpty();
    Report wrong = Fixtures.report(Fixtures.smallTable().build())
        .reviewLitigation(ReviewLitigationTable.builder(Edition.V2021)
            .group(ReviewGroup.REVIEW, 1, 1, 0, 1, 3)
            .group(ReviewGroup.LITIGATION_DIRECT, 2, 0, 0, 0, 1)
            .group(ReviewGroup.LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0).build())
        .build();
    assertThat(failures(wrong, "table4.total")).extracting(Finding::render).containsExactly(
        "table4.total error at REVIEW_LITIGATION[LITIGATION_DIRECT][TOTAL]: 1 but 2 + 0 + 0 + 0 = 2");
  }

  @Test
  void blankOperandMakesBalanceNotAssessable() {
    Report report = Fixtures.report(Fixtures.smallTable()
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.COMMERCIAL_ENTERPRISE, Cell.blank())
        .build()).build();
    CheckResult result = Rules.standard().check(report);
    Finding balance = result.byRule("table3.balance").get(1);
    assertThat(balance.getStatus()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(balance.getExpected()).isEmpty();
    assertThat(balance.render()).isEqualTo("table3.balance not-assessable at APPLICATIONS[CARRIED_FORWARD][COMMERCIAL_ENTERPRISE]: "
        + "NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD needs "
        + "APPLICATIONS[CARRIED_OVER][COMMERCIAL_ENTERPRISE] (BLANK)");
    assertThat(result.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
  }

  @Test
  void textAndMissingOperandsAreNotAssessableNeverZero() {
    Report report = Fixtures.report(Fixtures.smallTable()
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.COMMERCIAL_ENTERPRISE, Cell.text("/"))
        .build()).build();
    assertThat(Rules.standard().check(report).byRule("table3.balance").get(1).message())
        .isEqualTo("not assessable: NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD needs "
            + "APPLICATIONS[CARRIED_OVER][COMMERCIAL_ENTERPRISE] (TEXT “/”)");
    assertThat(Rules.builder().blanksAsZero(true).build().check(report).byRule("table3.balance").get(1).getStatus())
        .isEqualTo(Status.NOT_ASSESSABLE);
  }

  @Test
  void blanksAsZeroAssessesAndSaysSo() {
    Report report = Fixtures.report(Fixtures.smallTable()
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.COMMERCIAL_ENTERPRISE, Cell.blank())
        .build()).build();
    CheckResult result = Rules.builder().blanksAsZero(true).build().check(report);
    Finding balance = result.byRule("table3.balance").get(1);
    assertThat(balance.getStatus()).isEqualTo(Status.PASS);
    assertThat(balance.isBlanksReadAsZero()).isTrue();
    assertThat(balance.message()).endsWith("(blank cells read as zero)");
    assertThat(result.byRule("table3.balance").get(0).isBlanksReadAsZero()).isFalse();
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void missingCellIsNotAssessableAndRowMissing() {
    io.github.govdisclosure.model.ApplicationTable full = Fixtures.smallTable().build();
    io.github.govdisclosure.model.ApplicationTable.Builder partial = io.github.govdisclosure.model.ApplicationTable
        .builder(Edition.V2021);
    full.getCells().forEach((ref, cell) -> {
      if (!(ref.row() == ApplicationRow.CARRIED_TO_NEXT_YEAR && ref.column() == Applicant.TOTAL)) {
        partial.putCells(ref, cell);
      }
    });
    CheckResult result = Rules.standard().check(Fixtures.report(partial.build()).build());
    assertThat(result.byRule("table3.balance").get(6).getStatus()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "structure.row-missing error at APPLICATIONS[CARRIED_FORWARD][TOTAL]: 1 of 7 cells of APPLICATIONS[CARRIED_FORWARD] not found");
    assertThat(result.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
  }

  @Test
  void aContradictionOutweighsAnAbsence() {
    io.github.govdisclosure.model.ApplicationTable full = Fixtures.smallTable().build();
    io.github.govdisclosure.model.ApplicationTable.Builder broken = io.github.govdisclosure.model.ApplicationTable
        .builder(Edition.V2021);
    full.getCells().forEach((ref, cell) -> {
      if (ref.row() == ApplicationRow.CARRIED_TO_NEXT_YEAR && ref.column() == Applicant.TOTAL) {
        return;
      }
      broken.putCells(ref, ref.row() == ApplicationRow.NEW_RECEIVED && ref.column() == Applicant.TOTAL
          ? io.github.govdisclosure.model.Cell.of(cell.asLong().getAsLong() + 5) : cell);
    });
    CheckResult result = Rules.standard().check(Fixtures.report(broken.build()).build());
    assertThat(result.failures()).extracting(Finding::getRuleId).contains("structure.row-missing");
    assertThat(result.getVerdict()).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void v2019TablesSumOverOtherHandling() {
    Report report = Fixtures.report(Fixtures.zeroTable(Edition.V2019)
        .row(ApplicationRow.NEW_RECEIVED, 3, 0, 0, 0, 0, 0, 3)
        .row(ApplicationRow.OTHER_HANDLING, 3, 0, 0, 0, 0, 0, 3)
        .row(ApplicationRow.TOTAL_HANDLED, 3, 0, 0, 0, 0, 0, 3)
        .build()).build();
    CheckResult result = Rules.standard().check(report);
    assertThat(result.byRule("table3.applicant-total"))
        .hasSize(Arithmetic.TABLE3_APPLICANT_TOTAL.equations(Edition.V2019).size());
    assertThat(result.failures()).isEmpty();
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void reviewGroupsHaveNoLinkBetweenThem() {
    Report report = Fixtures.report(Fixtures.smallTable().build())
        .reviewLitigation(ReviewLitigationTable.builder(Edition.V2021)
            .group(ReviewGroup.REVIEW, 0, 0, 0, 0, 0)
            .group(ReviewGroup.LITIGATION_DIRECT, 0, 0, 0, 0, 0)
            .group(ReviewGroup.LITIGATION_AFTER_REVIEW, 2, 0, 0, 0, 2).build())
        .build();
    assertThat(Rules.standard().check(report).failures()).isEmpty();
    assertThat(CellRefs.first(Rules.standard().check(report).byRule("table4.total").get(2)))
        .isEqualTo(io.github.govdisclosure.model.CellRef.of(ReviewGroup.LITIGATION_AFTER_REVIEW, Outcome.TOTAL));
  }

  /** Small helper for readability. */
  static final class CellRefs {
    static io.github.govdisclosure.model.CellRef first(Finding finding) {
      return finding.getCells().get(0);
    }
  }
}
