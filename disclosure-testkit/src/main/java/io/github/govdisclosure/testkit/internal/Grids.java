package io.github.govdisclosure.testkit.internal;

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
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The three tables as the grids of an HTML page: header rows, group header cells and data rows
 * with the edition's official labels, each row padded to the table's width with empty cells
 * (as the seed report's flattened page shows them).
 */
final class Grids {

  static final String CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  private Grids() {}

  /** A table grid: rows of cells, {@code ""} for an empty cell. */
  static final class Grid {
    final List<List<String>> rows = new ArrayList<>();
    final int width;

    Grid(int width) {
      this.width = width;
    }

    void row(List<String> cells) {
      List<String> padded = new ArrayList<>(cells);
      while (padded.size() < width) {
        padded.add("");
      }
      rows.add(padded);
    }
  }

  static Grid activeDisclosure(ActiveDisclosureTable table) {
    Edition edition = table.getEdition();
    Grid grid = new Grid(4);
    for (DisclosureItem item : DisclosureItem.values()) {
      if (!item.in(edition)) {
        continue;
      }
      grid.row(List.of(item.caption()));
      List<DisclosureRow> rows = new ArrayList<>();
      for (DisclosureRow row : DisclosureRow.rows(edition)) {
        if (row.item() == item) {
          rows.add(row);
        }
      }
      List<String> header = new ArrayList<>();
      header.add("信息内容");
      for (DisclosureColumn column : rows.get(0).columns(edition)) {
        header.add(columnLabel(column, edition));
      }
      grid.row(header);
      for (DisclosureRow row : rows) {
        List<String> cells = new ArrayList<>();
        cells.add(edition == Edition.V2019 && row == DisclosureRow.NORMATIVE_DOCUMENTS ? row.labels().get(1) : row.label());
        for (DisclosureColumn column : row.columns(edition)) {
          cells.add(raw(table.get(row, column)));
        }
        grid.row(cells);
      }
    }
    return grid;
  }

  static String columnLabel(DisclosureColumn column, Edition edition) {
    return edition == Edition.V2019 && column == DisclosureColumn.DECISIONS ? column.labels().get(1) : column.label();
  }

  static Grid applications(ApplicationTable table, boolean splitWords) {
    Edition edition = table.getEdition();
    Grid grid = new Grid(10);
    grid.row(List.of(CORNER, "申请人情况"));
    grid.row(List.of(Applicant.NATURAL_PERSON.label(), "法人或其他组织", Applicant.TOTAL.label()));
    List<String> organisations = new ArrayList<>();
    for (Applicant applicant : Applicant.values()) {
      if (applicant.isOrganization()) {
        String label = applicant.label();
        if (splitWords && label.length() == 4) {
          label = label.substring(0, 2) + " " + label.substring(2);
        }
        organisations.add(label);
      }
    }
    grid.row(organisations);
    ApplicationGroup previous = null;
    for (ApplicationRow row : ApplicationRow.rows(edition)) {
      List<String> cells = new ArrayList<>();
      if (row == ApplicationRow.DISCLOSED) {
        cells.add("三、本年度办理结果");
      }
      ApplicationGroup group = row.group();
      if (group != null && group != previous && row != ApplicationRow.OTHER_HANDLING) {
        cells.add(group.label());
      }
      previous = group;
      cells.add(row.label());
      for (Applicant applicant : Applicant.values()) {
        cells.add(raw(table.get(row, applicant)));
      }
      grid.row(cells);
    }
    return grid;
  }

  static Grid reviewLitigation(ReviewLitigationTable table, boolean truncated) {
    Grid grid = new Grid(15);
    grid.row(List.of(ReviewGroup.REVIEW.label(), "行政诉讼"));
    List<String> second = new ArrayList<>(outcomeLabels(truncated));
    second.add(ReviewGroup.LITIGATION_DIRECT.label());
    second.add(ReviewGroup.LITIGATION_AFTER_REVIEW.label());
    grid.row(second);
    List<String> third = new ArrayList<>(outcomeLabels(truncated));
    third.addAll(outcomeLabels(truncated));
    grid.row(third);
    List<String> values = new ArrayList<>();
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        values.add(raw(table.get(group, outcome)));
      }
    }
    grid.row(values);
    return grid;
  }

  private static List<String> outcomeLabels(boolean truncated) {
    List<String> labels = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      boolean wrapped = outcome == Outcome.CORRECTED || outcome == Outcome.OTHER || outcome == Outcome.PENDING;
      labels.add(truncated && wrapped ? outcome.label().substring(0, 2) : outcome.label());
    }
    return Collections.unmodifiableList(labels);
  }

  static String raw(Cell cell) {
    return cell.getKind() == Cell.Kind.MISSING ? "" : cell.getRaw();
  }
}
