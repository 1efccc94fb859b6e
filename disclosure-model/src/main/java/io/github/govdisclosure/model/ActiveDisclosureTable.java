package io.github.govdisclosure.model;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Table 2, {@code 二、主动公开政府信息情况}: blocks of article 20 items. It has no sums; its rows and
 * columns depend on the edition ({@link DisclosureRow#columns(Edition)}).
 */
@Value.Immutable
public interface ActiveDisclosureTable extends StandardTable {

  @Override
  default Table table() {
    return Table.ACTIVE_DISCLOSURE;
  }

  @Override
  default List<CellRef> layout() {
    List<CellRef> refs = new ArrayList<>();
    for (DisclosureRow row : DisclosureRow.rows(getEdition())) {
      for (DisclosureColumn column : row.columns(getEdition())) {
        refs.add(CellRef.of(row, column));
      }
    }
    return List.copyOf(refs);
  }

  /** The cell at a row and column, {@link Cell#missing()} if it was not found. */
  default Cell get(DisclosureRow row, DisclosureColumn column) {
    return get(CellRef.of(row, column));
  }

  /** Checks that every cell is in the edition's layout. */
  @Value.Check
  default void check() {
    Layouts.check(this);
  }

  /** A builder for a table of the edition. */
  static Builder builder(Edition edition) {
    return new Builder().edition(edition);
  }

  /** Builds a table 2. */
  class Builder extends ImmutableActiveDisclosureTable.Builder {
    /** Sets one cell. */
    public Builder put(DisclosureRow row, DisclosureColumn column, Cell cell) {
      putCells(CellRef.of(row, column), cell);
      return this;
    }

    /** Sets one count. */
    public Builder put(DisclosureRow row, DisclosureColumn column, long count) {
      return put(row, column, Cell.of(count));
    }
  }
}
