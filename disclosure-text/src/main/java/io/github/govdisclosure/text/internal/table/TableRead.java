package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.ExtraRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * What a table region gave: the rows read, in the order they were read (the order diagnostics and
 * choices among splits follow), and the rows outside the layout. Filled by {@link RowAssigner};
 * the stages after it only read it. The rows are held by index and in a list in read order, as a
 * map in insertion order would hold them without a boxed key and an entry per row.
 */
final class TableRead {
  final TableRows rows;
  /** The row read of each index, null when it was not read. */
  private final RowRead[] byRow;
  /** The rows read, in the order they were read. */
  private final List<RowRead> read = new ArrayList<>();
  final List<ExtraRow> extraRows = new ArrayList<>();

  TableRead(TableRows rows) {
    this.rows = rows;
    this.byRow = new RowRead[rows.rows.size()];
  }

  /** The row of index {@code row} as read, or null when it was not read. */
  RowRead row(int row) {
    return byRow[row];
  }

  /** Whether the row of index {@code row} was read. */
  boolean has(int row) {
    return byRow[row] != null;
  }

  /** The rows read, in the order they were read. */
  Collection<RowRead> inReadOrder() {
    return Collections.unmodifiableList(read);
  }

  /** Records a row read; a row read again keeps its place in the read order. */
  void put(RowRead row) {
    RowRead before = byRow[row.row];
    if (before == null) {
      read.add(row);
    } else {
      read.set(read.indexOf(before), row);
    }
    byRow[row.row] = row;
  }

  /** Forgets a row whose cells are left out, so that a later label of the row may be read. */
  void remove(RowRead row) {
    RowRead before = byRow[row.row];
    if (before != null) {
      read.remove(before);
      byRow[row.row] = null;
    }
  }

  /** The spec of a row read. */
  RowSpec spec(RowRead row) {
    return rows.rows.get(row.row);
  }
}
