package io.github.govdisclosure.model;

import java.util.List;

/**
 * The six sections every annual report has, in order, with their canonical headings. Reports
 * renumber sections and reword headings, so a heading is recognised by the {@linkplain #keywords()
 * words} that follow its numeral, not by the numeral.
 */
public enum Section {
  /** 一、总体情况 (narrative). */
  OVERVIEW(List.of("总体情况", "概述", "基本情况", "概况"), "一、总体情况"),
  /** 二、主动公开政府信息情况 (table 2). */
  ACTIVE_DISCLOSURE(List.of("主动公开", "行政机关主动公开"), "二、主动公开政府信息情况", "二、行政机关主动公开政府信息情况"),
  /** 三、收到和处理政府信息公开申请情况 (table 3). */
  APPLICATIONS(List.of("收到和处理", "收到与处理", "收到和办理", "依申请公开", "政府信息依申请公开"),
      "三、收到和处理政府信息公开申请情况"),
  /** 四、政府信息公开行政复议、行政诉讼情况 (table 4). */
  REVIEW_LITIGATION(
      List.of("政府信息公开行政复议", "政府信息公开行政法复议", "因政府信息公开", "政府信息公开的行政复议", "行政复议", "行政法复议"),
      "四、政府信息公开行政复议、行政诉讼情况",
      "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况",
      "四、政府信息公开行政复议及行政诉讼情况"),
  /** 五、存在的主要问题及改进情况 (narrative). */
  PROBLEMS(List.of("存在的主要问题", "政府信息公开工作存在", "存在问题", "主要问题", "工作存在的主要问题"),
      "五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况", "五、存在问题及改进情况"),
  /** 六、其他需要报告的事项 (narrative; usually states the information-processing fee). */
  OTHER_MATTERS(List.of("其他需要报告", "其他事项", "其他需要说明"), "六、其他需要报告的事项");

  private final List<String> keywords;
  private final List<String> headings;

  Section(List<String> keywords, String... headings) {
    this.keywords = keywords;
    this.headings = List.of(headings);
  }

  /**
   * The words that open the section's heading right after its numeral ({@code 一、}), in the order
   * a reader tries them: the canonical heading's first words, the wordings published reports use
   * instead ({@code 概述}, {@code 依申请公开}), and common misspellings ({@code 行政法复议}). The first
   * word that matches decides the section.
   */
  public List<String> keywords() {
    return keywords;
  }

  /** The canonical heading, e.g. {@code 一、总体情况}. */
  public String heading() {
    return headings.get(0);
  }

  /** The canonical heading followed by the variants seen in published reports. */
  public List<String> headings() {
    return headings;
  }
}
