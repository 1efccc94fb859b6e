package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Denominator;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the program names, in the chosen language, what a reader sees in a report: a cell of a
 * standard table, a table, the place of a finding, a stated quantity, a denominator, a rounding.
 * The one place for this wording.
 *
 * <p>English keeps the canonical keys of the format ({@code APPLICATIONS[TOTAL_HANDLED][TOTAL]}),
 * which the JSON documents and the rule messages use too. Chinese says a cell the way a reader of
 * the printed report would, from the official labels of the model's enums ({@code label()}):
 * 「表三·（七）总计·法律服务机构」, 「表三·（三）不予公开·1.属于国家秘密·自然人」, 「表四·行政复议·总计」,
 * 「表四·行政诉讼·复议后起诉·总计」, 「表二·第二十条第（一）项·规章·现行有效件数」. A label's trailing note
 * in brackets is left out, as a reader leaves it out: （二）部分公开, not
 * （二）部分公开（区分处理的，只计这一情形，不计其他情形）.
 */
final class ReaderNames {
  /** The header of table 4 over both litigation groups (the model names only the groups). */
  private static final String LITIGATION = "行政诉讼";
  private static final String SEPARATOR = "·";

  /** What section 一 calls each stated quantity. */
  private static final Map<Quantity, String> QUANTITIES = new EnumMap<>(Map.ofEntries(
      Map.entry(Quantity.RECEIVED, "收到申请"),
      Map.entry(Quantity.CARRIED_FROM_LAST_YEAR, "上年结转"),
      Map.entry(Quantity.HANDLED, "办结"),
      Map.entry(Quantity.DISCLOSED, "予以公开"),
      Map.entry(Quantity.PARTIALLY_DISCLOSED, "部分公开"),
      Map.entry(Quantity.DISCLOSED_OR_PARTIALLY, "予以公开及部分公开"),
      Map.entry(Quantity.WITHHELD, "不予公开"),
      Map.entry(Quantity.UNAVAILABLE, "无法提供"),
      Map.entry(Quantity.NOT_PROCESSED, "不予处理"),
      Map.entry(Quantity.OTHER, "其他处理"),
      Map.entry(Quantity.CARRIED_TO_NEXT_YEAR, "结转下年度继续办理"),
      Map.entry(Quantity.REVIEW, "行政复议"),
      Map.entry(Quantity.LITIGATION, "行政诉讼")));

  private ReaderNames() {}

  /** A cell: its canonical reference in English, 「表三·（七）总计·法律服务机构」 in Chinese. */
  static String cell(CellRef ref, Edition edition, Locale locale) {
    if (!Words.isChinese(locale)) {
      return ref.toString();
    }
    StringBuilder name = new StringBuilder("「").append(table(ref.table(), locale));
    switch (ref.table()) {
      case APPLICATIONS:
        ApplicationRow row = (ApplicationRow) ref.row();
        ApplicationGroup group = row.group();
        if (group != null && group.rows(edition).size() > 1) {
          name.append(SEPARATOR).append(group.label());
        }
        name.append(SEPARATOR).append(spoken(row.label()))
            .append(SEPARATOR).append(((Applicant) ref.column()).label());
        break;
      case REVIEW_LITIGATION:
        ReviewGroup reviewGroup = (ReviewGroup) ref.row();
        name.append(SEPARATOR);
        if (reviewGroup != ReviewGroup.REVIEW) {
          name.append(LITIGATION).append(SEPARATOR);
        }
        name.append(reviewGroup.label()).append(SEPARATOR).append(((Outcome) ref.column()).label());
        break;
      default:
        DisclosureRow disclosureRow = (DisclosureRow) ref.row();
        name.append(SEPARATOR).append(disclosureRow.item().caption())
            .append(SEPARATOR).append(spoken(disclosureRow.label()))
            .append(SEPARATOR).append(spoken(((DisclosureColumn) ref.column()).label()));
    }
    return name.append('」').toString();
  }

  /**
   * The total of a group of rows of table 3, where a share or count of the group is stated:
   * {@code APPLICATIONS[WITHHELD][TOTAL]} in English, 「表三·（三）不予公开·总计」 in Chinese.
   */
  static String group(ApplicationGroup group, Locale locale) {
    if (!Words.isChinese(locale)) {
      return Table.APPLICATIONS + "[" + group.name() + "][" + Applicant.TOTAL.name() + "]";
    }
    return "「" + table(Table.APPLICATIONS, locale) + SEPARATOR + group.label() + SEPARATOR + Applicant.TOTAL.label() + "」";
  }

  /** A table: {@code table 3} in English, 表三 in Chinese. */
  static String table(Table table, Locale locale) {
    int number = table.ordinal() + 2;
    if (!Words.isChinese(locale)) {
      return "table " + number;
    }
    return "表" + "二三四".charAt(number - 2);
  }

  /**
   * The place of a finding that is about no cell: a section key ({@code PROBLEMS}: its heading in
   * Chinese), a table key ({@code REVIEW_LITIGATION}: 表四), or a property path, kept as written.
   */
  static String location(String location, Locale locale) {
    if (!Words.isChinese(locale)) {
      return location;
    }
    for (Table table : Table.values()) {
      if (table.name().equals(location)) {
        return table(table, locale);
      }
    }
    for (Section section : Section.values()) {
      if (section.name().equals(location)) {
        return section.heading();
      }
    }
    return location;
  }

  /** A stated quantity by its canonical key: the key in English ({@code DISCLOSED}), 予以公开 in Chinese. */
  static String quantity(String key, Locale locale) {
    if (!Words.isChinese(locale)) {
      return key;
    }
    try {
      return QUANTITIES.get(FormatKey.parse(Quantity.class, key));
    } catch (IllegalArgumentException notAQuantity) {
      return key;
    }
  }

  /** A denominator: its label in English ({@code NEW_RECEIVED + CARRIED_OVER}), the rows' words in Chinese. */
  static String denominator(Denominator denominator, Locale locale) {
    if (!Words.isChinese(locale)) {
      return denominator.label();
    }
    switch (denominator) {
      case TOTAL_HANDLED:
        return "办理结果总计";
      case NEW_RECEIVED:
        return "本年新收";
      default:
        return "本年新收＋上年结转";
    }
  }

  /** A rounding: its name in English ({@code HALF_UP}), 四舍五入 or 直接舍去 in Chinese. */
  static String rounding(RoundingMode rounding, Locale locale) {
    if (!Words.isChinese(locale)) {
      return rounding.name();
    }
    return rounding == RoundingMode.HALF_UP ? "四舍五入" : rounding == RoundingMode.DOWN ? "直接舍去" : rounding.name();
  }

  /** The format a file was read as: {@code text}, {@code html}, …; 文本, 网页, … in Chinese. */
  static String format(String format, Locale locale) {
    if (!Words.isChinese(locale)) {
      return format;
    }
    switch (format) {
      case "text":
        return "文本";
      case "html":
        return "网页";
      case "docx":
        return "Word 文档";
      case "pdf":
        return "PDF 文档";
      default:
        return format;
    }
  }

  /** A label without its trailing note in full-width brackets. */
  private static String spoken(String label) {
    int open = label.lastIndexOf('（');
    return open > 0 && label.endsWith("）") ? label.substring(0, open) : label;
  }
}
