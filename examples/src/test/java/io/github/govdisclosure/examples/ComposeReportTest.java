package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.Denominator;
import io.github.govdisclosure.rules.Percentages;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.ShareBreakdown;
import io.github.govdisclosure.rules.Verdict;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.TextFormat;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link ComposeReport}: a report written in code states its shares correctly and checks consistent. */
class ComposeReportTest {

  /** The instances the standard rules check in the composed report. */
  private static int composedChecks() {
    Report draft = ComposeReport.tables();
    ShareBreakdown shares = Percentages.over(Denominator.NEW_RECEIVED).withScale(2)
        .breakdown(draft.getApplications().orElseThrow()).orElseThrow();
    return Checks.of(ComposeReport.withNarrative(draft, shares));
  }

  @Test
  void printsTheTablesTheSentenceAndTheVerdict() {
    Run run = Run.of(ComposeReport::run);

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("威远县人民政府2021年政府信息公开工作年度报告\n")
        .contains("│ 行政规范性文件 │            4 │            0 │          147 │");
    // composed from numbers, sections 二 to 四 hold no narrative: warnings, and still consistent
    assertThat(run.tail(8)).containsExactly(
        "一、总体情况",
        "全年共收到政府信息公开申请35件，其中，“予以公开”17件，占总数的48.57%；“部分公开”4件，占总数的11.43%；"
            + "“不予公开”3件，占总数的8.57%；“无法提供”7件，占总数的20.00%；“不予处理”3件，占总数的8.57%；"
            + "“结转下年度继续办理”1件，占总数的2.86%。",
        "(shares over NEW_RECEIVED = 35, HALF_UP to 2 decimals, adding up to 100.00)",
        "",
        "  structure.section-missing warning at ACTIVE_DISCLOSURE: section 二、主动公开政府信息情况 not found",
        "  structure.section-missing warning at APPLICATIONS: section 三、收到和处理政府信息公开申请情况 not found",
        "  structure.section-missing warning at REVIEW_LITIGATION: section 四、政府信息公开行政复议、行政诉讼情况 not found",
        Checks.line("CONSISTENT", 3, 0, composedChecks()));
  }

  @Test
  void theComposedTablesPrintAsTheCanonicalExampleParses() {
    TextFormat tables = TextFormat.PIPE.builder().printTitle(false).build();

    assertThat(DisclosureText.format(ComposeReport.tables(), tables))
        .isEqualTo(DisclosureText.format(ReportInput.sample().result().getReport(), tables));
  }

  @Test
  void recordsTheFiguresTheSentenceStates() {
    ShareBreakdown shares = Percentages.over(Denominator.NEW_RECEIVED)
        .breakdown(ComposeReport.tables().getApplications().orElseThrow()).orElseThrow();

    Report report = ComposeReport.withNarrative(ComposeReport.tables(), shares);

    assertThat(report.getStatedFigures()).extracting(f -> f.getQuantity().key() + " "
        + f.getPercent().map(BigDecimal::toPlainString).orElse("-"))
        .containsExactly("RECEIVED -", "DISCLOSED 48.57", "PARTIALLY_DISCLOSED 11.43", "WITHHELD 8.57",
            "UNAVAILABLE 20.00", "NOT_PROCESSED 8.57", "CARRIED_FORWARD 2.86");
    assertThat(Rules.standard().check(report).getVerdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void takesNoArguments() {
    Run run = Run.of(ComposeReport::run, "extra");

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("usage: ComposeReport (no arguments)\n");
  }
}
