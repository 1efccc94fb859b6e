package io.github.govdisclosure.testkit;

import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Equation;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The checks the test kit's reports must pass, read from the model: every equation of tables 3
 * and 4 ({@link Arithmetic}, evaluated with {@link Equation#difference}) and every count of them
 * not negative ({@code cell.count}).
 */
final class Equations {

  private static final List<Table> SUMMED = List.of(Table.APPLICATIONS, Table.REVIEW_LITIGATION);

  private Equations() {}

  /** The equations of tables 3 and 4 that do not hold, a missing table's or a non-whole cell's included. */
  static List<Equation> broken(Report report) {
    List<Equation> broken = new ArrayList<>();
    for (Table table : SUMMED) {
      StandardTable cells = report.table(table).orElse(null);
      for (Equation equation : Arithmetic.of(table, report.getEdition())) {
        OptionalLong difference = cells == null ? OptionalLong.empty() : equation.difference(cells);
        if (difference.isEmpty() || !equation.relation().holds(Long.signum(difference.getAsLong()))) {
          broken.add(equation);
        }
      }
    }
    return broken;
  }

  /**
   * A description of every broken equation ({@code table3.balance APPLICATIONS[CARRIED_FORWARD][TOTAL]:
   * NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD}, named by the cell it defines) and
   * every negative count; empty when the report is consistent.
   */
  static List<String> failures(Report report) {
    List<String> failures = new ArrayList<>();
    for (Equation equation : broken(report)) {
      failures.add(equation.name() + " " + equation.defined() + ": " + equation);
    }
    for (Table table : SUMMED) {
      report.table(table).ifPresent(cells -> {
        for (CellRef ref : cells.layout()) {
          if (cells.get(ref).asLong().orElse(0) < 0) {
            failures.add("cell.count " + ref);
          }
        }
      });
    }
    return failures;
  }
}
