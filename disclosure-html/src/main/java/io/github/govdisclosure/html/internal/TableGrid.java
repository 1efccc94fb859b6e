package io.github.govdisclosure.html.internal;

import io.github.govdisclosure.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A table's cells placed on a grid the way the HTML table model places them: each {@code td} or
 * {@code th} takes the next free slot of its row and covers {@code colspan} columns and
 * {@code rowspan} rows. Every slot a cell covers refers to that cell, so a label spanning rows is
 * found in each of them; {@link #isOrigin(int, int)} tells the slot where a cell starts. Not API.
 */
public final class TableGrid {
  /** Larger spans are clamped, as browsers do. */
  static final int MAX_COLSPAN = 1000;

  static final int MAX_ROWSPAN = 65534;

  /** One cell of the table, with where it starts and how far it reaches. */
  public static final class GridCell {
    private final Element element;
    private final int row;
    private final int column;
    private final int rowSpan;
    private final int colSpan;

    GridCell(Element element, int row, int column, int rowSpan, int colSpan) {
      this.element = element;
      this.row = row;
      this.column = column;
      this.rowSpan = rowSpan;
      this.colSpan = colSpan;
    }

    /** The {@code td} or {@code th}. */
    public Element element() {
      return element;
    }

    /** The first row it covers, from 0. */
    public int row() {
      return row;
    }

    /** The first column it covers, from 0. */
    public int column() {
      return column;
    }

    /** How many rows it covers (clipped to the table). */
    public int rowSpan() {
      return rowSpan;
    }

    /** How many columns it covers. */
    public int colSpan() {
      return colSpan;
    }
  }

  private final List<Element> rows;
  private final List<List<GridCell>> slots;
  private final int width;

  private TableGrid(List<Element> rows, List<List<GridCell>> slots, int width) {
    this.rows = rows;
    this.slots = slots;
    this.width = width;
  }

  /**
   * Places the cells of a table (its own rows, in {@code thead}, {@code tbody} and {@code tfoot}
   * or directly under it; not those of nested tables). Overlapping cells are reported as issues:
   * the later cell moves to the next free slot.
   */
  public static TableGrid of(Element table, List<Issue> issues) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String tag = child.normalName();
      if (tag.equals("tr")) {
        rows.add(child);
      } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
        for (Element row : child.children()) {
          if (row.normalName().equals("tr")) {
            rows.add(row);
          }
        }
      }
    }
    List<List<GridCell>> slots = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      slots.add(new ArrayList<>());
    }
    int width = 0;
    for (int r = 0; r < rows.size(); r++) {
      int column = 0;
      for (Element cell : rows.get(r).children()) {
        String tag = cell.normalName();
        if (!tag.equals("td") && !tag.equals("th")) {
          continue;
        }
        while (get(slots, r, column) != null) {
          column++;
        }
        int colSpan = span(cell, "colspan", 1, MAX_COLSPAN);
        int rowSpan = span(cell, "rowspan", 0, MAX_ROWSPAN);
        // rowspan="0" reaches the end of the table; spans past the end are clipped, as browsers do
        int lastRow = rowSpan == 0 ? rows.size() - 1 : Math.min(rows.size() - 1, r + rowSpan - 1);
        GridCell placed = new GridCell(cell, r, column, lastRow - r + 1, colSpan);
        boolean overlapped = false;
        for (int rr = r; rr <= lastRow; rr++) {
          for (int cc = column; cc < column + colSpan; cc++) {
            if (get(slots, rr, cc) == null) {
              set(slots, rr, cc, placed);
            } else {
              overlapped = true;
            }
          }
        }
        if (overlapped) {
          int at = Math.max(0, cell.sourceRange().startPos());
          issues.add(new Issue("HTML-TABLE-OVERLAP", Severity.WARNING, at, at + 4,
              "table cell overlaps a cell spanning from an earlier row; the earlier cell keeps the"
                  + " shared slots"));
        }
        column += colSpan;
        width = Math.max(width, column);
      }
    }
    return new TableGrid(List.copyOf(rows), slots, width);
  }

  /** The number of rows ({@code tr} elements). */
  public int height() {
    return rows.size();
  }

  /** The number of columns of the widest row. */
  public int width() {
    return width;
  }

  /** The {@code tr} of a row. */
  public Element row(int row) {
    return rows.get(row);
  }

  /** The cell covering a slot, or {@code null} when no cell reaches it (a short row). */
  public GridCell at(int row, int column) {
    return get(slots, row, column);
  }

  /** Whether the cell covering the slot starts there (false for slots a span covers). */
  public boolean isOrigin(int row, int column) {
    GridCell cell = at(row, column);
    return cell != null && cell.row() == row && cell.column() == column;
  }

  private static GridCell get(List<List<GridCell>> slots, int row, int column) {
    List<GridCell> line = slots.get(row);
    return column < line.size() ? line.get(column) : null;
  }

  private static void set(List<List<GridCell>> slots, int row, int column, GridCell cell) {
    List<GridCell> line = slots.get(row);
    while (line.size() <= column) {
      line.add(null);
    }
    line.set(column, cell);
  }

  /** A span attribute as browsers read it: leading digits, clamped; garbage gives 1. */
  static int span(Element cell, String attribute, int min, int max) {
    String value = cell.attr(attribute).strip();
    int digits = 0;
    while (digits < value.length() && digits < 9 && Character.isDigit(value.charAt(digits))
        && value.charAt(digits) < 128) {
      digits++;
    }
    if (digits == 0) {
      return 1;
    }
    int n = Integer.parseInt(value.substring(0, digits));
    return Math.max(min, Math.min(max, n));
  }
}
