package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.ExtraRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a table region gave: the rows read, in the order they were read (the order diagnostics and
 * choices among splits follow), and the rows outside the layout. Filled by {@link RowAssigner};
 * the stages after it only read it.
 */
final class TableRead {
  final TableRows rows;
  private final Map<Integer, RowRead> read = new LinkedHashMap<>();
  final List<ExtraRow> extraRows = new ArrayList<>();

  TableRead(TableRows rows) {
    this.rows = rows;
  }

  /** The row of index {@code row} as read, or null when it was not read. */
  RowRead row(int row) {
    return read.get(row);
  }

  /** Whether the row of index {@code row} was read. */
  boolean has(int row) {
    return read.containsKey(row);
  }

  /** The rows read, in the order they were read. */
  Collection<RowRead> inReadOrder() {
    return Collections.unmodifiableCollection(read.values());
  }

  void put(RowRead row) {
    read.put(row.row, row);
  }

  /** Forgets a row whose cells are left out, so that a later label of the row may be read. */
  void remove(RowRead row) {
    read.remove(row.row);
  }

  /** The spec of a row read. */
  RowSpec spec(RowRead row) {
    return rows.rows.get(row.row);
  }
}
