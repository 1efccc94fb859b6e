package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.Verdict;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks one agency's reports across consecutive years ({@link Rules#checkSeries(List)}): the
 * applications carried over into a year equal those carried forward out of the year before
 * ({@code cross-year.carry-over}, also across the 2020 → 2021 edition change), and the documents in
 * force follow from those issued and repealed ({@code cross-year.in-force}, V2021).
 *
 * <pre>
 * java -cp govdisclosure-examples.jar io.github.govdisclosure.examples.CheckSeries 2020.txt 2021.txt
 * </pre>
 *
 * <p>Prints every cross-year finding and a verdict that weighs warnings (the cross-year rules are
 * warnings). Exit status as {@link Main}.
 */
public final class CheckSeries {
  private CheckSeries() {}

  /**
   * Runs the check and exits with its status.
   *
   * @param args the report files of one agency, in any order
   */
  public static void main(String[] args) {
    System.exit(run(args, Main.stdout(), Main.stderr()));
  }

  /** Reads the files and checks them as a series; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 2) {
      err.println("usage: CheckSeries <report> <report> [report ...]");
      return Main.UNREADABLE;
    }
    List<Report> reports = new ArrayList<>();
    for (String file : args) {
      try {
        reports.add(ReportInput.read(Path.of(file)).result().getReport());
      } catch (ReportInput.UnreadableException e) {
        err.println("CheckSeries: " + e.getMessage());
        return Main.UNREADABLE;
      }
    }
    return check(reports, out);
  }

  /** Checks reports of one agency as a series, prints the findings and the verdict; returns the exit status. */
  static int check(List<Report> reports, PrintStream out) {
    TreeSet<Integer> years = new TreeSet<>();
    TreeSet<String> agencies = new TreeSet<>();
    for (Report report : reports) {
      report.getYear().ifPresent(years::add);
      report.getAgency().ifPresent(agencies::add);
    }
    out.println("series: " + String.join(" / ", agencies) + ", years " + years);
    if (agencies.size() > 1) {
      out.println("note: the reports name " + agencies.size() + " agencies; a series is one agency's reports");
    }
    CheckResult series = Rules.standard().checkSeries(reports);
    for (Finding finding : series.getFindings()) {
      out.println("  " + finding.render());
    }
    // the cross-year rules are warnings: weigh them, else a broken series would still be CONSISTENT
    Verdict verdict = series.verdict(Severity.WARNING);
    out.println("verdict: " + verdict + " (" + series.failures().size() + " failed of "
        + series.getFindings().size() + " cross-year checks)");
    return Main.status(verdict);
  }
}
