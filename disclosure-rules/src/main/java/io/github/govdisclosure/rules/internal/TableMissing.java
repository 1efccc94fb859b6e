package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code structure.table-missing} (ERROR), per table: table 2, 3 or 4 is absent. A
 * {@code PRE_2019} report is not evaluated. The findings depend on nothing but the table, so they
 * are made once per severity. Not API.
 */
public final class TableMissing extends StandardRuleBase {
  private static final List<String> MESSAGE_KEYS = List.of(
      "structure.table-missing.PASS", "structure.table-missing.FAIL");
  /** By severity, by table ordinal: the pass and the failure. */
  private final Map<Severity, Finding[][]> made = new EnumMap<>(Severity.class);

  /** The rule. */
  public TableMissing() {
    super("structure.table-missing", Severity.ERROR);
    for (Severity severity : Severity.values()) {
      Finding[][] byTable = new Finding[Table.values().length][];
      for (Table table : Table.values()) {
        byTable[table.ordinal()] = new Finding[] {
            finding(table, Status.PASS, severity), finding(table, Status.FAIL, severity)};
      }
      made.put(severity, byTable);
    }
  }

  private Finding finding(Table table, Status status, Severity severity) {
    return Finding.builder().ruleId(id()).severity(severity).status(status)
        .messageKey(id() + "." + status.name()).location(table.name())
        .putArguments("table", table.name()).putArguments("heading", table.section().heading()).build();
  }

  @Override
  public List<String> messageKeys() {
    return MESSAGE_KEYS;
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    if (!report.getEdition().hasTables()) {
      return;
    }
    Finding[][] byTable = made.get(context.severity(id()));
    for (Table table : Table.values()) {
      findings.add(byTable[table.ordinal()][report.table(table).isPresent() ? 0 : 1]);
    }
  }
}
