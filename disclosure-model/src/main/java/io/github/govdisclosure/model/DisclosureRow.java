package io.github.govdisclosure.model;

import static io.github.govdisclosure.model.DisclosureColumn.*;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of table 2. Each row belongs to one {@link DisclosureItem block}; its columns depend on the
 * edition ({@link #columns(Edition)}), and some rows exist in one edition only. Besides its labels
 * each row carries the {@linkplain #keywords() keywords} a reader of report text matches.
 */
public enum DisclosureRow {
  /** 规章 (canonical key {@code RULES}). */
  GOVERNMENT_RULES("RULES", DisclosureItem.ITEM_1, List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED),
      List.of(ISSUED, REPEALED, IN_FORCE), "规章"),
  /** 行政规范性文件 (V2021) / 规范性文件 (V2019). */
  NORMATIVE_DOCUMENTS(DisclosureItem.ITEM_1, List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED),
      List.of(ISSUED, REPEALED, IN_FORCE), "行政规范性文件", "规范性文件"),
  /** 行政许可. */
  LICENSING(DisclosureItem.ITEM_5, List.of(PRIOR_YEAR_ITEMS, NET_CHANGE, DECISIONS),
      List.of(DECISIONS), "行政许可"),
  /** V2019 only: 其他对外管理服务事项 (a wrapped cell prints {@code 对外管理服务事项}). */
  OTHER_SERVICES(null, DisclosureItem.ITEM_5, List.of(PRIOR_YEAR_ITEMS, NET_CHANGE, DECISIONS),
      List.of(), List.of("对外管理服务事项"), "其他对外管理服务事项"),
  /** 行政处罚. */
  PENALTY(DisclosureItem.ITEM_6, List.of(PRIOR_YEAR_ITEMS, NET_CHANGE, DECISIONS),
      List.of(DECISIONS), "行政处罚"),
  /** 行政强制. */
  COERCION(DisclosureItem.ITEM_6, List.of(PRIOR_YEAR_ITEMS, NET_CHANGE, DECISIONS),
      List.of(DECISIONS), "行政强制"),
  /** 行政事业性收费 (V2021: an amount in 万元; V2019: item counts). */
  ADMINISTRATIVE_FEES(DisclosureItem.ITEM_8, List.of(PRIOR_YEAR_ITEMS, NET_CHANGE),
      List.of(AMOUNT), "行政事业性收费"),
  /** V2019 only: 政府集中采购. */
  CENTRALIZED_PROCUREMENT(DisclosureItem.ITEM_9, List.of(PROJECTS, TOTAL_AMOUNT),
      List.of(), "政府集中采购");

  private final String key;
  private final DisclosureItem item;
  private final List<DisclosureColumn> columns2019;
  private final List<DisclosureColumn> columns2021;
  private final List<String> keywords;
  private final List<String> labels;

  DisclosureRow(DisclosureItem item, List<DisclosureColumn> columns2019,
      List<DisclosureColumn> columns2021, String... labels) {
    this(null, item, columns2019, columns2021, List.of(), labels);
  }

  DisclosureRow(String key, DisclosureItem item, List<DisclosureColumn> columns2019,
      List<DisclosureColumn> columns2021, String... labels) {
    this(key, item, columns2019, columns2021, List.of(), labels);
  }

  DisclosureRow(String key, DisclosureItem item, List<DisclosureColumn> columns2019,
      List<DisclosureColumn> columns2021, List<String> shortForms, String... labels) {
    this.key = key == null ? name() : key;
    this.item = item;
    this.columns2019 = columns2019;
    this.columns2021 = columns2021;
    this.labels = List.of(labels);
    List<String> keywords = new ArrayList<>(this.labels);
    keywords.addAll(shortForms);
    this.keywords = List.copyOf(keywords);
  }

  /**
   * The canonical key (docs/format.md), as JSON documents and cell references write it: the constant's
   * name, except {@code RULES} ({@link #GOVERNMENT_RULES}).
   */
  public String key() {
    return key;
  }

  /** The block this row belongs to. */
  public DisclosureItem item() {
    return item;
  }

  /** The official label first, then variants (V2019 {@code 规范性文件}). */
  public List<String> labels() {
    return labels;
  }

  /** The official label. */
  public String label() {
    return labels.get(0);
  }

  /**
   * The label the edition's layout prints: V2019 prints {@code 规范性文件} where V2021 prints
   * {@code 行政规范性文件}; every other row prints its official label.
   */
  public String label(Edition edition) {
    return this == NORMATIVE_DOCUMENTS && edition == Edition.V2019 ? labels.get(1) : label();
  }

  /**
   * The words that name the row in published text, longest first: its labels, and the shorter
   * form a wrapped cell prints ({@code 对外管理服务事项}).
   */
  public List<String> keywords() {
    return keywords;
  }

  /** The row's columns in the edition, left to right; empty when the edition lacks the row. */
  public List<DisclosureColumn> columns(Edition edition) {
    switch (edition) {
      case V2019:
        return columns2019;
      case V2021:
        return columns2021;
      default:
        return List.of();
    }
  }

  /** Whether the edition's layout has this row. */
  public boolean in(Edition edition) {
    return !columns(edition).isEmpty();
  }

  /** The rows of the edition, top to bottom. */
  public static List<DisclosureRow> rows(Edition edition) {
    List<DisclosureRow> rows = new ArrayList<>();
    for (DisclosureRow row : values()) {
      if (row.in(edition)) {
        rows.add(row);
      }
    }
    return List.copyOf(rows);
  }
}
