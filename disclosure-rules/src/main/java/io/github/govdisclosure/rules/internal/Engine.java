package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.BlankCells;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Rule;
import io.github.govdisclosure.rules.Status;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the enabled rules of a rule set, in order, and gives their findings the effective severity,
 * in one place: a rule of the catalogue's kind ({@link StandardRuleBase}) makes its findings with
 * it from the {@link RuleContext}; the findings of any other rule are given it afterwards when the
 * rule set overrides it. A disabled rule is not run. Immutable and thread-safe. Not API.
 */
public final class Engine {
  private final List<Rule> rules;
  private final Map<String, Severity> severities;
  private final boolean overridden;
  private final BlankCells blanks;
  private final Validator validator;

  /**
   * An engine.
   *
   * @param rules the enabled rules, in the order their findings are listed
   * @param severities the effective severity of every rule id known to the rule set
   * @param overridden whether any of those differs from its rule's own
   * @param blanks how blank cells are read
   * @param validator the Bean Validation validator; {@code null} for the default
   */
  public Engine(List<Rule> rules, Map<String, Severity> severities, boolean overridden, BlankCells blanks,
      Validator validator) {
    this.rules = List.copyOf(rules);
    this.severities = Map.copyOf(severities);
    this.overridden = overridden;
    this.blanks = blanks;
    this.validator = validator;
  }

  /** Every finding of the enabled rules on a report. */
  public List<Finding> check(Report report) {
    return check(report, rules);
  }

  /**
   * The findings of some rules on a report, each run only if enabled.
   *
   * @param report the report
   * @param which the rules to run, a selection of those of the rule set, in order
   * @return a mutable list, the caller's own
   */
  public List<Finding> check(Report report, List<? extends Rule> which) {
    // the cell passes, the equations (42 in V2021), the structure and narrative findings
    List<Finding> findings = new ArrayList<>(ValidationAdapter.expected(report) + 128);
    RuleContext context = RuleContext.of(report, blanks, this::severity, validator);
    boolean outOfScope = !report.getEdition().hasTables();
    boolean all = which == rules; // every rule enabled: no need to look each one up
    for (Rule rule : which) {
      if (!all && !rules.contains(rule)) {
        continue;
      }
      if (outOfScope && rule instanceof StandardRuleBase && !(rule instanceof EditionOutOfScope)) {
        continue; // edition.out-of-scope says it once: no flood of absences after it
      }
      if (rule instanceof StandardRuleBase) {
        ((StandardRuleBase) rule).check(context, findings);
      } else {
        findings.addAll(withSeverity(rule.check(report, blanks)));
      }
    }
    return withGuesses(report, findings);
  }

  /**
   * The findings of a standard rule configured otherwise than this set's instance of it (the same
   * id, which must be enabled here), e.g. {@code narrative.percentage} over the caller's denominator.
   */
  public List<Finding> checkInstead(Report report, StandardRuleBase rule) {
    List<Finding> findings = new ArrayList<>();
    boolean enabled = false;
    for (Rule own : rules) {
      enabled |= own.id().equals(rule.id());
    }
    if (!enabled || !report.getEdition().hasTables()) {
      return findings;
    }
    rule.check(RuleContext.of(report, blanks, this::severity, validator), findings);
    return withGuesses(report, findings);
  }

  /**
   * The failures that rest on a cell the reader placed by a guess, marked so: such a failure is
   * listed, but the verdict counts it as not assessable (the guess may be what is wrong).
   */
  private static List<Finding> withGuesses(Report report, List<Finding> findings) {
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      if (finding.getStatus() != Status.FAIL || finding.getCells().isEmpty()) {
        continue;
      }
      List<CellRef> guessed = null;
      for (CellRef ref : finding.getCells()) {
        if (report.cell(ref).isGuessed()) {
          if (guessed == null) {
            guessed = new ArrayList<>();
          }
          guessed.add(ref);
        }
      }
      if (guessed != null) {
        findings.set(i, finding.toBuilder().guessedCells(guessed).build());
      }
    }
    return findings;
  }

  /** Every finding of the enabled rules across the years of a series sorted by year. */
  public List<Finding> checkSeries(List<Report> series) {
    List<Finding> findings = new ArrayList<>();
    RuleContext context = RuleContext.ofSeries(List.copyOf(series), blanks, this::severity);
    for (Rule rule : rules) {
      if (rule instanceof StandardRuleBase) {
        ((StandardRuleBase) rule).checkSeries(context, findings);
      } else {
        findings.addAll(withSeverity(rule.checkSeries(List.copyOf(series), blanks)));
      }
    }
    return findings;
  }

  /** Whether a series has two reports of consecutive years. */
  public static boolean hasConsecutiveYears(List<Report> series) {
    return YearPairs.consecutive(series);
  }

  private Severity severity(String ruleId) {
    Severity severity = severities.get(ruleId);
    if (severity == null) {
      throw new IllegalStateException("no rule " + ruleId + " in the rule set");
    }
    return severity;
  }

  /** A rule's own findings with the rule set's severity overrides, also of nested findings. */
  private List<Finding> withSeverity(List<Finding> findings) {
    if (!overridden) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      out.add(withSeverity(finding));
    }
    return out;
  }

  private Finding withSeverity(Finding finding) {
    Severity severity = severities.getOrDefault(finding.getRuleId(), finding.getSeverity());
    if (severity == finding.getSeverity() && finding.getExplains().isEmpty()) {
      return finding;
    }
    List<Finding> explains = new ArrayList<>();
    finding.getExplains().forEach(f -> explains.add(withSeverity(f)));
    return finding.toBuilder().severity(severity).explains(explains).build();
  }
}
