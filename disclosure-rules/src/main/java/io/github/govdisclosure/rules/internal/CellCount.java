package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Status;
import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code cell.count} (ERROR), per number cell: a count is a whole number ≥ 0 (V2019
 * {@code NET_CHANGE} may be negative), an amount a decimal ≥ 0, as the model's {@code @CellValues}
 * constraint says. A violation at a cell is a failure there; a number cell without one a pass,
 * made straight from the cell. Blank and text cells are not evaluated. Not API.
 */
public final class CellCount extends StandardRuleBase {
  private static final String[] PASS_KEYS = {"value"};
  private static final String[] FAIL_KEYS = {"value", "constraint"};
  /** {@code cell.count.<PASS|FAIL>.<kind>}, by status (pass, fail) and kind ordinal. */
  private static final String[][] COUNT_KEYS = countKeys();
  private static final List<String> MESSAGE_KEYS = messageKeyList();

  /** The rule. */
  public CellCount() {
    super("cell.count", Severity.ERROR, MESSAGE_KEYS);
  }

  private static String[][] countKeys() {
    DisclosureColumn.Kind[] kinds = DisclosureColumn.Kind.values();
    String[][] keys = new String[2][kinds.length];
    for (DisclosureColumn.Kind kind : kinds) {
      keys[0][kind.ordinal()] = "cell.count." + Status.PASS.name() + "." + kind.name();
      keys[1][kind.ordinal()] = "cell.count." + Status.FAIL.name() + "." + kind.name();
    }
    return keys;
  }

  private static List<String> messageKeyList() {
    List<String> keys = new ArrayList<>();
    for (String[] byKind : COUNT_KEYS) {
      keys.addAll(List.of(byKind));
    }
    return List.copyOf(keys);
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    ValidationAdapter.Violations violations = context.violations();
    Map<CellRef, ConstraintViolation<Report>> byCell = violations.byCell.isEmpty() ? Map.of()
        : new LinkedHashMap<>(violations.byCell);
    // one builder for every cell: each finding sets what differs from the last
    FindingBuilder finding = finding(context);
    if (report.getEdition().hasTables()) {
      for (Table table : Table.values()) {
        Optional<? extends StandardTable> present = report.table(table);
        if (present.isEmpty()) {
          continue;
        }
        EditionCells layout = EditionCells.of(present.get().getEdition()); // the table's own layout
        CellSlots slots = CellSlots.hasSlots(table) ? context.slots(table) : null;
        Map<CellRef, Cell> held = slots == null ? present.get().getCells() : null;
        List<CellRef> refs = layout.cells(table);
        List<List<CellRef>> singletons = layout.singletons(table);
        for (int i = 0, n = refs.size(); i < n; i++) {
          CellRef ref = refs.get(i);
          Cell cell;
          BigDecimal value;
          if (slots == null) {
            cell = held.get(ref);
            value = cell == null || !cell.isNumber() ? null : cell.getValue().get();
          } else {
            int slot = CellSlots.slot(ref);
            cell = slots.cells[slot];
            value = slots.values[slot];
          }
          if (value != null) {
            findings.add(count(finding, ref, singletons.get(i), cell, value,
                byCell.isEmpty() ? null : byCell.remove(ref)));
          }
        }
      }
    }
    for (Map.Entry<CellRef, ConstraintViolation<Report>> rest : byCell.entrySet()) {
      Cell cell = report.cell(rest.getKey());
      findings.add(count(finding, rest.getKey(), List.of(rest.getKey()), cell, cell.getValue().orElse(null),
          rest.getValue()));
    }
  }

  private static Finding count(FindingBuilder finding, CellRef ref, List<CellRef> cells, Cell cell, BigDecimal value,
      ConstraintViolation<Report> violation) {
    DisclosureColumn.Kind kind = ref.column() instanceof DisclosureColumn
        ? ((DisclosureColumn) ref.column()).kind()
        : DisclosureColumn.Kind.COUNT;
    Status status = violation == null ? Status.PASS : Status.FAIL;
    String raw = cell.getRaw();
    String shown = raw.isEmpty() ? (value == null ? "" : Operands.plain(value)) : raw;
    Map<String, String> arguments = violation == null
        ? Arguments.of(PASS_KEYS, shown)
        : Arguments.of(FAIL_KEYS, shown, violation.getMessage());
    finding.status(status).cells(cells).messageKey(COUNT_KEYS[status == Status.PASS ? 0 : 1][kind.ordinal()])
        .arguments(arguments).span(cell.getSpan());
    if (value != null) {
      finding.actual(value);
    } else {
      finding.actual(Optional.empty());
    }
    return finding.build();
  }
}
