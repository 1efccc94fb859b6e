package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code structure.row-missing} (ERROR in tables 3 and 4, WARNING in table 2), per row of a present
 * table (per group of table 4): a cell of the table's layout was not found; the finding lists the
 * missing cells and cites the reader's {@code TEXT-ROW-MISSING} when there is one. A
 * {@code PRE_2019} report is not evaluated. The passes depend on nothing but the row, so they are made once per
 * edition and severity. Not API.
 */
public final class RowMissing extends StandardRuleBase {
  /** By severity, edition and table: the pass of each row, made at the first check that needs them. */
  private final FirstUse<List<Finding>> passes =
      new FirstUse<>(Severity.values().length * Edition.values().length * Table.values().length, this::rowPasses);

  /** The rule. */
  public RowMissing() {
    super("structure.row-missing", Severity.ERROR, List.of(
        "structure.row-missing.PASS", "structure.row-missing.FAIL", "structure.row-missing.FAIL.short"));
  }

  private static int index(Severity severity, Edition edition, Table table) {
    return (severity.ordinal() * Edition.values().length + edition.ordinal()) * Table.values().length
        + table.ordinal();
  }

  /** The passes of the rows of {@link #index}'s severity, edition and table. */
  private List<Finding> rowPasses(int index) {
    Table table = Table.values()[index % Table.values().length];
    Edition edition = Edition.values()[index / Table.values().length % Edition.values().length];
    Severity severity = Severity.values()[index / Table.values().length / Edition.values().length];
    List<Finding> made = new ArrayList<>();
    for (EditionCells.Row row : EditionCells.of(edition).rows(table)) {
      made.add(row(row, List.of(), severity));
    }
    return List.copyOf(made);
  }

  private Finding row(EditionCells.Row row, List<CellRef> missing, Severity severity) {
    Status status = missing.isEmpty() ? Status.PASS : Status.FAIL;
    return Finding.builder().ruleId(id()).severity(severity).status(status)
        .messageKey(id() + "." + status.name()).location(row.key())
        .putArguments("row", row.key())
        .putArguments("count", Integer.toString(missing.size()))
        .putArguments("of", Integer.toString(row.cells().size()))
        .putArguments("cells", join(missing))
        .cells(missing)
        .build();
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    if (!report.getEdition().hasTables()) {
      return;
    }
    Severity severity = context.severity(id());
    for (Table table : Table.values()) {
      Optional<? extends StandardTable> present = report.table(table);
      if (present.isEmpty()) {
        continue;
      }
      // each table follows its own layout (a V2019 table 3 in a V2021 report)
      Edition edition = present.get().getEdition();
      Severity at = severityIn(table, severity);
      Map<CellRef, Cell> held = present.get().getCells();
      List<EditionCells.Row> rows = EditionCells.of(edition).rows(table);
      List<Finding> pass = passes.get(index(at, edition, table));
      if (held.size() == EditionCells.of(edition).cells(table).size()) {
        // a table holds only cells of its layout (StandardTable#getCells): as many is all of them
        findings.addAll(pass);
        continue;
      }
      Optional<Diagnostic> cited = Cited.find(report, "TEXT-ROW-MISSING", "of " + Cited.tableName(table));
      for (int r = 0; r < rows.size(); r++) {
        EditionCells.Row row = rows.get(r);
        List<CellRef> missing = null;
        for (CellRef ref : row.cells()) {
          if (!held.containsKey(ref)) {
            if (missing == null) {
              missing = new ArrayList<>();
            }
            missing.add(ref);
          }
        }
        if (missing == null) {
          findings.add(pass.get(r));
        } else {
          Finding failed = row(row, missing, at);
          Optional<Diagnostic> same = Cited.find(report, "TEXT-ROW-MISSING",
              "row " + row.key().substring(row.key().indexOf('[') + 1, row.key().length() - 1) + " (");
          if (same.or(() -> cited).isPresent()) {
            failed = failed.toBuilder().diagnostic(same.or(() -> cited).get()).build();
          }
          findings.add(failed);
        }
      }
    }
  }

  /**
   * Table 2 carries no arithmetic: a row missing there is at most a warning (less serious when the
   * rule set lowers the rule's severity); in tables 3 and 4 the rule's severity.
   */
  static Severity severityIn(Table table, Severity severity) {
    return table == Table.ACTIVE_DISCLOSURE && severity == Severity.ERROR ? Severity.WARNING : severity;
  }

  private static String join(List<CellRef> refs) {
    List<String> parts = new ArrayList<>();
    refs.forEach(r -> parts.add(r.toString()));
    return String.join(", ", parts);
  }
}
