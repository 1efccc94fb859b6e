package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rows of {@code audit --facts}: one per cell of the standard tables in long form, for a
 * dataframe or a database. Every cell of a table's layout in the report's edition is a row, a
 * cell the reader did not find included (kind {@code MISSING}, no provenance); a table not found
 * gives no rows. The provenance is the cell's ({@code READ}, {@code SPLIT}, {@code GUESSED}).
 */
final class Facts {
  /** The columns of {@code --facts}. */
  static final List<String> HEADER = List.of("file", "agency", "year", "edition", "table", "row", "column", "cell",
      "kind", "raw", "value", "unit", "note", "provenance", "label");

  private Facts() {}

  /**
   * The rows of a report: codes as the JSON form writes them (keys, {@code Cell.Kind}, {@code
   * Unit}), the value as a plain decimal (empty unless a number), the label as a Chinese reader
   * names the cell.
   */
  static List<List<String>> rows(Report report, String file) {
    String agency = report.getAgency().orElse("");
    String year = report.getYear().isPresent() ? Integer.toString(report.getYear().getAsInt()) : "";
    List<List<String>> rows = new ArrayList<>();
    for (Table table : Table.values()) {
      Optional<? extends StandardTable> cells = report.table(table);
      if (cells.isEmpty()) {
        continue;
      }
      for (CellRef ref : cells.get().layout()) {
        Cell cell = cells.get().get(ref);
        boolean read = cell.getKind() != Cell.Kind.MISSING;
        rows.add(List.of(file, agency, year, report.getEdition().name(), FormatKey.of(table), FormatKey.of(ref.row()),
            FormatKey.of(ref.column()), ref.toString(), cell.getKind().name(), cell.getRaw(),
            cell.getValue().map(BigDecimal::toPlainString).orElse(""), cell.getUnit().map(Unit::name).orElse(""),
            cell.getNote().orElse(""), read ? cell.getProvenance().name() : "",
            ReaderNames.cell(ref, report.getEdition(), Locale.CHINESE)));
      }
    }
    return rows;
  }
}
