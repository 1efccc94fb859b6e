package io.github.govdisclosure.model;

import java.util.List;

/** The six sections every annual report has, in order, with their canonical headings. */
public enum Section {
  /** 一、总体情况 (narrative). */
  OVERVIEW("一、总体情况"),
  /** 二、主动公开政府信息情况 (table 2). */
  ACTIVE_DISCLOSURE("二、主动公开政府信息情况", "二、行政机关主动公开政府信息情况"),
  /** 三、收到和处理政府信息公开申请情况 (table 3). */
  APPLICATIONS("三、收到和处理政府信息公开申请情况"),
  /** 四、政府信息公开行政复议、行政诉讼情况 (table 4). */
  REVIEW_LITIGATION(
      "四、政府信息公开行政复议、行政诉讼情况",
      "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况",
      "四、政府信息公开行政复议及行政诉讼情况"),
  /** 五、存在的主要问题及改进情况 (narrative). */
  PROBLEMS("五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况", "五、存在问题及改进情况"),
  /** 六、其他需要报告的事项 (narrative; usually states the information-processing fee). */
  OTHER_MATTERS("六、其他需要报告的事项");

  private final List<String> headings;

  Section(String... headings) {
    this.headings = List.of(headings);
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
