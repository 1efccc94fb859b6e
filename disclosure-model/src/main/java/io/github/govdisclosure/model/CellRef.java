package io.github.govdisclosure.model;

import java.util.Objects;

/**
 * A reference to one cell of a standard table, rendered with the canonical keys of the format:
 * {@code APPLICATIONS[NEW_RECEIVED][TOTAL]}, {@code REVIEW_LITIGATION[REVIEW][TOTAL]},
 * {@code ACTIVE_DISCLOSURE[ITEM_1][RULES][IN_FORCE]}.
 *
 * @param table the table
 * @param row the row: an {@link ApplicationRow}, a {@link ReviewGroup} or a {@link DisclosureRow}
 * @param column the column: an {@link Applicant}, an {@link Outcome} or a {@link DisclosureColumn}
 */
public record CellRef(Table table, Enum<?> row, Enum<?> column) {

  /** Checks that row and column belong to the table. */
  public CellRef {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    boolean fits;
    switch (table) {
      case APPLICATIONS:
        fits = row instanceof ApplicationRow && column instanceof Applicant;
        break;
      case REVIEW_LITIGATION:
        fits = row instanceof ReviewGroup && column instanceof Outcome;
        break;
      default:
        fits = row instanceof DisclosureRow && column instanceof DisclosureColumn;
    }
    if (!fits) {
      throw new IllegalArgumentException(
          row.getClass().getSimpleName() + "/" + column.getClass().getSimpleName() + " is not a cell of " + table);
    }
  }

  /** A cell of table 3. */
  public static CellRef of(ApplicationRow row, Applicant column) {
    return new CellRef(Table.APPLICATIONS, row, column);
  }

  /** A cell of table 4. */
  public static CellRef of(ReviewGroup group, Outcome outcome) {
    return new CellRef(Table.REVIEW_LITIGATION, group, outcome);
  }

  /** A cell of table 2. */
  public static CellRef of(DisclosureRow row, DisclosureColumn column) {
    return new CellRef(Table.ACTIVE_DISCLOSURE, row, column);
  }

  /**
   * Reads the canonical rendering back.
   *
   * @throws IllegalArgumentException if the text is not a cell reference
   */
  public static CellRef parse(String text) {
    Objects.requireNonNull(text, "text");
    int open = text.indexOf('[');
    if (open < 0 || !text.endsWith("]")) {
      throw new IllegalArgumentException("not a cell reference: " + text);
    }
    String[] keys = text.substring(open + 1, text.length() - 1).split("\\]\\[", -1);
    try {
      Table table = Table.valueOf(text.substring(0, open));
      switch (table) {
        case APPLICATIONS:
          if (keys.length == 2) {
            return of(FormatKey.parse(ApplicationRow.class, keys[0]), Applicant.valueOf(keys[1]));
          }
          break;
        case REVIEW_LITIGATION:
          if (keys.length == 2) {
            return of(ReviewGroup.valueOf(keys[0]), Outcome.valueOf(keys[1]));
          }
          break;
        default:
          if (keys.length == 3) {
            DisclosureRow row = FormatKey.parse(DisclosureRow.class, keys[1]);
            if (row.item() == DisclosureItem.valueOf(keys[0])) {
              return of(row, DisclosureColumn.valueOf(keys[2]));
            }
          }
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a cell reference: " + text, e);
    }
    throw new IllegalArgumentException("not a cell reference: " + text);
  }

  /** Whether the edition's layout has this cell. */
  public boolean in(Edition edition) {
    switch (table) {
      case APPLICATIONS:
        return ((ApplicationRow) row).in(edition);
      case REVIEW_LITIGATION:
        return edition.hasTables();
      default:
        return ((DisclosureRow) row).columns(edition).contains((DisclosureColumn) column);
    }
  }

  /**
   * Equal when table, row and column are the same constants. Written out rather than left to the
   * record's generated method, which binds through {@code invokedynamic} at first use and runs
   * slowly until compiled: cell references are compared and hashed throughout a parse and a check.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CellRef)) {
      return false;
    }
    CellRef that = (CellRef) other;
    return table == that.table && row == that.row && column == that.column;
  }

  /** From the constants' ordinals: the same in every run, so maps keyed by cells iterate alike. */
  @Override
  public int hashCode() {
    return (table.ordinal() * 64 + row.ordinal()) * 64 + column.ordinal();
  }

  /** The canonical rendering, e.g. {@code APPLICATIONS[NEW_RECEIVED][TOTAL]}. */
  @Override
  public String toString() {
    if (table == Table.ACTIVE_DISCLOSURE) {
      return table + "[" + ((DisclosureRow) row).item() + "][" + FormatKey.of(row) + "][" + column.name() + "]";
    }
    return table + "[" + FormatKey.of(row) + "][" + column.name() + "]";
  }
}
