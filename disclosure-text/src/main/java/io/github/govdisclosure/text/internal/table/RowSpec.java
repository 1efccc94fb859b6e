package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.text.internal.table.DigitSplitter.Sum;
import java.util.List;

/**
 * A row as the reader knows it.
 *
 * @param row the row's constant ({@code ApplicationRow.NEW_RECEIVED}; {@code ReviewGroup.REVIEW} for
 *     the one row of table 4)
 * @param cells the row's cells in reading order
 * @param sums the sums among the cells, by position in {@code cells}
 * @param labels the labels that name the row (none for table 4's row)
 */
record RowSpec(Enum<?> row, List<CellRef> cells, List<Sum> sums, List<LabelIndex.Label> labels) {

  /** How many cells the row has. */
  int size() {
    return cells.size();
  }
}
