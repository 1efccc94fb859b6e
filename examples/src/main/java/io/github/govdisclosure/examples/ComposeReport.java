package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Denominator;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Percentages;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.Share;
import io.github.govdisclosure.rules.ShareBreakdown;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.TextFormat;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Composes a report in code, as a report writer would: fills the three tables with the model's
 * builders, recomputes the shares of table 3 ({@link Percentages}), writes the narrative sentence
 * that states them ({@code 全年共收到政府信息公开申请35件，其中，“予以公开”17件，占总数的48.57%；…}), prints
 * the standard tables and the sentence, and checks the report before it is published.
 *
 * <pre>
 * java -cp govdisclosure-examples.jar io.github.govdisclosure.examples.ComposeReport
 * </pre>
 *
 * <p>The figures are those of the canonical example (威远县人民政府, 2021). Exit status as {@link Main}.
 */
public final class ComposeReport {
  /** How section 一 names each category of table 3. */
  private static final Map<Quantity, String> NAMES = Map.of(
      Quantity.DISCLOSED, "予以公开", Quantity.PARTIALLY_DISCLOSED, "部分公开", Quantity.WITHHELD, "不予公开",
      Quantity.UNAVAILABLE, "无法提供", Quantity.NOT_PROCESSED, "不予处理", Quantity.OTHER, "其他处理",
      Quantity.CARRIED_TO_NEXT_YEAR, "结转下年度继续办理");

  private ComposeReport() {}

