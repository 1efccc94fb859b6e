package io.github.govdisclosure.text.internal.format;

import io.github.govdisclosure.text.internal.format.Grid.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a grid with borders, sizing columns by display width so that double-width characters
 * line up. A spanning item's text starts on its top row; each slot has one space of padding on
 * either side. Labels and captions are left-aligned, headers centred, values right-aligned.
 */
final class BoxWriter {
  // Junction glyphs indexed by arms: up=8, down=4, left=2, right=1.
  private static final char[] BOX = {
    ' ', '─', '─', '─', '│', '┌', '┐', '┬', '│', '└', '┘', '┴', '│', '├', '┤', '┼'
  };
  private static final char[] ASCII = {
    ' ', '-', '-', '-', '|', '+', '+', '+', '|', '+', '+', '+', '|', '+', '+', '+'
  };

  private final Grid grid;
  private final char[] glyphs;
  private final String newline;
  private final int[] widths;

  private BoxWriter(Grid grid, boolean ascii, String newline) {
    this.grid = grid;
    this.glyphs = ascii ? ASCII : BOX;
    this.newline = newline;
    this.widths = widths(grid);
  }

  /** Appends the drawn grid, each line ended by the newline. */
  static void write(Grid grid, boolean ascii, String newline, StringBuilder out) {
    new BoxWriter(grid, ascii, newline).write(out);
  }

  /** Column widths: single-column items first, then spanning items widen the columns they cover evenly. */
  static int[] widths(Grid grid) {
    int[] widths = new int[grid.columns];
    List<Item> spanning = new ArrayList<>();
    for (Item item : grid.items) {
      if (item.columnSpan == 1) {
        widths[item.column] = Math.max(widths[item.column], DisplayWidth.of(item.text));
      } else {
        spanning.add(item);
      }
    }
    spanning.sort(Comparator.comparingInt(item -> item.columnSpan));
    for (Item item : spanning) {
      int deficit = DisplayWidth.of(item.text) - area(widths, item.column, item.columnSpan);
      for (int i = item.columnSpan - 1; deficit > 0 && i >= 0; i--) {
        int share = (deficit + i) / (i + 1);
        widths[item.column + i] += share;
        deficit -= share;
      }
    }
    return widths;
  }

  private static int area(int[] widths, int column, int span) {
    int area = 3 * (span - 1);
    for (int c = column; c < column + span; c++) {
      area += widths[c];
    }
    return area;
  }

  private void write(StringBuilder out) {
    for (int r = 0; r <= grid.rows; r++) {
      border(r, out);
      if (r < grid.rows) {
        text(r, out);
      }
    }
  }

  /** The border line above row r (r == rows: the bottom border). */
  private void border(int r, StringBuilder out) {
    for (int j = 0; j <= grid.columns; j++) {
      int arms = 0;
      if (r > 0 && vertical(r - 1, j)) {
        arms |= 8;
      }
      if (r < grid.rows && vertical(r, j)) {
        arms |= 4;
      }
      if (j > 0 && horizontal(r, j - 1)) {
        arms |= 2;
      }
      if (j < grid.columns && horizontal(r, j)) {
        arms |= 1;
      }
      out.append(glyphs[arms]);
      if (j < grid.columns) {
        char fill = horizontal(r, j) ? glyphs[3] : ' ';
        repeat(out, fill, widths[j] + 2);
      }
    }
    out.append(newline);
  }

  private void text(int r, StringBuilder out) {
    out.append(glyphs[12]);
    int c = 0;
    while (c < grid.columns) {
      Item item = grid.owner[r][c];
      String text = item.row == r ? item.text : "";
      int area = area(widths, c, item.columnSpan);
      out.append(' ');
      pad(out, text, area, item.role);
      out.append(' ').append(glyphs[12]);
      c += item.columnSpan;
    }
    out.append(newline);
  }

  private static void pad(StringBuilder out, String text, int area, Grid.Role role) {
    int space = area - DisplayWidth.of(text);
    int before;
    switch (role) {
      case VALUE:
        before = space;
        break;
      case HEADER:
      case MISSING:
        before = space / 2;
        break;
      default:
        before = 0;
    }
    repeat(out, ' ', before);
    out.append(text);
    repeat(out, ' ', space - before);
  }

  /** Whether a vertical line runs through row r at boundary j (left of column j). */
  private boolean vertical(int r, int j) {
    return j == 0 || j == grid.columns || grid.owner[r][j - 1] != grid.owner[r][j];
  }

  /** Whether a horizontal line runs above row r over column c. */
  private boolean horizontal(int r, int c) {
    return r == 0 || r == grid.rows || grid.owner[r - 1][c] != grid.owner[r][c];
  }

  private static void repeat(StringBuilder out, char c, int count) {
    for (int i = 0; i < count; i++) {
      out.append(c);
    }
  }
}
