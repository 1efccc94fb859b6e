package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import java.util.List;

/**
 * A consistency rule. The standard rules implement it internally; users add their own with
 * {@link Rules.Builder#add(Rule)}.
 *
 * <p>A rule returns one {@link Finding} per instance it evaluated (pass, fail or not assessable)
 * and never throws on data. It sets its own {@link #severity()} on its findings; the rule set
 * replaces it when the user overrides the severity, and drops the findings when the rule is
 * disabled.
 *
 * <pre>{@code
 * Rule agencyNamed = new Rule() {
 *   public String id() { return "acme.agency"; }
 *   public Severity severity() { return Severity.INFO; }
 *   public List<Finding> check(Report report, Reading reading) {
 *     return List.of(new Finding.Builder().ruleId(id()).severity(severity())
 *         .status(report.getAgency().isPresent() ? Status.PASS : Status.FAIL)
 *         .messageKey("agency named: {agency}")
 *         .putArguments("agency", report.getAgency().orElse("?")).build());
 *   }
 * };
 * }</pre>
 */
public interface Rule {

  /** The stable id of the rule, e.g. {@code acme.agency}; must not clash with a standard id. */
  String id();

  /** The default severity of the rule's findings. */
  Severity severity();

  /**
   * Evaluates the rule on one report.
   *
   * @param report the report
   * @param reading how to read blank cells
   * @return one finding per evaluated instance; empty when the rule does not apply
   */
  List<Finding> check(Report report, Reading reading);

  /**
   * Evaluates the rule on reports of one agency, sorted by year (see
   * {@link Rules#checkSeries(List)}). The default evaluates nothing.
   *
   * @param series the reports, sorted by year
   * @param reading how to read blank cells
   * @return one finding per evaluated instance
   */
  default List<Finding> checkSeries(List<Report> series, Reading reading) {
    return List.of();
  }
}
