package io.github.govdisclosure.rules;

/**
 * The overall result of a check.
 *
 * <p>By default the verdict weighs {@link io.github.govdisclosure.model.Severity#ERROR ERROR}
 * findings only (see {@link CheckResult#verdict(io.github.govdisclosure.model.Severity)}):
 * warnings have legitimate exceptions and do not make a report inconsistent.
 */
public enum Verdict {
  /** Every weighed instance passed and the report could be assessed in full. */
  CONSISTENT,
  /** At least one weighed instance failed that shows figures contradicting each other. */
  INCONSISTENT,
  /**
   * No figures contradict each other, but the report could not be assessed in full: a {@code
   * PRE_2019} report, a section, table, row or cell absent ({@code structure.*} failures), or a
   * weighed instance not assessable (a blank, text or missing cell).
   */
  NOT_ASSESSABLE
}
