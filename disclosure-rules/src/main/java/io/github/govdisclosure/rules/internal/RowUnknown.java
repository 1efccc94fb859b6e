package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code structure.row-unknown} (WARNING), per extra row: a row that is not in the edition's layout
 * ({@code StandardTable.getExtraRows()}), kept rather than dropped. Not API.
 */
public final class RowUnknown extends StandardRuleBase {

  /** The rule. */
  public RowUnknown() {
    super("structure.row-unknown", Severity.WARNING, List.of("structure.row-unknown.FAIL"));
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    if (!report.getEdition().hasTables()) {
      return;
    }
    for (Table table : Table.values()) {
      Optional<? extends StandardTable> present = report.table(table);
      if (present.isEmpty()) {
        continue;
      }
      for (ExtraRow row : present.get().getExtraRows()) {
        List<String> cells = new ArrayList<>();
        row.getCells().forEach(c -> cells.add(c.getRaw()));
        FindingBuilder finding = finding(context).status(Status.FAIL).messageKey("structure.row-unknown.FAIL")
            .location(table.name())
            .putArguments("table", table.name())
            .putArguments("label", row.getLabel())
            .putArguments("cells", String.join(" | ", cells));
        row.getSpan().ifPresent(finding::span);
        findings.add(finding.build());
      }
    }
  }
}
