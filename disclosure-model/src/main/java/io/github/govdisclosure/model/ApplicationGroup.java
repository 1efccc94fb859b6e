package io.github.govdisclosure.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A group of result rows of table 3 whose total is not printed but which narratives quote
 * ({@code “不予公开”3件}). {@link ApplicationTable#groupTotal} computes it.
 */
public enum ApplicationGroup {
  /** （三）不予公开: the eight WITHHELD_* rows. */
  WITHHELD("（三）不予公开"),
  /** （四）无法提供: the three UNAVAILABLE_* rows. */
  UNAVAILABLE("（四）无法提供"),
  /** （五）不予处理: the five NOT_PROCESSED_* rows. */
  NOT_PROCESSED("（五）不予处理"),
  /** （六）其他处理: the three OTHER_* rows of V2021, or the single OTHER_HANDLING row of V2019. */
  OTHER("（六）其他处理");

  private final String label;

  ApplicationGroup(String label) {
    this.label = label;
  }

  /** The group header label. */
  public String label() {
    return label;
  }

  /** The data rows of this group in the edition, top to bottom. */
  public List<ApplicationRow> rows(Edition edition) {
    List<ApplicationRow> rows = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.rows(edition)) {
      if (row.group() == this) {
        rows.add(row);
      }
    }
    return List.copyOf(rows);
  }
}
