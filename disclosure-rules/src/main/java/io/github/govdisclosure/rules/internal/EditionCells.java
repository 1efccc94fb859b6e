package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells and rows of each edition's tables, computed once from the model (whose {@code
 * layout()} and {@code rows(Edition)} build new lists on every call). Immutable. Not API.
 */
final class EditionCells {
  private static final Map<Edition, EditionCells> BY_EDITION = byEdition();

  final Edition edition;
  final List<ApplicationRow> rows;
  private final Map<ApplicationGroup, List<ApplicationRow>> groupRows = new EnumMap<>(ApplicationGroup.class);
  private final Map<Table, List<CellRef>> cells = new EnumMap<>(Table.class);
  private final Map<Table, List<List<CellRef>>> singletons = new EnumMap<>(Table.class);
  private final Map<Table, List<Row>> tableRows = new EnumMap<>(Table.class);

  /**
   * The cells of one row of a table (one group of table 4), with the row's key.
   *
   * @param key {@code APPLICATIONS[NEW_RECEIVED]}, {@code ACTIVE_DISCLOSURE[ITEM_1][RULES]}
   */
  record Row(String key, List<CellRef> cells) {
    Row {
      cells = List.copyOf(cells);
    }
  }

  private EditionCells(Edition edition) {
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

  private static Map<Edition, EditionCells> byEdition() {
    Map<Edition, EditionCells> layouts = new EnumMap<>(Edition.class);
    for (Edition edition : Edition.values()) {
      if (edition.hasTables()) {
        layouts.put(edition, new EditionCells(edition));
      }
    }
    return layouts;
  }

  /** The cells of an edition with tables. */
  static EditionCells of(Edition edition) {
    EditionCells layout = BY_EDITION.get(edition);
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
}
