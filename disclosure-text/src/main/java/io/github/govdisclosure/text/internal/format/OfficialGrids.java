package io.github.govdisclosure.text.internal.format;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.text.TextFormat;
import io.github.govdisclosure.text.internal.format.Grid.Role;
import java.util.List;

/**
 * The three tables laid out as in the national template (国办公开办函〔2021〕30号 and 〔2019〕60号),
 * with the rowspans and colspans of the official HTML tables; rows found outside the layout follow
 * the last official row.
 */
final class OfficialGrids {
  private OfficialGrids() {}

  /**
   * Table 2: four columns; each block is a caption over all four, a header row {@code 信息内容 | …}
   * and its rows; a block with fewer than three columns spans its last column over the rest.
   */
  static Grid activeDisclosure(ActiveDisclosureTable table, TextFormat format) {
    Edition edition = table.getEdition();
    Grid.Builder grid = new Grid.Builder(4);
    for (DisclosureItem item : DisclosureItem.values()) {
      if (!item.in(edition)) {
        continue;
      }
      List<DisclosureRow> rows = RowGroups.rows(item, edition);
      List<DisclosureColumn> columns = rows.get(0).columns(edition);
      grid.row().add(Texts.label(item.caption(), format), Role.CAPTION, 1, 4);
      grid.row().add(Texts.label(DisclosureColumn.HEADER, format), Role.HEADER);
      for (int i = 0; i < columns.size(); i++) {
        int span = i == columns.size() - 1 ? 4 - columns.size() : 1;
        grid.add(Texts.label(columns.get(i).label(edition), format), Role.HEADER, 1, span);
      }
      for (DisclosureRow row : rows) {
        grid.row().add(Texts.label(row.label(edition), format), Role.LABEL);
        for (int i = 0; i < columns.size(); i++) {
          int span = i == columns.size() - 1 ? 4 - columns.size() : 1;
          value(grid, table.get(row, columns.get(i)), format, span);
        }
      }
    }
    extraRows(grid, table.getExtraRows(), 1, format);
    return grid.build();
  }

  /**
   * Table 3: three label columns and seven applicant columns. The corner (with the footnote)
   * covers 3 rows × 3 columns; {@code 申请人情况} spans the seven applicant columns, over
   * {@code 自然人} (2 rows), {@code 法人或其他组织} (5 columns) and {@code 总计} (2 rows).
   * {@code 三、本年度办理结果} spans the result rows and {@code （七）总计}; each group header of
   * several rows ({@code （三）不予公开}: 8) spans its rows; the other labels span the free columns.
   */
  static Grid applications(ApplicationTable table, TextFormat format) {
    Edition edition = table.getEdition();
    Grid.Builder grid = new Grid.Builder(10);
    grid.row()
        .add(Texts.label(ApplicationTable.FOOTNOTE, format), Role.HEADER, 3, 3)
        .add(Applicant.HEADER, Role.HEADER, 1, 7);
    grid.row()
        .add(Applicant.NATURAL_PERSON.label(), Role.HEADER, 2, 1)
        .add(Applicant.ORGANIZATIONS_HEADER, Role.HEADER, 1, 5)
        .add(Applicant.TOTAL.label(), Role.HEADER, 2, 1);
    grid.row();
    for (Applicant applicant : Applicant.values()) {
      if (applicant.isOrganization()) {
        grid.add(applicant.label(), Role.HEADER);
      }
    }
    int resultRows = ApplicationRow.results(edition).size() + 1;
    for (ApplicationRow row : ApplicationRow.rows(edition)) {
      grid.row();
      if (row.role() == ApplicationRow.Role.INPUT || row.role() == ApplicationRow.Role.OUTPUT) {
        grid.add(Texts.label(row.label(), format), Role.LABEL, 1, 3);
      } else {
        if (RowGroups.firstResult(row, edition)) {
          grid.add(Texts.label(ApplicationRow.RESULTS_HEADER, format), Role.LABEL, resultRows, 1);
        }
        ApplicationGroup group = RowGroups.spanningGroup(row, edition);
        if (group == null) {
          grid.add(Texts.label(row.label(), format), Role.LABEL, 1, 2);
        } else {
          List<ApplicationRow> members = group.rows(edition);
          if (members.get(0) == row) {
            grid.add(Texts.label(group.label(), format), Role.LABEL, members.size(), 1);
          }
          grid.add(Texts.label(row.label(), format), Role.LABEL);
        }
      }
      for (Applicant applicant : Applicant.values()) {
        value(grid, table.get(row, applicant), format, 1);
      }
    }
    extraRows(grid, table.getExtraRows(), 3, format);
    return grid.build();
  }

  /**
   * Table 4: {@code 行政复议} over 5 columns and {@code 行政诉讼} over 10; the review outcomes span
   * two header rows, beside {@code 未经复议直接起诉} and {@code 复议后起诉} (5 columns each) over
   * their outcomes; then the one row of 15 cells.
   */
  static Grid reviewLitigation(ReviewLitigationTable table, TextFormat format) {
    Grid.Builder grid = new Grid.Builder(15);
    grid.row()
        .add(ReviewGroup.REVIEW.label(), Role.HEADER, 1, 5)
        .add(ReviewGroup.LITIGATION_DIRECT.heading(), Role.HEADER, 1, 10);
    grid.row();
    for (Outcome outcome : Outcome.values()) {
      grid.add(outcome.label(), Role.HEADER, 2, 1);
    }
    grid.add(ReviewGroup.LITIGATION_DIRECT.label(), Role.HEADER, 1, 5)
        .add(ReviewGroup.LITIGATION_AFTER_REVIEW.label(), Role.HEADER, 1, 5);
    grid.row();
    for (int i = 0; i < 2; i++) {
      for (Outcome outcome : Outcome.values()) {
        grid.add(outcome.label(), Role.HEADER);
      }
    }
    grid.row();
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        value(grid, table.get(group, outcome), format, 1);
      }
    }
    extraRows(grid, table.getExtraRows(), 1, format);
    return grid.build();
  }

  private static void value(Grid.Builder grid, Cell cell, TextFormat format, int span) {
    Role role = cell.getKind() == Cell.Kind.MISSING ? Role.MISSING : Role.VALUE;
    // PLAIN marks a cell split or guessed by the reader; HTML gives it a class instead
    String mark = format.getSyntax() == TextFormat.Syntax.PLAIN ? Texts.mark(cell) : "";
    grid.add(Texts.token(cell, format.getMissingMark()) + mark, role, 1, span, cell.getProvenance());
  }

  /** Rows outside the layout: the label as written, then the cells; surplus cells share the last slot. */
  private static void extraRows(Grid.Builder grid, List<ExtraRow> rows, int labelSpan, TextFormat format) {
    for (ExtraRow row : rows) {
      grid.row().add(Texts.oneLine(row.getLabel()), Role.LABEL, 1, labelSpan);
      int slots = grid.free();
      List<Cell> cells = row.getCells();
      if (cells.isEmpty()) {
        grid.add("", Role.VALUE, 1, slots);
        continue;
      }
      int last = Math.min(cells.size(), slots) - 1;
      for (int i = 0; i < last; i++) {
        value(grid, cells.get(i), format, 1);
      }
      if (cells.size() <= slots) {
        value(grid, cells.get(last), format, slots - last);
      } else {
        StringBuilder rest = new StringBuilder();
        for (int i = last; i < cells.size(); i++) {
          if (i > last) {
            rest.append(' ');
          }
          rest.append(Texts.token(cells.get(i), format.getMissingMark()));
        }
        grid.add(rest.toString(), Role.VALUE, 1, 1);
      }
    }
  }
}
