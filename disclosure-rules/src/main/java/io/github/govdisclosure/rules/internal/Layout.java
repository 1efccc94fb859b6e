package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Reading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layouts of the editions with tables, computed once from the model (whose {@code layout()}
 * and {@code rows(Edition)} build new lists on every call), and the cell slots of tables 3 and 4.
 * Immutable. Not API.
 */
final class Layout {
  /** Slots of table 3: {@code row.ordinal() × columns + column.ordinal()}. */
  static final int APPLICATION_SLOTS = ApplicationRow.values().length * Applicant.values().length;
  /** Slots of table 4: {@code group.ordinal() × outcomes + outcome.ordinal()}. */
  static final int REVIEW_SLOTS = ReviewGroup.values().length * Outcome.values().length;

  /** The stand-in for a cell that is not in its table. */
  static final Cell MISSING = Cell.missing();

  private static final Map<Edition, Layout> BY_EDITION = byEdition();

  final Edition edition;
  final List<ApplicationRow> rows;
  private final Map<ApplicationGroup, List<ApplicationRow>> groupRows = new EnumMap<>(ApplicationGroup.class);
  private final Map<Table, List<CellRef>> cells = new EnumMap<>(Table.class);
  private final Map<Table, List<List<CellRef>>> singletons = new EnumMap<>(Table.class);
  private final Map<Table, List<Row>> tableRows = new EnumMap<>(Table.class);

  /** The cells of one row of a table (one group of table 4), with the row's key. */
  static final class Row {
    /** {@code APPLICATIONS[NEW_RECEIVED]}, {@code ACTIVE_DISCLOSURE[ITEM_1][RULES]}. */
    final String key;
    final List<CellRef> cells;

    Row(String key, List<CellRef> cells) {
      this.key = key;
      this.cells = List.copyOf(cells);
    }
  }

  private Layout(Edition edition) {
    this.edition = edition;
    this.rows = ApplicationRow.rows(edition);
    for (ApplicationGroup group : ApplicationGroup.values()) {
      groupRows.put(group, group.rows(edition));
    }
    put(ActiveDisclosureTable.builder(edition).build());
    put(ApplicationTable.builder(edition).build());
    put(ReviewLitigationTable.builder(edition).build());
  }

  private void put(StandardTable empty) {
    List<CellRef> layout = List.copyOf(empty.layout());
    cells.put(empty.table(), layout);
    List<List<CellRef>> single = new ArrayList<>(layout.size());
    for (CellRef ref : layout) {
      single.add(List.of(ref));
    }
    singletons.put(empty.table(), List.copyOf(single));
    Map<String, List<CellRef>> byRow = new LinkedHashMap<>();
    for (CellRef ref : layout) {
      String text = ref.toString();
      byRow.computeIfAbsent(text.substring(0, text.lastIndexOf('[')), k -> new ArrayList<>()).add(ref);
    }
    List<Row> rowList = new ArrayList<>();
    byRow.forEach((key, refs) -> rowList.add(new Row(key, refs)));
    tableRows.put(empty.table(), List.copyOf(rowList));
  }

  private static Map<Edition, Layout> byEdition() {
    Map<Edition, Layout> layouts = new EnumMap<>(Edition.class);
    for (Edition edition : Edition.values()) {
      if (edition.hasTables()) {
        layouts.put(edition, new Layout(edition));
      }
    }
    return layouts;
  }

  /** The layout of an edition with tables. */
  static Layout of(Edition edition) {
    Layout layout = BY_EDITION.get(edition);
    if (layout == null) {
      throw new IllegalArgumentException(edition + " has no standard tables");
    }
    return layout;
  }

  /** {@code group.rows(edition)}. */
  List<ApplicationRow> rows(ApplicationGroup group) {
    return groupRows.get(group);
  }

  /** {@code table.layout()}: every cell of the table, in reading order. */
  List<CellRef> cells(Table table) {
    return cells.get(table);
  }

  /**
   * {@code List.of(ref)} for each cell of {@link #cells(Table)}, at the same index: the cells of a
   * finding about one cell, shared by every check.
   */
  List<List<CellRef>> singletons(Table table) {
    return singletons.get(table);
  }

  /** The rows of a table (groups of table 4), in reading order. */
  List<Row> rows(Table table) {
    return tableRows.get(table);
  }

  /** The slot of a cell of table 3 or 4 in a {@link #read} array. */
  static int slot(CellRef ref) {
    switch (ref.table()) {
      case APPLICATIONS:
        return ref.row().ordinal() * Applicant.values().length + ref.column().ordinal();
      case REVIEW_LITIGATION:
        return ref.row().ordinal() * Outcome.values().length + ref.column().ordinal();
      default:
        throw new IllegalArgumentException("no slots for " + ref);
    }
  }

  /**
   * The cells of table 3 or 4 by slot and their values, read once per check: {@code null} where
   * the layout has no cell, {@link #MISSING} where the table does not hold it. Not changed once
   * read, so findings may keep it.
   */
  static final class Slots {
    final Cell[] cells;
    /** {@code cells[slot].getValue()}, {@code null} for a cell that is not a number. */
    final BigDecimal[] values;

    private Slots(Cell[] cells, BigDecimal[] values) {
      this.cells = cells;
      this.values = values;
    }

    /** The value a reading takes from the cell at a slot: a blank may be 0; {@code null} if none. */
    BigDecimal value(int slot, Reading reading) {
      BigDecimal value = values[slot];
      if (value == null && reading.readsAsZero(cells[slot])) {
        return BigDecimal.ZERO;
      }
      return value;
    }
  }

  /** The cells of table 3 or 4 by slot, once per check. */
  static Slots read(StandardTable table) {
    int size = table.table() == Table.APPLICATIONS ? APPLICATION_SLOTS : REVIEW_SLOTS;
    Cell[] slots = new Cell[size];
    BigDecimal[] values = new BigDecimal[size];
    Map<CellRef, Cell> held = table.getCells();
    for (CellRef ref : of(table.getEdition()).cells(table.table())) {
      Cell cell = held.get(ref);
      int slot = slot(ref);
      if (cell == null) {
        slots[slot] = MISSING;
      } else {
        slots[slot] = cell;
        if (cell.isNumber()) {
          values[slot] = cell.getValue().get();
        }
      }
    }
    return new Slots(slots, values);
  }
}
