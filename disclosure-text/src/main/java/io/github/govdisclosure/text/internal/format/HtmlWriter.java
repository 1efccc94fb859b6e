package io.github.govdisclosure.text.internal.format;

import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.text.TextFormat;
import io.github.govdisclosure.text.internal.format.Grid.Item;

/**
 * A standalone HTML page: each table is its official grid, with the rowspans and colspans of the
 * national template. Captions and column headers are {@code <th>}, row labels and cells
 * {@code <td>} (cells with class {@code value}, missing ones with class {@code missing}; a cell the
 * reader split out of a digit run or placed by a guess also has class {@code split} or {@code guessed}).
 */
final class HtmlWriter {
  private static final String STYLE = "body{font-family:sans-serif}"
      + "table{border-collapse:collapse;margin:0 0 1.5em}"
      + "th,td{border:1px solid #444;padding:2px 6px}"
      + "th{font-weight:normal;background:#f3f3f3}"
      + "th.caption{text-align:left}"
      + "td.value{text-align:right}"
      + "td.missing{text-align:center;color:#b00}"
      + "td.split{background:#eef}"
      + "td.guessed{background:#fec}";

  private HtmlWriter() {}

  static void write(Report report, TextFormat format, StringBuilder out) {
    String nl = format.getLineSeparator();
    String title = Texts.title(report);
    out.append("<!DOCTYPE html>").append(nl)
        .append("<html lang=\"zh-CN\">").append(nl)
        .append("<head>").append(nl)
        .append("<meta charset=\"utf-8\">").append(nl)
        .append("<title>");
    escape(out, title == null ? Texts.REPORT : title);
    out.append("</title>").append(nl)
        .append("<style>").append(STYLE).append("</style>").append(nl)
        .append("</head>").append(nl)
        .append("<body>").append(nl);
    if (format.isPrintTitle() && title != null) {
      out.append("<h1>");
      escape(out, title);
      out.append("</h1>").append(nl);
    }
    for (Table table : Table.values()) {
      if (!format.prints(table)) {
        continue;
      }
      if (format.isPrintHeadings()) {
        out.append("<h2>").append(table.section().heading()).append("</h2>").append(nl);
      }
      Grid grid = Grids.of(report, table, format);
      if (grid == null) {
        out.append("<p>").append(Texts.NO_TABLE).append("</p>").append(nl);
      } else {
        table(grid, nl, out);
      }
    }
    out.append("</body>").append(nl).append("</html>").append(nl);
  }

  private static void table(Grid grid, String nl, StringBuilder out) {
    out.append("<table>").append(nl);
    int next = 0;
    for (int r = 0; r < grid.rows; r++) {
      out.append("<tr>");
      while (next < grid.items.size() && grid.items.get(next).row == r) {
        item(grid.items.get(next++), out);
      }
      out.append("</tr>").append(nl);
    }
    out.append("</table>").append(nl);
  }

  private static void item(Item item, StringBuilder out) {
    String tag;
    String css;
    switch (item.role) {
      case CAPTION:
        tag = "th";
        css = "caption";
        break;
      case HEADER:
        tag = "th";
        css = null;
        break;
      case VALUE:
        tag = "td";
        css = "value";
        break;
      case MISSING:
        tag = "td";
        css = "missing";
        break;
      default:
        tag = "td";
        css = null;
    }
    out.append('<').append(tag);
    if (item.rowSpan > 1) {
      out.append(" rowspan=\"").append(item.rowSpan).append('"');
    }
    if (item.columnSpan > 1) {
      out.append(" colspan=\"").append(item.columnSpan).append('"');
    }
    if (css != null && item.provenance != Provenance.READ) {
      css += " " + item.provenance.name().toLowerCase(java.util.Locale.ROOT); // value split, value guessed
    }
    if (css != null) {
      out.append(" class=\"").append(css).append('"');
    }
    out.append('>');
    escape(out, item.text);
    out.append("</").append(tag).append('>');
  }

  /** Appends text with {@code & < > " '} escaped. */
  static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
  }
}
