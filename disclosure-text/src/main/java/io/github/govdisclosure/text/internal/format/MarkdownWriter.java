package io.github.govdisclosure.text.internal.format;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.text.TextFormat;
import java.util.List;

/**
 * GitHub Markdown. Table 2 is one table per block, after the block's caption; table 3 one table
 * whose rows are the data rows with their exact labels (group headers carry no numbers and are
 * left out: V2021's group header {@code （六）其他处理} would otherwise read as V2019's data row);
 * table 4 one table of 15 columns whose headers carry their group ({@code 行政诉讼 复议后起诉 总计}).
 * {@code |} and {@code \} in text are escaped with a backslash.
 */
final class MarkdownWriter {
  private final TextFormat format;
  private final String newline;
  private final StringBuilder out;

  private MarkdownWriter(TextFormat format, StringBuilder out) {
    this.format = format;
    this.newline = format.getLineSeparator();
    this.out = out;
  }

  static void write(Report report, TextFormat format, StringBuilder out) {
    new MarkdownWriter(format, out).write(report);
  }

  private void write(Report report) {
    String title = Texts.title(report);
    boolean first = true;
    if (format.isPrintTitle() && title != null) {
      out.append("# ").append(escape(title)).append(newline);
      first = false;
    }
    for (Table table : Table.values()) {
      if (!format.prints(table)) {
        continue;
      }
      if (format.isPrintHeadings()) {
        gap(first);
        first = false;
        out.append("## ").append(table.section().heading()).append(newline);
      }
      if (report.table(table).isEmpty()) {
        gap(first);
        first = false;
        out.append(Texts.NO_TABLE).append(newline);
        continue;
      }
      switch (table) {
        case ACTIVE_DISCLOSURE:
          activeDisclosure(report.getActiveDisclosure().get(), first);
          break;
        case APPLICATIONS:
          gap(first);
          applications(report.getApplications().get());
          break;
        default:
          gap(first);
          reviewLitigation(report.getReviewLitigation().get());
      }
      String legend = Texts.legend(report.table(table).get());
      if (legend != null) {
        out.append(newline).append(legend).append(newline);
      }
      first = false;
    }
  }

  private void gap(boolean first) {
    if (!first) {
      out.append(newline);
    }
  }

  private void activeDisclosure(ActiveDisclosureTable table, boolean first) {
    Edition edition = table.getEdition();
    for (DisclosureItem item : DisclosureItem.values()) {
      if (!item.in(edition)) {
        continue;
      }
      gap(first);
      first = false;
      out.append(label(item.caption())).append(newline).append(newline);
      List<DisclosureRow> rows = RowGroups.rows(item, edition);
      List<DisclosureColumn> columns = rows.get(0).columns(edition);
      out.append("| ").append(label(DisclosureColumn.HEADER)).append(' ');
      for (DisclosureColumn column : columns) {
        out.append("| ").append(label(column.label(edition))).append(' ');
      }
      out.append('|').append(newline);
      rule(columns.size());
      for (DisclosureRow row : rows) {
        out.append("| ").append(label(row.label(edition))).append(' ');
        for (DisclosureColumn column : columns) {
          cell(table.get(row, column));
        }
        out.append('|').append(newline);
      }
    }
    if (!table.getExtraRows().isEmpty()) {
      gap(first);
      extraRows(table.getExtraRows(), 3, "");
    }
  }

  private void applications(ApplicationTable table) {
    out.append("| ").append(Applicant.HEADER).append(' ');
    for (Applicant applicant : Applicant.values()) {
      out.append("| ").append(applicant.label()).append(' ');
    }
    out.append('|').append(newline);
    rule(Applicant.values().length);
    for (ApplicationRow row : ApplicationRow.rows(table.getEdition())) {
      out.append("| ").append(label(row.label())).append(' ');
      for (Applicant applicant : Applicant.values()) {
        cell(table.get(row, applicant));
      }
      out.append('|').append(newline);
    }
    for (ExtraRow row : table.getExtraRows()) {
      extraRow(row);
    }
  }

  private void reviewLitigation(ReviewLitigationTable table) {
    for (ReviewGroup group : ReviewGroup.values()) {
      String prefix = group == ReviewGroup.REVIEW ? group.label() : ReviewGroup.LITIGATION_DIRECT.heading() + " " + group.label();
      for (Outcome outcome : Outcome.values()) {
        out.append("| ").append(prefix).append(' ').append(outcome.label()).append(' ');
      }
    }
    out.append('|').append(newline);
    int columns = ReviewGroup.values().length * Outcome.values().length;
    out.append('|');
    for (int i = 0; i < columns; i++) {
      out.append(" ---: |");
    }
    out.append(newline);
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        cell(table.get(group, outcome));
      }
    }
    out.append('|').append(newline);
    if (!table.getExtraRows().isEmpty()) {
      out.append(newline);
      extraRows(table.getExtraRows(), 0, "");
    }
  }

  /** Rows outside the layout, in a table of their own under a blank header. */
  private void extraRows(List<ExtraRow> rows, int minimumCells, String header) {
    int cells = minimumCells;
    for (ExtraRow row : rows) {
      cells = Math.max(cells, row.getCells().size());
    }
    out.append("| ").append(header).append(' ');
    for (int i = 0; i < cells; i++) {
      out.append("| ");
    }
    out.append('|').append(newline);
    rule(cells);
    for (ExtraRow row : rows) {
      extraRow(row);
    }
  }

  private void extraRow(ExtraRow row) {
    out.append("| ").append(escape(Texts.oneLine(row.getLabel()))).append(' ');
    for (Cell cell : row.getCells()) {
      cell(cell);
    }
    out.append('|').append(newline);
  }

  private void rule(int values) {
    out.append("| --- |");
    for (int i = 0; i < values; i++) {
      out.append(" ---: |");
    }
    out.append(newline);
  }

  private void cell(Cell cell) {
    String token = escape(Texts.token(cell, format.getMissingMark())) + Texts.mark(cell);
    out.append("| ").append(token).append(token.isEmpty() ? "" : " ");
  }

  private String label(String label) {
    return escape(Texts.label(label, format));
  }

  static String escape(String text) {
    if (text.indexOf('|') < 0 && text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '|' || c == '\\') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
