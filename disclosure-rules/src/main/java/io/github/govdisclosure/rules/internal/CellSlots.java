package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.BlankCells;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The cells of table 3 or 4 in an array by slot, and their values, read once per check: {@code
 * null} where the layout has no cell, {@link #MISSING} where the table does not hold it. Never
 * changed once read, so findings may keep it. Not API.
 */
final class CellSlots {
  /** Columns of table 3, counted once: {@code values()} copies its array at every call. */
  private static final int APPLICANTS = Applicant.values().length;
  /** Columns of table 4. */
  private static final int OUTCOMES = Outcome.values().length;
  /** Slots of table 3: {@code row.ordinal() × columns + column.ordinal()}. */
  private static final int APPLICATION_SLOTS = ApplicationRow.values().length * APPLICANTS;
  /** Slots of table 4: {@code group.ordinal() × outcomes + outcome.ordinal()}. */
  private static final int REVIEW_SLOTS = ReviewGroup.values().length * OUTCOMES;
  /** The stand-in for a cell that is not in its table. */
  static final Cell MISSING = Cell.missing();
  /**
   * {@link #layoutSlots} by {@link #layoutIndex}: a template each check copies, made when a table
   * of its edition is first read.
   */
  private static final FirstUse<Cell[]> LAYOUT_SLOTS =
      new FirstUse<>(Edition.values().length * 2, CellSlots::layoutSlots);

  final Cell[] cells;
  /** {@code cells[slot].getValue()}, {@code null} for a cell that is not a number. */
  final BigDecimal[] values;

  private CellSlots(Cell[] cells, BigDecimal[] values) {
    this.cells = cells;
    this.values = values;
  }

  /** Whether a table's cells have slots: tables 3 and 4, those with arithmetic. */
  static boolean hasSlots(Table table) {
    return table == Table.APPLICATIONS || table == Table.REVIEW_LITIGATION;
  }

  /** The slot of a cell of table 3 or 4. */
  static int slot(CellRef ref) {
    switch (ref.table()) {
      case APPLICATIONS:
        return ref.row().ordinal() * APPLICANTS + ref.column().ordinal();
      case REVIEW_LITIGATION:
        return ref.row().ordinal() * OUTCOMES + ref.column().ordinal();
      default:
        throw new IllegalArgumentException("no slots for " + ref + ": equations relate cells of tables 3 and 4");
    }
  }

  /**
   * The cells of table 3 or 4 by slot. A table holds only cells of its edition's layout ({@link
   * StandardTable#getCells()}), so its entries are placed over {@link #layoutSlots}: one pass over
   * what is held, without looking up every cell of the layout by hash.
   */
  static CellSlots read(StandardTable table) {
    Cell[] slots = LAYOUT_SLOTS.get(layoutIndex(table.getEdition(), table.table())).clone();
    BigDecimal[] values = new BigDecimal[slots.length];
    for (Map.Entry<CellRef, Cell> entry : table.getCells().entrySet()) {
      Cell cell = entry.getValue();
      int slot = slot(entry.getKey());
      slots[slot] = cell;
      if (cell.isNumber()) {
        values[slot] = cell.getValue().get();
      }
    }
    return new CellSlots(slots, values);
  }

  private static int layoutIndex(Edition edition, Table table) {
    return edition.ordinal() * 2 + (table == Table.APPLICATIONS ? 0 : 1);
  }

  /**
   * Of the edition and table of a {@link #layoutIndex}: {@link #MISSING} at the slot of each cell
   * of the layout, {@code null} elsewhere.
   */
  private static Cell[] layoutSlots(int index) {
    Edition edition = Edition.values()[index / 2];
    Table table = index % 2 == 0 ? Table.APPLICATIONS : Table.REVIEW_LITIGATION;
    Cell[] slots = new Cell[table == Table.APPLICATIONS ? APPLICATION_SLOTS : REVIEW_SLOTS];
    for (CellRef ref : EditionCells.of(edition).cells(table)) {
      slots[slot(ref)] = MISSING;
    }
    return slots;
  }

  /** The value the rules take from the cell at a slot: a blank may be 0; {@code null} if none. */
  BigDecimal value(int slot, BlankCells blanks) {
    BigDecimal value = values[slot];
    if (value == null && blanks.readsAsZero(cells[slot])) {
      return BigDecimal.ZERO;
    }
    return value;
  }
}
