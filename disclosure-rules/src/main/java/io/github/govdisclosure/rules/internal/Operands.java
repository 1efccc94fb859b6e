package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.BlankCells;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads cells of a report as {@link BlankCells} say, remembering what could not be read. Within a
 * check, the cells come from the check's {@link RuleContext} (tables 3 and 4 by slot, read once);
 * across years, from each report. Not API.
 */
final class Operands {
  /** Where the cells are read: a report's own, or the check's. */
  private final Function<CellRef, Cell> cells;
  private final BlankCells blanks;
  /** The cells not read as numbers with what they hold; made at the first one. */
  private Map<CellRef, String> unreadable;
  private boolean zeroRead;

  /** Reads the cells of a report of a series. */
  Operands(Report report, BlankCells blanks) {
    this.cells = report::cell;
    this.blanks = blanks;
  }

  /** Reads the cells of the report of a check. */
  Operands(RuleContext context) {
    this.cells = context::cell;
    this.blanks = context.blanks();
  }

  /** The value of a cell, empty (and remembered) when it is not read as a number. */
  Optional<BigDecimal> value(CellRef ref) {
    Cell cell = cells.apply(ref);
    Optional<BigDecimal> value = blanks.value(cell);
    if (value.isEmpty()) {
      if (unreadable == null) {
        unreadable = new LinkedHashMap<>();
      }
      unreadable.put(ref, describe(cell));
    } else if (blanks.readsAsZero(cell)) {
      zeroRead = true;
    }
    return value;
  }

  /** The sum of cells, empty when any of them is not read as a number (all are still looked at). */
  Optional<BigDecimal> sum(List<CellRef> refs) {
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    for (CellRef ref : refs) {
      Optional<BigDecimal> value = value(ref);
      if (value.isPresent()) {
        sum = sum.add(value.get());
      } else {
        complete = false;
      }
    }
    return complete ? Optional.of(sum) : Optional.empty();
  }

  boolean assessable() {
    return unreadable == null;
  }

  boolean zeroRead() {
    return zeroRead;
  }

  /** The unreadable cells, e.g. {@code APPLICATIONS[CARRIED_OVER][TOTAL] (BLANK)}. */
  String unreadableText() {
    if (unreadable == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<CellRef, String> entry : unreadable.entrySet()) {
      parts.add(entry.getKey() + " (" + entry.getValue() + ")");
    }
    return String.join(", ", parts);
  }

  static String describe(Cell cell) {
    if (cell.getKind() == Cell.Kind.TEXT) {
      return "TEXT “" + cell.getRaw() + "”";
    }
    return cell.getKind().name();
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().scale() < 0
        ? value.setScale(0).toPlainString()
        : (value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
  }
}
