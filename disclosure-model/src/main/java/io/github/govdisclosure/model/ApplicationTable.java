package io.github.govdisclosure.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Table 3, {@code 三、收到和处理政府信息公开申请情况}: application rows by applicant columns.
 *
 * <pre>{@code
 * ApplicationTable t = ApplicationTable.builder(Edition.V2021)
 *     .row(ApplicationRow.NEW_RECEIVED, 35, 0, 0, 0, 0, 0, 35)
 *     .build();
 * t.get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL); // 35
 * }</pre>
 */
@Value.Immutable
public interface ApplicationTable extends StandardTable {

  /**
   * The footnote of the table's corner cell, which states its balance ({@link Arithmetic#TABLE3_BALANCE}):
   * {@code （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）}.
   */
  String FOOTNOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  @Override
  default Table table() {
    return Table.APPLICATIONS;
  }

  @Override
  default List<CellRef> layout() {
    List<CellRef> refs = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.rows(getEdition())) {
      for (Applicant applicant : Applicant.values()) {
        refs.add(CellRef.of(row, applicant));
      }
    }
    return List.copyOf(refs);
  }

  /** The cell at a row and column, {@link Cell#missing()} if it was not found. */
  default Cell get(ApplicationRow row, Applicant column) {
    return get(CellRef.of(row, column));
  }

  /**
   * The sum of a group's rows in a column ({@code 不予公开} = the eight WITHHELD_* rows), empty if
   * any of them is not a whole number (blank, text or missing).
   */
  default OptionalLong groupTotal(ApplicationGroup group, Applicant column) {
    long sum = 0;
    for (ApplicationRow row : group.rows(getEdition())) {
      OptionalLong value = get(row, column).asLong();
      if (value.isEmpty()) {
        return OptionalLong.empty();
      }
      sum = Math.addExact(sum, value.getAsLong());
    }
    return OptionalLong.of(sum);
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

  /** Builds a table 3; {@link #row} fills a row left to right. */
  class Builder extends ImmutableApplicationTable.Builder {
    /** Sets one cell. */
    public Builder put(ApplicationRow row, Applicant column, Cell cell) {
      putCells(CellRef.of(row, column), cell);
      return this;
    }

    /** Sets a row's seven counts, NATURAL_PERSON to TOTAL. */
    public Builder row(ApplicationRow row, long... counts) {
      Applicant[] columns = Applicant.values();
      if (counts.length != columns.length) {
        throw new IllegalArgumentException(row + ": " + columns.length + " counts expected, got " + counts.length);
      }
      for (int i = 0; i < counts.length; i++) {
        put(row, columns[i], Cell.of(counts[i]));
      }
      return this;
    }
  }
}
