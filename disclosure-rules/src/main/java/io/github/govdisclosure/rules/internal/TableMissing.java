package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.util.List;
import java.util.Optional;

/**
 * {@code structure.table-missing} (ERROR for tables 3 and 4, WARNING for table 2, which carries no
 * arithmetic), per table: table 2, 3 or 4 is absent; the failure cites the reader's
 * {@code TEXT-TABLE-MISSING} (or, for table 2 left out, {@code TEXT-EDITION-MIXED}) when there is
 * one. A {@code PRE_2019} report is not evaluated. Not API.
 */
public final class TableMissing extends StandardRuleBase {
  private final PassOrFail<Table> made = new PassOrFail<>(Table.values(), this::finding);

  /** The rule. */
  public TableMissing() {
    super("structure.table-missing", Severity.ERROR, List.of(
        "structure.table-missing.PASS", "structure.table-missing.FAIL"));
  }

  private Finding finding(Table table, Status status, Severity severity) {
    return Finding.builder().ruleId(id()).severity(severity).status(status)
        .messageKey(id() + "." + status.name()).location(table.name())
        .putArguments("table", table.name()).putArguments("heading", table.section().heading()).build();
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    if (report.getEdition().hasTables()) {
      Severity severity = context.severity(id());
      for (Table table : Table.values()) {
        boolean present = report.table(table).isPresent();
        Finding finding = made.of(RowMissing.severityIn(table, severity), table, present);
        if (!present) {
          Optional<Diagnostic> cited = Cited.find(report, "TEXT-TABLE-MISSING", Cited.tableName(table) + " ")
              .or(() -> Cited.find(report, "TEXT-EDITION-MIXED", Cited.tableName(table) + " follows"));
          if (cited.isPresent()) {
            finding = finding.toBuilder().diagnostic(cited.get()).build();
          }
        }
        findings.add(finding);
      }
    }
  }
}
