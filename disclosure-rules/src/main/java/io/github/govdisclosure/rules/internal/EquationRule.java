package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Reading;
import io.github.govdisclosure.rules.StandardRule;
import java.util.ArrayList;
import java.util.List;

/** A table arithmetic rule: evaluates its equations when the table is present. Not API. */
final class EquationRule extends StandardRuleBase {
  private final Table table;

  EquationRule(StandardRule rule, Table table) {
    super(rule);
    this.table = table;
  }

  /** The table whose equations the rule evaluates. */
  Table table() {
    return table;
  }

  @Override
  public List<Finding> check(Report report, Reading reading) {
    if (!report.getEdition().hasTables() || report.table(table).isEmpty()) {
      return List.of();
    }
    return findings(evaluate(report, Layout.read(report.table(table).get()), reading, Maker.BUILDER));
  }

  /**
   * Evaluates every equation on the table's cells by slot ({@link Layout#read}); the table must be
   * present.
   */
  List<Equation.Evaluation> evaluate(Report report, Layout.Slots cells, Reading reading, Maker maker) {
    List<Equation> equations = TableEquations.of(rule, report.getEdition());
    List<Equation.Evaluation> evaluations = new ArrayList<>(equations.size());
    for (Equation equation : equations) {
      evaluations.add(equation.evaluate(cells, reading, maker));
    }
    return evaluations;
  }

  static List<Finding> findings(List<Equation.Evaluation> evaluations) {
    List<Finding> findings = new ArrayList<>(evaluations.size());
    for (Equation.Evaluation evaluation : evaluations) {
      findings.add(evaluation.finding);
    }
    return findings;
  }
}
