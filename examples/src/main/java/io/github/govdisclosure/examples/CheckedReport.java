package io.github.govdisclosure.examples;

import io.github.govdisclosure.json.JsonDocument;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.rules.Verdict;
import io.github.govdisclosure.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One report read and checked, as the programs show it: where it came from, what the reader made
 * of it, the findings ({@link FindingView}) and the verdict. With {@link FindingView}, the one place
 * that reads the rules' results.
 */
final class CheckedReport {
  private final ReportInput.Parsed input;
  private final CheckResult check;
  private final List<FindingView> findings;
  /**
   * How many findings of each status and severity are not accepted, counted as the views are made:
   * an audit asks for these of every report, and a report has hundreds of findings.
   */
  private final int[][] unaccepted = new int[Status.values().length][Severity.values().length];

  private CheckedReport(ReportInput.Parsed input, CheckResult check) {
    this.input = input;
    this.check = check;
    List<FindingView> views = new ArrayList<>(check.getFindings().size());
    for (Finding finding : check.getFindings()) {
      FindingView view = new FindingView(finding, check.acceptance(finding));
      views.add(view);
      if (!view.accepted()) {
        unaccepted[finding.getStatus().ordinal()][finding.getSeverity().ordinal()]++;
      }
    }
    this.findings = List.copyOf(views);
  }

  /** Checks a parsed report with the rules. */
  static CheckedReport check(ReportInput.Parsed input, Rules rules) {
    return new CheckedReport(input, rules.check(input.result().getReport()));
  }

  /** The file as given (or the sample's name). */
  String source() {
    return input.source();
  }

  /** The source as shown to a reader: the bundled sample says so. */
  String shownSource(Locale locale) {
    return input.bundled() ? Words.BUNDLED_SAMPLE.format(locale, input.source()) : input.source();
  }

  Report report() {
    return input.result().getReport();
  }

  /** The charset the bytes were decoded with. */
  String charset() {
    return input.result().getCharset();
  }

  /** The format the file was read as ({@code text}, {@code html}, …). */
  String format() {
    return input.result().getFormat();
  }

  /** What the reader noticed, in source order. */
  List<Diagnostic> diagnostics() {
    return input.result().getDiagnostics();
  }

  /** The diagnostics listed: warnings and errors, and infos too when asked. */
  List<Diagnostic> listedDiagnostics(boolean infos) {
    List<Diagnostic> listed = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics()) {
      if (infos || diagnostic.getSeverity() != Severity.INFO) {
        listed.add(diagnostic);
      }
    }
    return listed;
  }

  /** Every finding, in rule order. */
  List<FindingView> findings() {
    return findings;
  }

  /** The findings listed: those failed or not assessable (every one with {@code all}), at least this severe. */
  List<FindingView> listed(boolean all, Severity least) {
    List<FindingView> listed = new ArrayList<>();
    for (FindingView finding : findings) {
      if ((all || finding.status() != Status.PASS) && finding.isAtLeast(least)) {
        listed.add(finding);
      }
    }
    return listed;
  }

  /** The first finding that failed, else the first not assessable, at least this severe. */
  Optional<FindingView> first(Severity least) {
    Optional<FindingView> unassessable = Optional.empty();
    for (FindingView finding : findings) {
      if (!finding.isAtLeast(least)) {
        continue;
      }
      if (finding.status() == Status.FAIL && !finding.accepted()) {
        return Optional.of(finding);
      }
      if (finding.status() == Status.NOT_ASSESSABLE && unassessable.isEmpty()) {
        unassessable = Optional.of(finding);
      }
    }
    return unassessable;
  }

  /** The stated shares ({@code narrative.percentage}), in the text's order. */
  List<FindingView.Share> shares() {
    List<FindingView.Share> shares = new ArrayList<>();
    for (FindingView finding : findings) {
      if (finding.ruleId().equals(StandardRule.NARRATIVE_PERCENTAGE.id())) {
        shares.add(finding.share());
      }
    }
    return shares;
  }

  Verdict verdict() {
    return check.getVerdict();
  }

  /** The exit status the report contributes: 0 consistent, 1 inconsistent, 2 not assessable. */
  int status() {
    return Main.status(verdict());
  }

  /** How many findings have this status; a failure a review decision accepts is not counted as failed. */
  int count(Status status) {
    int n = 0;
    for (int bySeverity : unaccepted[status.ordinal()]) {
      n += bySeverity;
    }
    return n;
  }

  /** How many failed findings a review decision of the baseline accepts. */
  int accepted() {
    return check.accepted().size();
  }

  /** The failed findings, accepted ones included: what {@code --write-baseline} writes. */
  List<FindingView> failedOrAccepted() {
    List<FindingView> failed = new ArrayList<>();
    for (FindingView finding : findings) {
      if (finding.status() == Status.FAIL) {
        failed.add(finding);
      }
    }
    return failed;
  }

  /** How many findings of this severity failed, accepted ones left out. */
  int failed(Severity severity) {
    return unaccepted[Status.FAIL.ordinal()][severity.ordinal()];
  }

  /** The JSON document of {@code docs/json.md}: report, diagnostics, the listed findings, verdict. */
  JsonDocument json(Locale locale, boolean all, Severity least) {
    JsonDocument.Builder document = new JsonDocument.Builder().report(report()).diagnostics(diagnostics());
    for (FindingView finding : listed(all, least)) {
      document.addFindings(finding.json(locale));
    }
    return document.acceptances(check.getAcceptances()).verdict(verdict().name()).build();
  }
}
