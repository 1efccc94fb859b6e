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
import java.util.List;

/** The equation instances of tables 3 and 4, per rule, in reading order. Not API. */
final class TableEquations {
  private TableEquations() {}

  static List<Equation> of(StandardRule rule, Edition edition) {
    switch (rule) {
      case TABLE3_BALANCE:
        return balance();
      case TABLE3_RESULTS_TOTAL:
        return resultsTotal(edition);
      case TABLE3_APPLICANT_TOTAL:
        return applicantTotal(edition);
      case TABLE4_TOTAL:
        return table4Total();
      default:
        throw new IllegalArgumentException(rule + " has no table equations");
    }
  }

  /** All equations of table 3, the three families. */
  static List<Equation> table3(Edition edition) {
    List<Equation> all = new ArrayList<>(balance());
    all.addAll(resultsTotal(edition));
    all.addAll(applicantTotal(edition));
    return all;
  }

  /** {@code NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD}, per column. */
  static List<Equation> balance() {
    List<Equation> equations = new ArrayList<>();
    for (Applicant column : Applicant.values()) {
      equations.add(new Equation(StandardRule.TABLE3_BALANCE,
          CellRef.of(ApplicationRow.CARRIED_FORWARD, column),
          List.of(row(ApplicationRow.NEW_RECEIVED, column), row(ApplicationRow.CARRIED_OVER, column)),
          List.of(row(ApplicationRow.TOTAL_HANDLED, column), row(ApplicationRow.CARRIED_FORWARD, column))));
    }
    return equations;
  }

  /** {@code TOTAL_HANDLED = DISCLOSED + PARTIALLY_DISCLOSED + Σ groups}, per column. */
  static List<Equation> resultsTotal(Edition edition) {
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
    return equations;
  }

  /** {@code TOTAL = the six applicant columns}, per data row. */
  static List<Equation> applicantTotal(Edition edition) {
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
    return equations;
  }

  /** {@code TOTAL = UPHELD + CORRECTED + OTHER + PENDING}, per group of table 4. */
  static List<Equation> table4Total() {
    List<Equation> equations = new ArrayList<>();
    for (ReviewGroup group : ReviewGroup.values()) {
      List<Term> parts = new ArrayList<>();
      for (Outcome outcome : Outcome.parts()) {
        parts.add(Term.of(outcome.name(), CellRef.of(group, outcome)));
      }
      CellRef total = CellRef.of(group, Outcome.TOTAL);
      equations.add(new Equation(StandardRule.TABLE4_TOTAL, total, List.of(Term.of("TOTAL", total)), parts));
    }
    return equations;
  }

  private static Term row(ApplicationRow row, Applicant column) {
    return Term.of(row.name(), CellRef.of(row, column));
  }
}
