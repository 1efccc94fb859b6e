package io.github.govdisclosure.text.internal.format;

import io.github.govdisclosure.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * A table laid out on a grid of slots, each item covering a rectangle (rowspan × colspan), as in
 * the official HTML tables. Items are kept in reading order (by top row, then left column).
 */
final class Grid {

  /** What an item holds, which decides its alignment and markup. */
  enum Role {
    /** A block caption of table 2 ({@code 第二十条第（一）项}). */
    CAPTION,
    /** A column header. */
    HEADER,
    /** A row label or row group header. */
    LABEL,
    /** A cell's token. */
    VALUE,
    /** The mark of a missing cell. */
    MISSING
  }

  /** One item of the grid. */
  static final class Item {
    final String text;
    final Role role;
    final int row;
    final int column;
    final int rowSpan;
    final int columnSpan;
    /** How the reader placed the cell's value ({@code READ} for anything but a cell). */
    final Provenance provenance;

    Item(String text, Role role, int row, int column, int rowSpan, int columnSpan, Provenance provenance) {
      this.provenance = provenance;
      this.text = text;
      this.role = role;
      this.row = row;
      this.column = column;
      this.rowSpan = rowSpan;
      this.columnSpan = columnSpan;
    }
  }

  final int rows;
  final int columns;
  final List<Item> items;
  /** The item covering each slot, [row][column]. */
  final Item[][] owner;

  private Grid(int columns, List<Item> items, List<Item[]> owner) {
    this.rows = owner.size();
    this.columns = columns;
    this.items = List.copyOf(items);
    this.owner = owner.toArray(new Item[0][]);
  }

  /** Places items row by row, skipping slots covered by a rowspan from above. */
  static final class Builder {
    private final int columns;
    private final List<Item> items = new ArrayList<>();
    private final List<Item[]> owner = new ArrayList<>();
    private int row = -1;
    private int column;

    Builder(int columns) {
      this.columns = columns;
    }

    /** Starts the next row. */
    Builder row() {
      row++;
      slots(row);
      column = 0;
      return this;
    }

    /** Adds a one-slot item at the next free slot of the row. */
    Builder add(String text, Role role) {
      return add(text, role, 1, 1);
    }

    /** Adds an item covering rowSpan rows and columnSpan columns from the next free slot. */
    Builder add(String text, Role role, int rowSpan, int columnSpan) {
      return add(text, role, rowSpan, columnSpan, Provenance.READ);
    }

    /** Adds a cell's item, with how the reader placed its value. */
    Builder add(String text, Role role, int rowSpan, int columnSpan, Provenance provenance) {
      Item[] slots = slots(row);
      while (column < columns && slots[column] != null) {
        column++;
      }
      if (column + columnSpan > columns) {
        throw new IllegalStateException("row " + row + " overflows at " + text);
      }
      Item item = new Item(text, role, row, column, rowSpan, columnSpan, provenance);
      for (int r = row; r < row + rowSpan; r++) {
        Item[] cover = slots(r);
        for (int c = column; c < column + columnSpan; c++) {
          cover[c] = item;
        }
      }
      items.add(item);
      column += columnSpan;
      return this;
    }

    /** The number of free slots left in the current row. */
    int free() {
      Item[] slots = slots(row);
      int free = 0;
      for (int c = column; c < columns; c++) {
        if (slots[c] == null) {
          free++;
        }
      }
      return free;
    }

    private Item[] slots(int r) {
      while (owner.size() <= r) {
        owner.add(new Item[columns]);
      }
      return owner.get(r);
    }

    Grid build() {
      for (int r = 0; r < owner.size(); r++) {
        for (int c = 0; c < columns; c++) {
          if (owner.get(r)[c] == null) {
            throw new IllegalStateException("slot " + r + "," + c + " is not covered");
          }
        }
      }
      return new Grid(columns, items, owner);
    }
  }
}
