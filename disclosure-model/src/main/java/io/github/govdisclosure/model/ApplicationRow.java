package io.github.govdisclosure.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A data row of table 3, top to bottom. V2021 has 25 data rows, V2019 23: V2019 has the single
 * row {@link #OTHER_HANDLING} where V2021 has the three OTHER_* rows.
 */
public enum ApplicationRow {
  /** 一、本年新收政府信息公开申请数量. */
  NEW_RECEIVED(null, Role.INPUT, "一、本年新收政府信息公开申请数量"),
  /** 二、上年结转政府信息公开申请数量 (canonical key {@code CARRIED_OVER}). */
  CARRIED_FROM_LAST_YEAR("CARRIED_OVER", null, Role.INPUT, "二、上年结转政府信息公开申请数量"),
  /** （一）予以公开. */
  DISCLOSED(null, Role.RESULT, "（一）予以公开"),
  /** （二）部分公开（区分处理的，只计这一情形，不计其他情形）. */
  PARTIALLY_DISCLOSED(null, Role.RESULT, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开"),
  /** 1.属于国家秘密. */
  WITHHELD_STATE_SECRET(ApplicationGroup.WITHHELD, Role.RESULT, "1.属于国家秘密"),
  /** 2.其他法律行政法规禁止公开. */
  WITHHELD_PROHIBITED_BY_LAW(ApplicationGroup.WITHHELD, Role.RESULT, "2.其他法律行政法规禁止公开"),
  /** 3.危及“三安全一稳定”. */
  WITHHELD_SECURITY_STABILITY(ApplicationGroup.WITHHELD, Role.RESULT, "3.危及“三安全一稳定”"),
  /** 4.保护第三方合法权益. */
  WITHHELD_THIRD_PARTY(ApplicationGroup.WITHHELD, Role.RESULT, "4.保护第三方合法权益"),
  /** 5.属于三类内部事务信息. */
  WITHHELD_INTERNAL_AFFAIRS(ApplicationGroup.WITHHELD, Role.RESULT, "5.属于三类内部事务信息"),
  /** 6.属于四类过程性信息. */
  WITHHELD_PROCESS_INFORMATION(ApplicationGroup.WITHHELD, Role.RESULT, "6.属于四类过程性信息"),
  /** 7.属于行政执法案卷. */
  WITHHELD_ENFORCEMENT_FILE(ApplicationGroup.WITHHELD, Role.RESULT, "7.属于行政执法案卷"),
  /** 8.属于行政查询事项. */
  WITHHELD_ADMINISTRATIVE_QUERY(ApplicationGroup.WITHHELD, Role.RESULT, "8.属于行政查询事项"),
  /** 1.本机关不掌握相关政府信息. */
  UNAVAILABLE_NOT_HELD(ApplicationGroup.UNAVAILABLE, Role.RESULT, "1.本机关不掌握相关政府信息"),
  /** 2.没有现成信息需要另行制作. */
  UNAVAILABLE_NEEDS_CREATION(ApplicationGroup.UNAVAILABLE, Role.RESULT, "2.没有现成信息需要另行制作"),
  /** 3.补正后申请内容仍不明确. */
  UNAVAILABLE_STILL_UNCLEAR(ApplicationGroup.UNAVAILABLE, Role.RESULT, "3.补正后申请内容仍不明确"),
  /** 1.信访举报投诉类申请. */
  NOT_PROCESSED_COMPLAINT(ApplicationGroup.NOT_PROCESSED, Role.RESULT, "1.信访举报投诉类申请"),
  /** 2.重复申请. */
  NOT_PROCESSED_DUPLICATE(ApplicationGroup.NOT_PROCESSED, Role.RESULT, "2.重复申请"),
  /** 3.要求提供公开出版物. */
  NOT_PROCESSED_PUBLICATION(ApplicationGroup.NOT_PROCESSED, Role.RESULT, "3.要求提供公开出版物"),
  /** 4.无正当理由大量反复申请. */
  NOT_PROCESSED_EXCESSIVE(ApplicationGroup.NOT_PROCESSED, Role.RESULT, "4.无正当理由大量反复申请"),
  /** 5.要求行政机关确认或重新出具已获取信息. */
  NOT_PROCESSED_CONFIRMATION(ApplicationGroup.NOT_PROCESSED, Role.RESULT, "5.要求行政机关确认或重新出具已获取信息"),
  /** V2021 only: 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请. */
  OTHER_NO_CORRECTION(ApplicationGroup.OTHER, Role.RESULT,
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
  /** V2021 only: 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请. */
  OTHER_FEE_UNPAID(ApplicationGroup.OTHER, Role.RESULT,
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
  /** V2021 only: 3.其他 (canonical key {@code OTHER_OTHER}). */
  OTHER_UNSPECIFIED("OTHER_OTHER", ApplicationGroup.OTHER, Role.RESULT, "3.其他"),
  /** V2019 only: （六）其他处理, one data row. */
  OTHER_HANDLING(ApplicationGroup.OTHER, Role.RESULT, "（六）其他处理"),
  /** （七）总计: the sum of all result rows. */
  TOTAL_HANDLED(null, Role.TOTAL, "（七）总计"),
  /** 四、结转下年度继续办理 (canonical key {@code CARRIED_FORWARD}). */
  CARRIED_TO_NEXT_YEAR("CARRIED_FORWARD", null, Role.OUTPUT, "四、结转下年度继续办理", "四、结转下一年度继续办理");

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
  private final List<String> labels;

  ApplicationRow(ApplicationGroup group, Role role, String... labels) {
    this(null, group, role, labels);
  }

  ApplicationRow(String key, ApplicationGroup group, Role role, String... labels) {
    this.key = key == null ? name() : key;
    this.group = group;
    this.role = role;
    this.labels = List.of(labels);
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

  /** The official label first, then variants. */
  public List<String> labels() {
    return labels;
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
