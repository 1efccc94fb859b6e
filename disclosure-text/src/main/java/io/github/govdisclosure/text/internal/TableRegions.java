package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Section;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where the three standard tables stand in their sections, and which edition their labels
 * follow. Every word looked for is taken from the model: whole labels and headers, or parts of
 * them that survive a wrapped cell ({@code 本列数据} of table 3's corner footnote).
 */
final class TableRegions {

  /** Where table 2 starts: a block caption without its item number, {@code 第二十条第}. */
  private static final String[] ACTIVE = {captionWords()};
  /**
   * Where table 3 starts, whichever comes first: the applicant header, two parts of the corner
   * footnote, the first row's label without {@code 数量}, or the labels of the rows that follow it
   * with their numerals (rows out of order).
   */
  private static final String[] APPLICATIONS = {
    NormalForm.normalize(Applicant.HEADER),
    part(ApplicationTable.FOOTNOTE, "本列数据"),
    part(ApplicationTable.FOOTNOTE, "勾稽关系"),
    part(ApplicationRow.NEW_RECEIVED.label(), "本年新收政府信息公开申请"),
    // rows out of order (PDF to Markdown, table 3 split into small tables): its numbered rows
    NormalForm.normalize(ApplicationRow.DISCLOSED.label()),
    NormalForm.normalize(ApplicationRow.PARTIALLY_DISCLOSED.label()),
    NormalForm.normalize(ApplicationRow.CARRIED_FROM_LAST_YEAR.label())
  };
  /** Where table 4 starts, the first found in this order: its header row, else its first header. */
  private static final String[] REVIEW = {
    NormalForm.normalize(ReviewGroup.REVIEW.heading() + ReviewGroup.LITIGATION_DIRECT.heading()),
    NormalForm.normalize(ReviewGroup.REVIEW.heading())
  };
  /**
   * The headers of table 2 that tell V2021: its first block's columns. The fee amount, a V2021
   * column too, is not one: a table with V2019 headers and the V2021 fee row is reported as mixed.
   */
  private static final String[] ACTIVE_V2021 = labelsOnlyIn(Edition.V2021,
      DisclosureColumn.ISSUED, DisclosureColumn.IN_FORCE, DisclosureColumn.REPEALED);
  /** The headers of table 2 that tell V2019 (the procurement count, {@code 采购项目数量}, is not one). */
  private static final String[] ACTIVE_V2019 = labelsOnlyIn(Edition.V2019,
      DisclosureColumn.NEWLY_MADE, DisclosureColumn.TOTAL_PUBLISHED, DisclosureColumn.PRIOR_YEAR_ITEMS,
      DisclosureColumn.NET_CHANGE, DisclosureColumn.TOTAL_AMOUNT, DisclosureColumn.NEWLY_PUBLISHED);
  /** Parts of the labels of the rows of table 3 that only V2021 has ({@code 逾期不补正}). */
  private static final String[] APPLICATIONS_V2021 = {
    v2021Part(ApplicationRow.OTHER_NO_CORRECTION, "逾期不补正"),
    v2021Part(ApplicationRow.OTHER_FEE_UNPAID, "收费通知"),
    v2021Part(ApplicationRow.OTHER_NO_CORRECTION, "不再处理其政府信息公开申请")
  };

  private static String captionWords() {
    String caption = DisclosureItem.ITEM_1.caption();
    return NormalForm.normalize(caption.substring(0, caption.indexOf('（')));
  }

  /** A part of a text of the model, normalised; the model's text must hold it. */
  private static String part(String text, String part) {
    if (!text.contains(part)) {
      throw new IllegalStateException("'" + part + "' is not a part of '" + text + "'");
    }
    return NormalForm.normalize(part);
  }

  /** A part of the label of a row that only V2021 has. */
  private static String v2021Part(ApplicationRow row, String part) {
    if (row.in(Edition.V2019)) {
      throw new IllegalStateException(row + " is not a row of V2021 only");
    }
    return part(row.label(), part);
  }

  /** The official labels of columns of table 2, normalised; each must be a column of the edition only. */
  private static String[] labelsOnlyIn(Edition edition, DisclosureColumn... columns) {
    Set<DisclosureColumn> in = EnumSet.noneOf(DisclosureColumn.class);
    Set<DisclosureColumn> other = EnumSet.noneOf(DisclosureColumn.class);
    for (DisclosureRow row : DisclosureRow.values()) {
      in.addAll(row.columns(edition));
      other.addAll(row.columns(edition == Edition.V2021 ? Edition.V2019 : Edition.V2021));
    }
    List<String> labels = new ArrayList<>();
    for (DisclosureColumn column : columns) {
      if (!in.contains(column) || other.contains(column)) {
        throw new IllegalStateException(column + " is not a column of " + edition + " only");
      }
      labels.add(NormalForm.normalize(column.label()));
    }
    return labels.toArray(new String[0]);
  }

  private final NormalForm norm;
  /** Each table's source range {@code [from, to)}: from its first header word to its section's end; null if not found. */
  final int[] active;
  final int[] applications;
  final int[] review;
  private final Edition activeEdition;
  private final Edition applicationsEdition;

  private TableRegions(NormalForm norm, Sections sections) {
    this.norm = norm;
    this.active = region(sections.content(Section.ACTIVE_DISCLOSURE), ACTIVE, false);
    this.applications = region(sections.content(Section.APPLICATIONS), APPLICATIONS, true);
    int[] reviewContent = sections.content(Section.REVIEW_LITIGATION);
    int[] reviewRegion = region(reviewContent, REVIEW, false);
    this.review = reviewRegion != null ? reviewRegion : unlabelledRow(reviewContent);
    this.activeEdition = active == null ? null : editionOf(active, ACTIVE_V2021, ACTIVE_V2019);
    this.applicationsEdition = applications == null ? null : editionOf(applications, APPLICATIONS_V2021, null);
  }

  /** Finds the tables in the sections. */
  static TableRegions find(NormalForm norm, Sections sections) {
    return new TableRegions(norm, sections);
  }

  /** The edition table 2's column labels follow, or null when they tell neither. */
  Edition activeEdition() {
    return activeEdition;
  }

  /** The edition table 3's row labels follow: V2021 when a row only V2021 has is named, else V2019; null without table 3. */
  Edition applicationsEdition() {
    return applicationsEdition;
  }

  /**
   * The region of a table inside a section's content, starting at the earliest marker, or at the
   * first marker (in the given order of preference) that is found.
   */
  private int[] region(int[] content, String[] markers, boolean earliest) {
    if (content == null) {
      return null;
    }
    int from = norm.indexAtSource(content[0]);
    int to = norm.indexAtSource(content[1]);
    int best = -1;
    for (String marker : markers) {
      int at = norm.indexOf(marker, from, to);
      if (at >= 0 && at < to && (best < 0 || at < best)) {
        best = at;
      }
      if (best >= 0 && !earliest) {
        break;
      }
    }
    if (best < 0) {
      return null;
    }
    if (best > 0 && norm.charAt(best - 1) == '(') {
      best--;
    }
    return new int[] {norm.sourceOf(best), content[1]};
  }

  /**
   * Table 4 printed as one row of numbers without its header, directly under the section's heading
   * ({@code 四、…情况⏎1 0 2 0 3 12 0 0 0 12 0 0 0 0 0}): the section's content, when it opens with a
   * digit; else null.
   */
  private int[] unlabelledRow(int[] content) {
    if (content == null) {
      return null;
    }
    int from = norm.indexAtSource(content[0]);
    int to = norm.indexAtSource(content[1]);
    return from < to && Character.isDigit(norm.charAt(from)) ? content : null;
  }

  /** V2021 when a V2021 word is in the region, else V2019 when a V2019 word is (or, with none given, always), else null. */
  private Edition editionOf(int[] region, String[] v2021, String[] v2019) {
    int from = norm.indexAtSource(region[0]);
    int to = norm.indexAtSource(region[1]);
    for (String marker : v2021) {
      int at = norm.indexOf(marker, from, to);
      if (at >= 0 && at < to) {
        return Edition.V2021;
      }
    }
    if (v2019 == null) {
      return Edition.V2019;
    }
    for (String marker : v2019) {
      int at = norm.indexOf(marker, from, to);
      if (at >= 0 && at < to) {
        return Edition.V2019;
      }
    }
    return null;
  }
}
