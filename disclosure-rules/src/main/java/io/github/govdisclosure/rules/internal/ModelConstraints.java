package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The model's Bean Validation constraints read directly, to answer one question cheaply: does every
 * one of them evidently hold? When it does, a check with the default validator need not start
 * Hibernate Validator (its bootstrap and the model's metadata are about half of a cold single-file
 * run); when it does not, Hibernate Validator runs and says what fails, as before.
 *
 * <p>The constraints are the model's: {@code @Min}/{@code @Max} of {@link Report#getYear()} (the
 * bounds are read from the annotations) and {@code @CellValues} of each table (through
 * {@link DisclosureColumn.Kind#admits}). {@code ModelConstraintsTest} proves that this is the whole
 * list the validator finds on the model, and that the answer agrees with Hibernate Validator's.
 * Not API.
 */
final class ModelConstraints {
  private static final long MIN_YEAR;
  private static final long MAX_YEAR;

  static {
    try {
      java.lang.reflect.Method year = Report.class.getMethod("getYear");
      MIN_YEAR = year.getAnnotation(Min.class).value();
      MAX_YEAR = year.getAnnotation(Max.class).value();
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ModelConstraints() {}

  /**
   * Whether every constraint of the model evidently holds on the report of a check. Tables 3 and
   * 4 are read from the check's slots, which the cell rules read anyway: their numbers are all
   * counts.
   */
  static boolean evidentlyHold(RuleContext context) {
    Report report = context.report();
    OptionalInt year = report.getYear();
    if (year.isPresent() && (year.getAsInt() < MIN_YEAR || year.getAsInt() > MAX_YEAR)) {
      return false;
    }
    for (Table table : Table.values()) {
      Optional<? extends StandardTable> present = report.table(table);
      if (present.isEmpty()) {
        continue;
      }
      boolean hold = CellSlots.hasSlots(table) && context.hasTable(table)
          ? countsHold(context.slots(table)) : cellsHold(present.get());
      if (!hold) {
        return false;
      }
    }
    return true;
  }

  /** Whether every number of table 3 or 4 is a count: {@link DisclosureColumn.Kind#of} a cell there. */
  private static boolean countsHold(CellSlots slots) {
    for (BigDecimal value : slots.values) {
      if (value != null && !DisclosureColumn.Kind.COUNT.admits(value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean cellsHold(StandardTable table) {
    for (Map.Entry<CellRef, Cell> entry : table.getCells().entrySet()) {
      Optional<BigDecimal> value = entry.getValue().getValue();
      if (value.isPresent() && !DisclosureColumn.Kind.of(entry.getKey()).admits(value.get())) {
        return false;
      }
    }
    return true;
  }
}
