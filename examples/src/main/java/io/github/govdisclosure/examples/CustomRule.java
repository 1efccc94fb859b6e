package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.BlankCells;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Rule;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Adds a rule of one's own to the standard catalogue and changes a severity:
 * {@code acme.fee-stated} (a report with more than 1000 applications must state its
 * information-processing fee in section 六), and {@code narrative.count} raised from WARNING to
 * ERROR (a count the text restates must match the table, or the report is inconsistent).
 *
 * <pre>
 * java -cp govdisclosure-examples.jar io.github.govdisclosure.examples.CustomRule [report ...]
 * </pre>
 *
 * <p>With no file, checks the bundled sample. Prints the findings of the two rules (passes too)
 * and the verdict. Exit status as {@link Main}.
 */
public final class CustomRule {
  /** The rule set: the standard catalogue, the fee rule, and {@code narrative.count} as an error. */
  static final Rules RULES = Rules.builder()
      .add(new FeeStated())
      .severity(StandardRule.NARRATIVE_COUNT.id(), Severity.ERROR)
      .build();

  private CustomRule() {}

  /**
   * Checks the reports (the bundled sample with no argument) and exits with the worst status.
   *
   * @param args report files
   */
  public static void main(String[] args) {
    System.exit(run(args, Main.stdout(), Main.stderr()));
  }

  /** Checks the reports; returns the worst exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      ReportInput.Parsed sample = ReportInput.sample();
      return check(Words.BUNDLED_SAMPLE.format(Locale.ENGLISH, sample.source()), sample.result().getReport(), out);
    }
    int worst = Main.CONSISTENT;
    for (String file : args) {
      try {
        ReportInput.Parsed parsed = ReportInput.read(Path.of(file));
        worst = Math.max(worst, check(parsed.source(), parsed.result().getReport(), out));
      } catch (ReportInput.UnreadableException e) {
        err.println("CustomRule: " + e.getMessage());
        worst = Main.UNREADABLE;
      }
    }
    return worst;
  }

  /** Checks one report with {@link #RULES}, prints the two rules' findings and the verdict; returns the exit status. */
  static int check(String source, Report report, PrintStream out) {
    CheckResult check = RULES.check(report);
    out.println(source + ":");
    for (Finding finding : check.getFindings()) {
      if (finding.getRuleId().equals(FeeStated.ID) || finding.getRuleId().equals(StandardRule.NARRATIVE_COUNT.id())) {
        out.println("  " + finding.render());
      }
    }
    out.println(ReportPrinter.verdict(check.getVerdict(), check.failures().size(),
        check.withStatus(Status.NOT_ASSESSABLE).size(), check.withStatus(Status.PASS).size(), check.getFindings().size(),
        Locale.ENGLISH));
    return Main.status(check.getVerdict());
  }

  /**
   * {@code acme.fee-stated}: when {@code NEW_RECEIVED[TOTAL]} is more than 1000, the report must
   * state whether it charged an information-processing fee. One finding per report: pass when the
   * rule is met or does not apply, fail when the statement is missing, not assessable when the
   * count is not a number.
   */
  static final class FeeStated implements Rule {
    static final String ID = "acme.fee-stated";
    private static final CellRef RECEIVED = CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
    private static final BigDecimal THRESHOLD = BigDecimal.valueOf(1000);

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public List<Finding> check(Report report, BlankCells blanks) {
      if (report.getApplications().isEmpty()) {
        return List.of(); // structure.table-missing reports that
      }
      FindingBuilder finding = Finding.builder().ruleId(ID).severity(severity()).addCells(RECEIVED)
          .putArguments("threshold", THRESHOLD.toPlainString());
      Optional<BigDecimal> received = blanks.value(report.cell(RECEIVED));
      if (received.isEmpty()) {
        return List.of(finding.status(Status.NOT_ASSESSABLE)
            .messageKey("not assessable: {cell} is not a number").putArguments("cell", RECEIVED.toString()).build());
      }
      finding.actual(received.get()).putArguments("received", received.get().toPlainString());
      if (received.get().compareTo(THRESHOLD) <= 0) {
        return List.of(finding.status(Status.PASS)
            .messageKey("{received} applications \u2264 {threshold}: no fee statement needed").build());
      }
      if (report.getFeeStatement().isPresent()) {
        return List.of(finding.status(Status.PASS)
            .messageKey("{received} applications > {threshold}, and the fee is stated").build());
      }
      return List.of(finding.status(Status.FAIL)
          .messageKey("{received} applications > {threshold}, but section 六 does not state the fee").build());
    }
  }
}
