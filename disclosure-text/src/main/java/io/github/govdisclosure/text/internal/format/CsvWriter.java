package io.github.govdisclosure.text.internal.format;

import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.text.TextFormat;
import java.util.List;

/**
 * One RFC 4180 record per cell found, in the layout's reading order, after the header record
 * {@code table,row,column,label,value,raw}. Table 2's row key is {@code ITEM_1.RULES} (block and
 * row, as in {@code ACTIVE_DISCLOSURE[ITEM_1][RULES][IN_FORCE]}); {@code label} is the official
 * row label of the edition (table 4: the group's); rows outside the layout have the row key
 * {@code EXTRA_1}, {@code EXTRA_2}, … the column's position from 1 and their label as written.
 * Missing cells have no record.
 */
final class CsvWriter {
  static final String HEADER = "table,row,column,label,value,raw";

  private CsvWriter() {}

  static void write(Report report, TextFormat format, StringBuilder out) {
    String newline = format.getLineSeparator();
    out.append(HEADER).append(newline);
    for (Table table : Table.values()) {
      if (!format.prints(table) || report.table(table).isEmpty()) {
        continue;
      }
      StandardTable standard = report.table(table).get();
      for (CellRef ref : standard.layout()) {
        Cell cell = standard.getCells().get(ref);
        if (cell == null) {
          continue;
        }
        String row = FormatKey.of(ref.row());
        String label;
        if (ref.row() instanceof DisclosureRow) {
          DisclosureRow disclosureRow = (DisclosureRow) ref.row();
          row = disclosureRow.item().name() + "." + row;
          label = Texts.label(disclosureRow.label(standard.getEdition()), format);
        } else if (ref.row() instanceof ApplicationRow) {
          label = Texts.label(((ApplicationRow) ref.row()).label(), format);
        } else {
          label = ((ReviewGroup) ref.row()).label();
        }
        record(out, newline, table.name(), row, ref.column().name(), label, cell);
      }
      List<ExtraRow> extras = standard.getExtraRows();
      for (int i = 0; i < extras.size(); i++) {
        ExtraRow extra = extras.get(i);
        for (int c = 0; c < extra.getCells().size(); c++) {
          record(out, newline, table.name(), "EXTRA_" + (i + 1), Integer.toString(c + 1),
              extra.getLabel(), extra.getCells().get(c));
        }
      }
    }
  }

  private static void record(StringBuilder out, String newline, String table, String row,
      String column, String label, Cell cell) {
    out.append(table).append(',').append(row).append(',').append(column).append(',');
    field(out, label);
    out.append(',');
    if (cell.getValue().isPresent()) {
      out.append(cell.getValue().get().toPlainString());
    }
    out.append(',');
    field(out, Texts.written(cell, ""));
    out.append(newline);
  }

  /** Appends a field, quoted when it holds a comma, a quote, CR or LF; quotes inside doubled. */
  static void field(StringBuilder out, String text) {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      out.append(text);
      return;
    }
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }
}
