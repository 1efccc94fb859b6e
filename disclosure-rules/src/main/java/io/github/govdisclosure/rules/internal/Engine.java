package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Reading;
import io.github.govdisclosure.rules.Rule;
import io.github.govdisclosure.rules.StandardRule;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Runs the standard rules; the rule set applies overrides afterwards. Not API. */
public final class Engine {
  private static final StandardRule[] RULES = StandardRule.values();
  /** The implementations, stateless and shared; absent for the three the engine runs itself. */
  private static final Map<StandardRule, Rule> IMPLEMENTATIONS = implementations();

  private Engine() {}

  private static Map<StandardRule, Rule> implementations() {
    Map<StandardRule, Rule> implementations = new EnumMap<>(StandardRule.class);
    for (StandardRule rule : RULES) {
      Rule implementation = implementation(rule);
      if (implementation != null) {
        implementations.put(rule, implementation);
      }
    }
    return Collections.unmodifiableMap(implementations);
  }

  /** The implementation of a standard rule; {@code null} for the three the engine runs itself. */
  private static Rule implementation(StandardRule rule) {
    switch (rule) {
      case TABLE3_BALANCE:
      case TABLE3_RESULTS_TOTAL:
      case TABLE3_APPLICANT_TOTAL:
        return new EquationRule(rule, Table.APPLICATIONS);
      case TABLE4_TOTAL:
        return new EquationRule(rule, Table.REVIEW_LITIGATION);
      case STRUCTURE_SECTION_MISSING:
      case STRUCTURE_TABLE_MISSING:
      case STRUCTURE_ROW_MISSING:
      case STRUCTURE_ROW_UNKNOWN:
      case EDITION_YEAR_MISMATCH:
        return new StructureRule(rule);
      case NARRATIVE_COUNT:
      case NARRATIVE_PERCENTAGE:
      case NARRATIVE_BREAKDOWN:
      case NARRATIVE_FEE:
        return new NarrativeRule(rule);
      case CROSS_YEAR_CARRY_OVER:
      case CROSS_YEAR_IN_FORCE:
        return new CrossYearRule(rule);
      default:
        return null;
    }
  }

  /**
   * Every standard finding of a report: Bean Validation ({@code cell.count},
   * {@code validation.constraint}), then the rules in catalogue order, with the wrong cells of
   * table 3 replacing the failures they explain. Findings of disabled rules are not computed, but
   * the wrong-cell location looks at all three table 3 equations regardless.
   *
   * <p>The cells of tables 3 and 4 are read once; the table 3 equations are evaluated once and
   * their evaluations handed to the wrong-cell location, which looks no further when none fails.
   *
   * @return a mutable list, the caller's own
   */
  public static List<Finding> check(Report report, Reading reading, Validator validator, Predicate<String> enabled,
      Maker maker) {
    boolean validate = enabled.test(StandardRule.CELL_COUNT.id())
        || enabled.test(StandardRule.VALIDATION_CONSTRAINT.id());
    // the cell passes, the equations (42 in V2021), the structure and narrative findings
    List<Finding> findings = new ArrayList<>((validate ? ValidationAdapter.expected(report) : 0) + 128);
    boolean tables = report.getEdition().hasTables();
    Layout.Slots applications = tables && report.getApplications().isPresent()
        ? Layout.read(report.getApplications().get()) : null;
    Layout.Slots reviewLitigation = tables && report.getReviewLitigation().isPresent()
        ? Layout.read(report.getReviewLitigation().get()) : null;
    if (validate) {
      ValidationAdapter.validate(validator, report, maker, findings, applications, reviewLitigation);
    }
    List<Equation.Evaluation> table3 = new ArrayList<>(64);
    int table3Rules = 0;
    for (StandardRule rule : RULES) {
      Rule implementation = IMPLEMENTATIONS.get(rule);
      if (implementation == null || !enabled.test(rule.id())) {
        continue;
      }
      if (implementation instanceof EquationRule) {
        EquationRule equations = (EquationRule) implementation;
        Layout.Slots cells = equations.table() == Table.APPLICATIONS ? applications : reviewLitigation;
        if (cells == null) {
          continue;
        }
        List<Equation.Evaluation> evaluations = equations.evaluate(report, cells, reading, maker);
        if (equations.table() == Table.APPLICATIONS) {
          table3.addAll(evaluations);
          table3Rules++;
        }
        for (Equation.Evaluation evaluation : evaluations) {
          findings.add(evaluation.finding);
        }
      } else if (implementation instanceof NarrativeRule) {
        ((NarrativeRule) implementation).check(report, reading, maker, findings);
      } else {
        findings.addAll(implementation.check(report, reading));
      }
    }
    if (enabled.test(StandardRule.TABLE3_WRONG_CELL.id()) && applications != null) {
      if (table3Rules < 3) {
        table3 = WrongCellLocator.evaluate(report, applications, reading, maker);
      }
      findings = WrongCellLocator.absorb(findings, WrongCellLocator.locate(table3));
    }
    return findings;
  }

  /** The findings of one standard rule on a report. */
  public static List<Finding> checkOne(StandardRule rule, Report report, Reading reading) {
    return IMPLEMENTATIONS.get(rule).check(report, reading);
  }

  /** Every standard finding across the years of a series sorted by year. */
  public static List<Finding> checkSeries(List<Report> series, Reading reading, Predicate<String> enabled) {
    List<Finding> findings = new ArrayList<>();
    for (StandardRule rule : RULES) {
      Rule implementation = IMPLEMENTATIONS.get(rule);
      if (implementation != null && enabled.test(rule.id())) {
        findings.addAll(implementation.checkSeries(series, reading));
      }
    }
    return findings;
  }

  /** Whether a series has two reports of consecutive years. */
  public static boolean hasConsecutiveYears(List<Report> series) {
    List<Integer> years = new ArrayList<>(CrossYearRule.byYear(series).keySet());
    for (Integer year : years) {
      if (years.contains(year - 1)) {
        return true;
      }
    }
    return false;
  }
}
