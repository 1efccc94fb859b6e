package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import java.util.List;

/**
 * A consistency rule. The standard rules implement it internally ({@link StandardRule#rule()});
 * users add their own with {@link Rules.Builder#add(Rule)}.
 *
 * <p>A rule returns one {@link Finding} per instance it evaluated (pass, fail or not assessable)
 * and never throws on data. It sets its own {@link #severity()} on its findings; the rule set
 * gives them the user's severity when it is overridden, and does not run the rule when it is
 * disabled.
 *
 * <pre>{@code
 * Rule agencyNamed = new Rule() {
 *   public String id() { return "acme.agency"; }
 *   public Severity severity() { return Severity.INFO; }
 *   public List<Finding> check(Report report, BlankCells blanks) {
 *     return List.of(Finding.builder().ruleId(id()).severity(severity())
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
   * @param blanks what blank cells are read as
   * @return one finding per evaluated instance; empty when the rule does not apply
   */
  List<Finding> check(Report report, BlankCells blanks);

  /**
   * Evaluates the rule on reports of one agency, sorted by year (see
   * {@link Rules#checkSeries(List)}). The default evaluates nothing.
   *
   * @param series the reports, sorted by year
   * @param blanks what blank cells are read as
   * @return one finding per evaluated instance
   */
  default List<Finding> checkSeries(List<Report> series, BlankCells blanks) {
    return List.of();
  }
}
