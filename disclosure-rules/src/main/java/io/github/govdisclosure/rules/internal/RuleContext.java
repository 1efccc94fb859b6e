package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.BlankCells;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the rules of one check share: the report (or the series), how blank cells are read, the
 * effective severity of every rule, the validator, and what more than one rule reads, read once
 * (the cells of tables 3 and 4 by slot, the evaluated equations, the constraint violations). Used
 * by one thread, for one check. Not API.
 */
public final class RuleContext {
  private final Report report;
  private final List<Report> series;
  private final BlankCells blanks;
  private final Function<String, Severity> severities;
  private final Validator validator;
  private CellSlots applications;
  private CellSlots reviewLitigation;
  private final Map<List<CompiledEquation>, List<CompiledEquation.Result>> evaluated = new IdentityHashMap<>();
  private ValidationAdapter.Violations violations;

  private RuleContext(Report report, List<Report> series, BlankCells blanks, Function<String, Severity> severities,
      Validator validator) {
    this.report = report;
    this.series = series;
    this.blanks = blanks;
    this.severities = severities;
    this.validator = validator;
  }

  /** A check of one report; {@code validator} {@code null} for the default. */
  static RuleContext of(Report report, BlankCells blanks, Function<String, Severity> severities,
      Validator validator) {
    return new RuleContext(report, null, blanks, severities, validator);
  }

  /** A check of reports of one agency, sorted by year. */
  static RuleContext ofSeries(List<Report> series, BlankCells blanks, Function<String, Severity> severities) {
    return new RuleContext(null, series, blanks, severities, null);
  }

  /** The report checked. */
  Report report() {
    return report;
  }

  /** The reports of one agency, sorted by year, of a check across years. */
  List<Report> series() {
    return series;
  }

  /** How blank cells are read. */
  BlankCells blanks() {
    return blanks;
  }

  /** The severity a rule's findings get: the rule set's override, else the rule's own. */
  Severity severity(String ruleId) {
    return severities.apply(ruleId);
  }

  /** Whether the report has the tables of an edition and this table among them. */
  boolean hasTable(Table table) {
    return report.getEdition().hasTables() && report.table(table).isPresent();
  }

  /** The cells of table 3 or 4 by slot, read at the first call; the table must be present. */
  CellSlots slots(Table table) {
    if (table == Table.APPLICATIONS) {
      if (applications == null) {
        applications = CellSlots.read(report.getApplications().get());
      }
      return applications;
    }
    if (table == Table.REVIEW_LITIGATION) {
      if (reviewLitigation == null) {
        reviewLitigation = CellSlots.read(report.getReviewLitigation().get());
      }
      return reviewLitigation;
    }
    throw new IllegalArgumentException("no slots for " + table);
  }

  /**
   * The cell at a reference, as {@link Report#cell} gives it: a cell of table 3 or 4 from its
   * slots, read once per check, without a lookup by hash each time a rule reads it.
   */
  Cell cell(CellRef ref) {
    if (CellSlots.hasSlots(ref.table()) && hasTable(ref.table())) {
      Cell cell = slots(ref.table()).cells[CellSlots.slot(ref)];
      if (cell != null) {
        return cell;
      }
    }
    return report.cell(ref);
  }

  /**
   * The equations evaluated on the report, each once however many rules read them; their table
   * must be present. The findings have the effective severity of the equations' rules.
   */
  List<CompiledEquation.Result> evaluate(List<CompiledEquation> equations) {
    List<CompiledEquation.Result> results = evaluated.get(equations);
    if (results == null) {
      results = new ArrayList<>(equations.size());
      FindingBuilder finding = null;
      String ruleId = null;
      for (CompiledEquation equation : equations) {
        if (!equation.ruleId.equals(ruleId)) {
          ruleId = equation.ruleId;
          finding = Finding.builder().ruleId(ruleId).severity(severity(ruleId));
        }
        results.add(equation.evaluate(slots(equation.defined.table()), blanks, finding));
      }
      evaluated.put(equations, results);
    }
    return results;
  }

  /** The constraint violations of the report, found at the first call. */
  ValidationAdapter.Violations violations() {
    if (violations == null) {
      violations = ValidationAdapter.violations(validator, this);
    }
    return violations;
  }
}
