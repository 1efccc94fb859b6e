package io.github.govdisclosure.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A data row of table 3, top to bottom. V2021 has 25 data rows, V2019 23: V2019 has the single
 * row {@link #OTHER_HANDLING} where V2021 has the three OTHER_* rows.
 *
 * <p>Besides its official label each row carries how published text names it, which a reader of
 * report text matches: the {@linkplain #numerals() numbering} printed before the label (official
 * form first: {@code 一、}, {@code （一）}, {@code 1.}; sub-items also as {@code 1、} and
 * {@code （1）}) and the {@linkplain #keywords() keywords}, the label's words without numbering,
 * then the short forms that wrapped or abridged cells print ({@code 本年新收}, {@code 国家秘密},
 * {@code 结转下年度}).
 */
public enum ApplicationRow {
  /** 一、本年新收政府信息公开申请数量. */
  NEW_RECEIVED(null, null, Role.INPUT, part("一"), List.of("本年新收政府信息公开申请数量", "本年新收"),
      "一、本年新收政府信息公开申请数量"),
  /** 二、上年结转政府信息公开申请数量 (canonical key {@code CARRIED_OVER}). */
  CARRIED_FROM_LAST_YEAR("CARRIED_OVER", null, Role.INPUT, part("二"),
      List.of("上年结转政府信息公开申请数量", "上年结转"), "二、上年结转政府信息公开申请数量"),
  /** （一）予以公开. */
  DISCLOSED(null, null, Role.RESULT, item("一"), List.of("予以公开"), "（一）予以公开"),
  /** （二）部分公开（区分处理的，只计这一情形，不计其他情形）. */
  PARTIALLY_DISCLOSED(null, null, Role.RESULT, item("二"), List.of("部分公开"),
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开"),
  /** 1.属于国家秘密. */
  WITHHELD_STATE_SECRET(null, ApplicationGroup.WITHHELD, Role.RESULT, sub(1), List.of("属于国家秘密", "国家秘密"),
      "1.属于国家秘密"),
  /** 2.其他法律行政法规禁止公开. */
  WITHHELD_PROHIBITED_BY_LAW(null, ApplicationGroup.WITHHELD, Role.RESULT, sub(2),
      List.of("其他法律行政法规禁止公开", "法律行政法规禁止公开", "禁止公开", "其他法律行政止公开"),
      "2.其他法律行政法规禁止公开"),
  /** 3.危及“三安全一稳定”. */
  WITHHELD_SECURITY_STABILITY(null, ApplicationGroup.WITHHELD, Role.RESULT, sub(3),
      List.of("危及“三安全一稳定”", "三安全一稳定"), "3.危及“三安全一稳定”"),
  /** 4.保护第三方合法权益. */
  WITHHELD_THIRD_PARTY(null, ApplicationGroup.WITHHELD, Role.RESULT, sub(4), List.of("保护第三方合法权益", "第三方合法权益"),
      "4.保护第三方合法权益"),
  /** 5.属于三类内部事务信息. */
  WITHHELD_INTERNAL_AFFAIRS(null, ApplicationGroup.WITHHELD, Role.RESULT, sub(5), List.of("属于三类内部事务信息", "三类内部事务"),
      "5.属于三类内部事务信息"),
  /** 6.属于四类过程性信息. */
  WITHHELD_PROCESS_INFORMATION(null, ApplicationGroup.WITHHELD, Role.RESULT, sub(6),
      List.of("属于四类过程性信息", "四类过程性信息"), "6.属于四类过程性信息"),
  /** 7.属于行政执法案卷. */
  WITHHELD_ENFORCEMENT_FILE(null, ApplicationGroup.WITHHELD, Role.RESULT, sub(7), List.of("属于行政执法案卷", "行政执法案卷"),
      "7.属于行政执法案卷"),
  /** 8.属于行政查询事项. */
  WITHHELD_ADMINISTRATIVE_QUERY(null, ApplicationGroup.WITHHELD, Role.RESULT, sub(8), List.of("属于行政查询事项", "行政查询事项"),
      "8.属于行政查询事项"),
  /** 1.本机关不掌握相关政府信息. */
  UNAVAILABLE_NOT_HELD(null, ApplicationGroup.UNAVAILABLE, Role.RESULT, sub(1),
      List.of("本机关不掌握相关政府信息", "不掌握相关政府信息", "本机关不掌握"), "1.本机关不掌握相关政府信息"),
  /** 2.没有现成信息需要另行制作. */
  UNAVAILABLE_NEEDS_CREATION(null, ApplicationGroup.UNAVAILABLE, Role.RESULT, sub(2),
      List.of("没有现成信息需要另行制作", "没有现成信息"), "2.没有现成信息需要另行制作"),
  /** 3.补正后申请内容仍不明确. */
  UNAVAILABLE_STILL_UNCLEAR(null, ApplicationGroup.UNAVAILABLE, Role.RESULT, sub(3),
      List.of("补正后申请内容仍不明确", "申请内容仍不明确"), "3.补正后申请内容仍不明确"),
  /** 1.信访举报投诉类申请. */
  NOT_PROCESSED_COMPLAINT(null, ApplicationGroup.NOT_PROCESSED, Role.RESULT, sub(1), List.of("信访举报投诉类申请", "信访举报投诉"),
      "1.信访举报投诉类申请"),
  /** 2.重复申请. */
  NOT_PROCESSED_DUPLICATE(null, ApplicationGroup.NOT_PROCESSED, Role.RESULT, sub(2), List.of("重复申请"), "2.重复申请"),
  /** 3.要求提供公开出版物. */
  NOT_PROCESSED_PUBLICATION(null, ApplicationGroup.NOT_PROCESSED, Role.RESULT, sub(3), List.of("要求提供公开出版物", "公开出版物"),
      "3.要求提供公开出版物"),
  /** 4.无正当理由大量反复申请. */
  NOT_PROCESSED_EXCESSIVE(null, ApplicationGroup.NOT_PROCESSED, Role.RESULT, sub(4), List.of("无正当理由大量反复申请", "大量反复申请"),
      "4.无正当理由大量反复申请"),
  /** 5.要求行政机关确认或重新出具已获取信息. */
  NOT_PROCESSED_CONFIRMATION(null, ApplicationGroup.NOT_PROCESSED, Role.RESULT, sub(5),
      List.of("要求行政机关确认或重新出具已获取信息", "要求行政机关确认或重新出具", "确认或重新出具"),
      "5.要求行政机关确认或重新出具已获取信息"),
  /** V2021 only: 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请. */
  OTHER_NO_CORRECTION(null, ApplicationGroup.OTHER, Role.RESULT, sub(1), List.of("申请人无正当理由逾期不补正", "逾期不补正"),
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
  /** V2021 only: 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请. */
  OTHER_FEE_UNPAID(null, ApplicationGroup.OTHER, Role.RESULT, sub(2),
      List.of("申请人逾期未按收费通知要求缴纳费用", "申请人逾期未按收费通知要求", "申请人逾期未按收费通知", "逾期未按收费通知",
          "收费通知要求"),
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
  /**
   * V2021 only: 3.其他 (canonical key {@code OTHER_OTHER}). Its keyword is also a column label
   * ({@link Applicant#OTHER_ORGANIZATION}): only its numbering makes it this row.
   */
  OTHER_UNSPECIFIED("OTHER_OTHER", ApplicationGroup.OTHER, Role.RESULT, sub(3), List.of("其他"), "3.其他"),
  /** V2019 only: （六）其他处理, one data row (also printed {@code 六、其他处理}). */
  OTHER_HANDLING(null, ApplicationGroup.OTHER, Role.RESULT, itemOrPart("六"), List.of("其他处理"), "（六）其他处理"),
  /**
   * （七）总计: the sum of all result rows (also printed {@code 七、总计}). Its keyword is also a
   * column label ({@link Applicant#TOTAL}): only its numbering makes it this row.
   */
  TOTAL_HANDLED(null, null, Role.TOTAL, itemOrPart("七"), List.of("总计"), "（七）总计"),
  /** 四、结转下年度继续办理 (canonical key {@code CARRIED_FORWARD}). */
  CARRIED_TO_NEXT_YEAR("CARRIED_FORWARD", null, Role.OUTPUT, part("四"),
      List.of("结转下年度继续办理", "结转下一年度继续办理", "结转下年度", "结转下一年度"),
      "四、结转下年度继续办理", "四、结转下一年度继续办理");

  /**
   * The header of the result rows, {@code 三、本年度办理结果}: it spans the rows {@code （一）} to
   * {@code （七）} and carries no numbers.
   */
  public static final String RESULTS_HEADER = "三、本年度办理结果";

  /** The part a row plays in the table's arithmetic. */
  public enum Role {
    /** NEW_RECEIVED and CARRIED_FROM_LAST_YEAR: the left side of the balance. */
    INPUT,
    /** A result row: one of the addends of TOTAL_HANDLED. */
    RESULT,
    /** TOTAL_HANDLED. */
    TOTAL,
    /** CARRIED_TO_NEXT_YEAR. */
    OUTPUT
  }

  private final String key;
  private final ApplicationGroup group;
  private final Role role;
  private final List<String> numerals;
  private final List<String> keywords;
  private final List<String> labels;

  ApplicationRow(String key, ApplicationGroup group, Role role, List<String> numerals, List<String> keywords,
      String... labels) {
    this.key = key == null ? name() : key;
    this.group = group;
    this.role = role;
    this.numerals = numerals;
    this.keywords = keywords;
    this.labels = List.of(labels);
  }

  /** A row of the first level, numbered {@code 一、}. */
  private static List<String> part(String numeral) {
    return List.of(numeral + "、");
  }

  /** A row of the second level, numbered {@code （一）}. */
  private static List<String> item(String numeral) {
    return List.of("（" + numeral + "）");
  }

  /** A row of the second level whose numeral no first-level row has, also printed {@code 六、}. */
  private static List<String> itemOrPart(String numeral) {
    return List.of("（" + numeral + "）", numeral + "、");
  }

  /** A sub-item of a group, numbered {@code 1.}, also printed {@code 1、} or {@code （1）}. */
  private static List<String> sub(int number) {
    return List.of(number + ".", number + "、", "（" + number + "）");
  }

  /**
   * The canonical key ({@code docs/format.md}), as JSON documents and cell references
   * write it: the constant's name, except {@code CARRIED_OVER} ({@link #CARRIED_FROM_LAST_YEAR}),
   * {@code CARRIED_FORWARD} ({@link #CARRIED_TO_NEXT_YEAR}) and {@code OTHER_OTHER}
   * ({@link #OTHER_UNSPECIFIED}).
   */
  public String key() {
    return key;
  }

  /** The group this row belongs to, or {@code null} for rows outside the four groups. */
  public ApplicationGroup group() {
    return group;
  }

  /** The part the row plays in the table's arithmetic. */
  public Role role() {
    return role;
  }

  /** The official label first, then the variants published reports print in full. */
  public List<String> labels() {
    return labels;
  }

  /**
   * The numbering printed before the row's label, the official form first ({@code 一、},
   * {@code （一）}, {@code 1.}), then the other forms published reports print: {@code 1、} and
   * {@code （1）} for a sub-item, {@code 六、} and {@code 七、} for {@link #OTHER_HANDLING} and
   * {@link #TOTAL_HANDLED}. The same sub-item numerals recur in every group: a numeral alone never
   * names a row.
   */
  public List<String> numerals() {
    return numerals;
  }

  /**
   * The words that name the row in published text, without numbering: the words of each of its
   * labels (without a footnote such as {@code （区分处理的，…）} or a tail such as
   * {@code 、行政机关不再处理其政府信息公开申请}), then the shorter forms abridged or wrapped cells print
   * ({@code 本年新收}, {@code 国家秘密}, {@code 结转下年度}), then misprints seen in published
   * reports ({@code 其他法律行政止公开}). Where a keyword is also a column label ({@code 其他},
   * {@code 总计}), only the numbering makes it this row.
   */
  public List<String> keywords() {
    return keywords;
  }

  /** The official label. */
  public String label() {
    return labels.get(0);
  }

  /** Whether the edition's layout has this row. */
  public boolean in(Edition edition) {
    switch (this) {
      case OTHER_NO_CORRECTION:
      case OTHER_FEE_UNPAID:
      case OTHER_UNSPECIFIED:
        return edition == Edition.V2021;
      case OTHER_HANDLING:
        return edition == Edition.V2019;
      default:
        return edition.hasTables();
    }
  }

  /** The data rows of the edition, top to bottom (V2021: 25, V2019: 23, PRE_2019: none). */
  public static List<ApplicationRow> rows(Edition edition) {
    List<ApplicationRow> rows = new ArrayList<>();
    for (ApplicationRow row : values()) {
      if (row.in(edition)) {
        rows.add(row);
      }
    }
    return List.copyOf(rows);
  }

  /** The result rows of the edition, whose sum is TOTAL_HANDLED. */
  public static List<ApplicationRow> results(Edition edition) {
    List<ApplicationRow> rows = new ArrayList<>();
    for (ApplicationRow row : rows(edition)) {
      if (row.role == Role.RESULT) {
        rows.add(row);
      }
    }
    return List.copyOf(rows);
  }
}