  /**
   * Composes, prints and checks the report, and exits with the check's status.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.exit(run(args, Main.stdout(), Main.stderr()));
  }

  /** Composes, prints and checks the report; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0) {
      err.println("usage: ComposeReport (no arguments)");
      return Main.UNREADABLE;
    }
    Report draft = tables();
    ShareBreakdown shares = Percentages.over(Denominator.NEW_RECEIVED).withScale(2)
        .breakdown(draft.getApplications().orElseThrow())
        .orElseThrow(() -> new IllegalStateException("the draft's table 3 has no shares"));
    Report report = withNarrative(draft, shares);

    out.print(DisclosureText.format(report, TextFormat.PLAIN));
    out.println();
    out.println(Section.OVERVIEW.heading());
    out.println(report.getSections().get(Section.OVERVIEW));
    out.println("(shares over " + shares.getDenominator().label() + " = " + shares.getDenominatorValue() + ", "
        + shares.getRounding() + " to " + shares.getScale() + " decimals, adding up to " + shares.total() + ")");
    out.println();

    CheckResult check = Rules.standard().check(report);
    for (Finding finding : check.getFindings()) {
      if (finding.getStatus() != Status.PASS) {
        out.println("  " + finding.render());
      }
    }
    out.println(ReportPrinter.verdict(check.getVerdict(), check.failures().size(),
        check.withStatus(Status.NOT_ASSESSABLE).size(), check.withStatus(Status.PASS).size(), check.getFindings().size(),
        Locale.ENGLISH));
    return Main.status(check.getVerdict());
  }

  /** The report with its three tables and six sections, before the shares are written. */
  static Report tables() {
    // columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
    Map<ApplicationRow, long[]> counts = Map.ofEntries(
        Map.entry(ApplicationRow.NEW_RECEIVED, new long[] {35, 0, 0, 0, 0, 0, 35}),
        Map.entry(ApplicationRow.DISCLOSED, new long[] {17, 0, 0, 0, 0, 0, 17}),
        Map.entry(ApplicationRow.PARTIALLY_DISCLOSED, new long[] {4, 0, 0, 0, 0, 0, 4}),
        Map.entry(ApplicationRow.WITHHELD_STATE_SECRET, new long[] {1, 0, 0, 0, 0, 0, 1}),
        Map.entry(ApplicationRow.WITHHELD_THIRD_PARTY, new long[] {2, 0, 0, 0, 0, 0, 2}),
        Map.entry(ApplicationRow.UNAVAILABLE_NOT_HELD, new long[] {6, 0, 0, 0, 0, 0, 6}),
        Map.entry(ApplicationRow.UNAVAILABLE_NEEDS_CREATION, new long[] {1, 0, 0, 0, 0, 0, 1}),
        Map.entry(ApplicationRow.NOT_PROCESSED_COMPLAINT, new long[] {2, 0, 0, 0, 0, 0, 2}),
        Map.entry(ApplicationRow.NOT_PROCESSED_DUPLICATE, new long[] {1, 0, 0, 0, 0, 0, 1}),
        Map.entry(ApplicationRow.TOTAL_HANDLED, new long[] {34, 0, 0, 0, 0, 0, 34}),
        Map.entry(ApplicationRow.CARRIED_TO_NEXT_YEAR, new long[] {1, 0, 0, 0, 0, 0, 1}));
    ApplicationTable.Builder applications = ApplicationTable.builder(Edition.V2021);
    for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
      // a row with nothing to report is written 0, not left blank: blank is not zero
      applications.row(row, counts.getOrDefault(row, new long[7]));
    }
    ActiveDisclosureTable active = ActiveDisclosureTable.builder(Edition.V2021)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.ISSUED, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.REPEALED, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.IN_FORCE, 0)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED, 4)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED, 0)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE, 147)
        .put(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, 27098)
        .put(DisclosureRow.PENALTY, DisclosureColumn.DECISIONS, 2212)
        .put(DisclosureRow.COERCION, DisclosureColumn.DECISIONS, 353)
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.AMOUNT, Cell.of(new BigDecimal("4221.6528")))
        .build();
    ReviewLitigationTable review = ReviewLitigationTable.builder(Edition.V2021)
        .group(ReviewGroup.REVIEW, 0, 0, 0, 0, 0)
        .group(ReviewGroup.LITIGATION_DIRECT, 0, 0, 0, 0, 0)
        .group(ReviewGroup.LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0)
        .build();
    return new Report.Builder()
        .edition(Edition.V2021)
        .year(2021)
        .agency("威远县人民政府")
        .title("威远县人民政府2021年政府信息公开工作年度报告")
        .putSections(Section.PROBLEMS, "政府信息公开工作仍存在不足，将进一步加强。")
        .putSections(Section.OTHER_MATTERS, "本年度未收取政府信息公开信息处理费。")
        .feeStatement(new FeeStatement.Builder().charged(false).phrase("未收取政府信息公开信息处理费").build())
        .activeDisclosure(active)
        .applications(applications.build())
        .reviewLitigation(review)
        .build();
  }

  /**
   * The report with section 一 written from the shares, and the figures it states recorded as the
   * parser would record them (so that {@code narrative.count} and {@code narrative.percentage}
   * check them). Categories with no application are not mentioned.
   */
  static Report withNarrative(Report draft, ShareBreakdown shares) {
    long received = shares.getDenominatorValue();
    List<String> parts = new ArrayList<>();
    List<StatedFigure> figures = new ArrayList<>();
    figures.add(new StatedFigure.Builder().quantity(Quantity.RECEIVED).count(received)
        .phrase("全年共收到政府信息公开申请" + received + "件").section(Section.OVERVIEW).build());
    for (Share share : shares.getShares()) {
      if (share.getCount() == 0) {
        continue;
      }
      String part = "“" + NAMES.get(share.getCategory()) + "”" + share.getCount() + "件，占总数的"
          + share.getPercent().toPlainString() + "%";
      parts.add(part);
      figures.add(new StatedFigure.Builder().quantity(share.getCategory()).count(share.getCount())
          .percent(share.getPercent()).phrase(part).section(Section.OVERVIEW).build());
    }
    String sentence = "全年共收到政府信息公开申请" + received + "件，其中，" + String.join("；", parts) + "。";
    return new Report.Builder().from(draft)
        .putSections(Section.OVERVIEW, sentence)
        .addAllStatedFigures(figures)
        .build();
  }
}
