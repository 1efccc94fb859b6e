package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Reading;
import io.github.govdisclosure.rules.Rule;
import io.github.govdisclosure.rules.StandardRule;
import java.util.ArrayList;
import java.util.List;

/** A table arithmetic rule: evaluates its equations when the table is present. Not API. */
final class EquationRule implements Rule {
  private final StandardRule rule;
  private final Table table;

  EquationRule(StandardRule rule, Table table) {
    this.rule = rule;
    this.table = table;
  }

  @Override
  public String id() {
    return rule.id();
  }

  @Override
  public Severity severity() {
    return rule.severity();
  }

  @Override
  public List<Finding> check(Report report, Reading reading) {
    if (!report.getEdition().hasTables() || report.table(table).isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (Equation equation : TableEquations.of(rule, report.getEdition())) {
      findings.add(equation.evaluate(report, reading).finding);
    }
    return findings;
  }
}
