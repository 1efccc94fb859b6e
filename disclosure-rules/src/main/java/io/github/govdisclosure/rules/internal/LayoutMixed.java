package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.util.List;
import java.util.Optional;

/**
 * {@code structure.layout-mixed} (WARNING), per report with tables: the tables mix the editions, a
 * V2021 report whose table 3 follows the V2019 layout (the single （六）其他处理 row), as some real
 * reports print it. Read without loss: the equations of table 3 follow the table's own layout.
 * Not API.
 */
public final class LayoutMixed extends StandardRuleBase {

  /** The rule. */
  public LayoutMixed() {
    super("structure.layout-mixed", Severity.WARNING, List.of(
        "structure.layout-mixed.PASS", "structure.layout-mixed.FAIL"));
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    if (!report.getEdition().hasTables()) {
      return;
    }
    boolean any = false;
    for (Table table : Table.values()) {
      Optional<? extends StandardTable> present = report.table(table);
      any |= present.isPresent();
      if (present.isPresent() && present.get().getEdition() != report.getEdition()) {
        findings.add(finding(context).status(Status.FAIL).messageKey(id() + ".FAIL").location(table.name())
            .putArguments("table", table.name())
            .putArguments("layout", present.get().getEdition().name())
            .putArguments("edition", report.getEdition().name()).build());
        return;
      }
    }
    if (!any) {
      return;
    }
    findings.add(finding(context).status(Status.PASS).messageKey(id() + ".PASS")
        .putArguments("edition", report.getEdition().name()).build());
  }
}
