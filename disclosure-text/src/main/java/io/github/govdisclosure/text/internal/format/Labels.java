package io.github.govdisclosure.text.internal.format;

import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import java.util.ArrayList;
import java.util.List;

/** The labels and row structure an edition prints, where they differ between editions. */
final class Labels {
  private Labels() {}

  /** The row label of the edition: V2019 prints {@code 规范性文件} where V2021 has {@code 行政规范性文件}. */
  static String row(DisclosureRow row, Edition edition) {
    if (row == DisclosureRow.NORMATIVE_DOCUMENTS && edition == Edition.V2019) {
      return row.labels().get(1);
    }
    return row.label();
  }

  /** The column label of the edition: V2019 prints {@code 处理决定数量} where V2021 has {@code 本年处理决定数量}. */
  static String column(DisclosureColumn column, Edition edition) {
    if (column == DisclosureColumn.DECISIONS && edition == Edition.V2019) {
      return column.labels().get(1);
    }
    return column.label();
  }

  /** The rows of a block of table 2 in the edition. */
  static List<DisclosureRow> rows(DisclosureItem item, Edition edition) {
    List<DisclosureRow> rows = new ArrayList<>();
    for (DisclosureRow row : DisclosureRow.rows(edition)) {
      if (row.item() == item) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** Whether the row is the first under {@code 三、本年度办理结果}. */
  static boolean firstResult(ApplicationRow row, Edition edition) {
    return row == ApplicationRow.results(edition).get(0);
  }

  /**
   * The group whose header spans this row, or null: the group header of several rows; V2019's
   * single {@code （六）其他处理} row is its own label.
   */
  static ApplicationGroup spanningGroup(ApplicationRow row, Edition edition) {
    ApplicationGroup group = row.group();
    return group != null && group.rows(edition).size() > 1 ? group : null;
  }

  /** Whether a group header of several rows precedes this row (it is the group's first). */
  static boolean startsGroup(ApplicationRow row, Edition edition) {
    ApplicationGroup group = spanningGroup(row, edition);
    return group != null && group.rows(edition).get(0) == row;
  }
}
