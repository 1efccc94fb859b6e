package io.github.govdisclosure.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the three standard tables share: an edition, the cells found (keyed by {@link CellRef}),
 * and the rows found that are not in the edition's layout.
 *
 * <p>A table holds only the cells that were found. {@link #get(CellRef)} returns
 * {@link Cell#missing()} for a cell of the layout that is absent, and {@link #missingCells()} lists
 * them: a parser that could not place a cell leaves it out rather than invent it.
 */
@CellValues
public interface StandardTable {

  /** The edition whose layout the table follows. */
  Edition getEdition();

  /** The cells found, keyed by reference; every key is in the edition's layout. */
  Map<CellRef, Cell> getCells();

  /** Rows found in the table that are not in the edition's layout. */
  List<ExtraRow> getExtraRows();

  /** Which of the three tables this is. */
  Table table();

  /** Every cell reference of the edition's layout for this table, in reading order. */
  List<CellRef> layout();

  /** The cell at a reference, {@link Cell#missing()} if it was not found. */
  default Cell get(CellRef ref) {
    Cell cell = getCells().get(ref);
    return cell == null ? Cell.missing() : cell;
  }

  /** The cells of the layout that the table does not hold, in reading order. */
  default List<CellRef> missingCells() {
    List<CellRef> missing = new ArrayList<>();
    for (CellRef ref : layout()) {
      if (!getCells().containsKey(ref)) {
        missing.add(ref);
      }
    }
    return List.copyOf(missing);
  }

  /** Whether every cell of the layout is present. */
  default boolean isComplete() {
    return getCells().keySet().containsAll(layout());
  }
}
