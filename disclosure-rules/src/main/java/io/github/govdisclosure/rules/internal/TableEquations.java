package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.rules.StandardRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The equation instances of tables 3 and 4, per rule, in reading order: built once per edition,
 * immutable and shared. Not API.
 */
final class TableEquations {
  private static final Map<Edition, TableEquations> BY_EDITION = byEdition();

  private final List<Equation> balance;
  private final List<Equation> resultsTotal;
  private final List<Equation> applicantTotal;
  private final List<Equation> table4Total;
  private final List<Equation> table3;

  private TableEquations(Edition edition) {
    this.balance = balance();
    this.resultsTotal = resultsTotal(edition);
    this.applicantTotal = applicantTotal(edition);
    this.table4Total = table4Total();
    List<Equation> all = new ArrayList<>(balance);
    all.addAll(resultsTotal);
    all.addAll(applicantTotal);
    this.table3 = List.copyOf(all);
  }

  private static Map<Edition, TableEquations> byEdition() {
    Map<Edition, TableEquations> equations = new EnumMap<>(Edition.class);
    for (Edition edition : Edition.values()) {
      if (edition.hasTables()) {
        equations.put(edition, new TableEquations(edition));
      }
    }
    return equations;
  }

  private static TableEquations get(Edition edition) {
    TableEquations equations = BY_EDITION.get(edition);
    if (equations == null) {
      throw new IllegalArgumentException(edition + " has no standard tables");
    }
    return equations;
  }

  static List<Equation> of(StandardRule rule, Edition edition) {
    switch (rule) {
      case TABLE3_BALANCE:
        return get(edition).balance;
      case TABLE3_RESULTS_TOTAL:
        return get(edition).resultsTotal;
      case TABLE3_APPLICANT_TOTAL:
        return get(edition).applicantTotal;
      case TABLE4_TOTAL:
        return get(edition).table4Total;
      default:
        throw new IllegalArgumentException(rule + " has no table equations");
    }
  }

  /** All equations of table 3, the three families. */
  static List<Equation> table3(Edition edition) {
    return get(edition).table3;
  }

  /** {@code NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD}, per column. */
  private static List<Equation> balance() {
    List<Equation> equations = new ArrayList<>();
    for (Applicant column : Applicant.values()) {
      equations.add(new Equation(StandardRule.TABLE3_BALANCE,
          CellRef.of(ApplicationRow.CARRIED_TO_NEXT_YEAR, column),
          List.of(row(ApplicationRow.NEW_RECEIVED, column), row(ApplicationRow.CARRIED_FROM_LAST_YEAR, column)),
          List.of(row(ApplicationRow.TOTAL_HANDLED, column), row(ApplicationRow.CARRIED_TO_NEXT_YEAR, column))));
    }
    return List.copyOf(equations);
  }

  /** {@code TOTAL_HANDLED = DISCLOSED + PARTIALLY_DISCLOSED + Σ groups}, per column. */
  private static List<Equation> resultsTotal(Edition edition) {
    List<Equation> equations = new ArrayList<>();
    for (Applicant column : Applicant.values()) {
      List<Term> results = new ArrayList<>();
      results.add(row(ApplicationRow.DISCLOSED, column));
      results.add(row(ApplicationRow.PARTIALLY_DISCLOSED, column));
      for (ApplicationGroup group : ApplicationGroup.values()) {
        List<ApplicationRow> rows = group.rows(edition);
        if (rows.size() == 1) {
          results.add(row(rows.get(0), column));
        } else {
          List<CellRef> cells = new ArrayList<>();
          for (ApplicationRow r : rows) {
            cells.add(CellRef.of(r, column));
          }
          results.add(new Term("Σ " + group.name() + "_*", cells));
        }
      }
      equations.add(new Equation(StandardRule.TABLE3_RESULTS_TOTAL,
          CellRef.of(ApplicationRow.TOTAL_HANDLED, column),
          List.of(row(ApplicationRow.TOTAL_HANDLED, column)), results));
    }
    return List.copyOf(equations);
  }

  /** {@code TOTAL = the six applicant columns}, per data row. */
  private static List<Equation> applicantTotal(Edition edition) {
    List<Equation> equations = new ArrayList<>();
    for (ApplicationRow r : ApplicationRow.rows(edition)) {
      List<Term> parts = new ArrayList<>();
      for (Applicant column : Applicant.parts()) {
        parts.add(Term.of(column.name(), CellRef.of(r, column)));
      }
      CellRef total = CellRef.of(r, Applicant.TOTAL);
      equations.add(new Equation(StandardRule.TABLE3_APPLICANT_TOTAL, total,
          List.of(Term.of("TOTAL", total)), parts));
    }
    return List.copyOf(equations);
  }

  /** {@code TOTAL = UPHELD + CORRECTED + OTHER + PENDING}, per group of table 4. */
  private static List<Equation> table4Total() {
    List<Equation> equations = new ArrayList<>();
    for (ReviewGroup group : ReviewGroup.values()) {
      List<Term> parts = new ArrayList<>();
      for (Outcome outcome : Outcome.parts()) {
        parts.add(Term.of(outcome.name(), CellRef.of(group, outcome)));
      }
      CellRef total = CellRef.of(group, Outcome.TOTAL);
      equations.add(new Equation(StandardRule.TABLE4_TOTAL, total, List.of(Term.of("TOTAL", total)), parts));
    }
    return List.copyOf(equations);
  }

  private static Term row(ApplicationRow row, Applicant column) {
    return Term.of(row.key(), CellRef.of(row, column));
  }
}
