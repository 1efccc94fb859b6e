package io.github.govdisclosure.text.internal.format;

import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import java.util.ArrayList;
import java.util.List;

/** How an edition groups the rows it prints: the blocks of table 2, the groups and headers of table 3. */
final class RowGroups {
  private RowGroups() {}

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
