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
 * The flattened web text of the canonical example ({@code 2021_weiyuan-county.txt}): the cells of
 * the official HTML tables in reading order, each non-empty one on its own line followed by
 * {@code " |"}, each run of empty ones as that many {@code |} on one line.
 *
 * <p>The web page's tables also hold empty cells the official layout does not show; the
 * canonical file has them, so they are printed too ("ghost" cells below): after the caption of a
 * block of table 2 (3), after each row of table 2 whose block has fewer than three columns (3 − k),
 * after the header rows of table 3 (8, 7, 5) and of table 4 (13, 8, 5), after each row of table 3
 * (1 when the row starts with a group header, else 2). The last row of a table has none.
 */
final class PipeWriter {
  private final TextFormat format;
  private final String newline;
  private final StringBuilder out;
  private int empties;

  private PipeWriter(TextFormat format, StringBuilder out) {
    this.format = format;
    this.newline = format.getLineSeparator();
    this.out = out;
  }

  static void write(Report report, TextFormat format, StringBuilder out) {
    new PipeWriter(format, out).write(report);
  }

  private void write(Report report) {
    String title = Texts.title(report);
    if (format.isPrintTitle() && title != null) {
      line(title);
    }
    for (Table table : Table.values()) {
      if (!format.prints(table)) {
        continue;
      }
      if (format.isPrintHeadings()) {
        line(table.section().heading());
      }
      if (report.table(table).isEmpty()) {
        line(Texts.NO_TABLE);
        continue;
      }
      switch (table) {
        case ACTIVE_DISCLOSURE:
          activeDisclosure(report.getActiveDisclosure().get());
          break;
        case APPLICATIONS:
          applications(report.getApplications().get());
          break;
        default:
          reviewLitigation(report.getReviewLitigation().get());
      }
      flush();
    }
  }

  private void activeDisclosure(ActiveDisclosureTable table) {
    Edition edition = table.getEdition();
    DisclosureRow lastRow = DisclosureRow.rows(edition).get(DisclosureRow.rows(edition).size() - 1);
    boolean extras = !table.getExtraRows().isEmpty();
    for (DisclosureItem item : DisclosureItem.values()) {
      if (!item.in(edition)) {
        continue;
      }
      List<DisclosureRow> rows = RowGroups.rows(item, edition);
      List<DisclosureColumn> columns = rows.get(0).columns(edition);
      int ghosts = 3 - columns.size();
      label(item.caption());
      empties += 3;
      label(DisclosureColumn.HEADER);
      for (DisclosureColumn column : columns) {
        label(column.label(edition));
      }
      empties += ghosts;
      for (DisclosureRow row : rows) {
        label(row.label(edition));
        for (DisclosureColumn column : columns) {
          cell(table.get(row, column));
        }
        if (row != lastRow || extras) {
          empties += ghosts;
        }
      }
    }
    extraRows(table.getExtraRows());
  }

  private void applications(ApplicationTable table) {
    Edition edition = table.getEdition();
    label(ApplicationTable.FOOTNOTE);
    label(Applicant.HEADER);
    empties += 8;
    label(Applicant.NATURAL_PERSON.label());
    label(Applicant.ORGANIZATIONS_HEADER);
    label(Applicant.TOTAL.label());
    empties += 7;
    for (Applicant applicant : Applicant.values()) {
      if (applicant.isOrganization()) {
        label(applicant.label());
      }
    }
    empties += 5;
    boolean extras = !table.getExtraRows().isEmpty();
    for (ApplicationRow row : ApplicationRow.rows(edition)) {
      boolean groupStart = false;
      if (RowGroups.firstResult(row, edition)) {
        label(ApplicationRow.RESULTS_HEADER);
        groupStart = true;
      }
      if (RowGroups.startsGroup(row, edition)) {
        label(row.group().label());
        groupStart = true;
      }
      label(row.label());
      for (Applicant applicant : Applicant.values()) {
        cell(table.get(row, applicant));
      }
      if (row != ApplicationRow.CARRIED_TO_NEXT_YEAR || extras) {
        empties += groupStart ? 1 : 2;
      }
    }
    extraRows(table.getExtraRows());
  }

  private void reviewLitigation(ReviewLitigationTable table) {
    label(ReviewGroup.REVIEW.label());
    label(ReviewGroup.LITIGATION_DIRECT.heading());
    empties += 13;
    for (Outcome outcome : Outcome.values()) {
      label(outcome.label());
    }
    label(ReviewGroup.LITIGATION_DIRECT.label());
    label(ReviewGroup.LITIGATION_AFTER_REVIEW.label());
    empties += 8;
    for (int i = 0; i < 2; i++) {
      for (Outcome outcome : Outcome.values()) {
        label(outcome.label());
      }
    }
    empties += 5;
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        cell(table.get(group, outcome));
      }
    }
    extraRows(table.getExtraRows());
  }

  private void extraRows(List<ExtraRow> rows) {
    for (ExtraRow row : rows) {
      token(Texts.oneLine(row.getLabel()));
      for (Cell cell : row.getCells()) {
        cell(cell);
      }
    }
  }

  private void label(String label) {
    token(Texts.label(label, format));
  }

  private void cell(Cell cell) {
    token(Texts.token(cell, format.getMissingMark()));
  }

  private void token(String token) {
    if (token.isEmpty()) {
      empties++;
      return;
    }
    flush();
    out.append(token).append(" |").append(newline);
  }

  private void line(String text) {
    flush();
    out.append(text).append(newline);
  }

  private void flush() {
    if (empties > 0) {
      for (int i = 0; i < empties; i++) {
        out.append('|');
      }
      out.append(newline);
      empties = 0;
    }
  }
}
