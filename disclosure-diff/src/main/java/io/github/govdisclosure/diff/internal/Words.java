package io.github.govdisclosure.diff.internal;

import java.util.Locale;

/** The printer's own words in English and Chinese. Not API. */
enum Words {
  CELLS("Cells", "数据对比"),
  COMPARED("compared", "项对比"),
  CHANGED("changed", "项变化"),
  NOT_COMPARABLE("not comparable", "项无法比较"),
  UNCHANGED_NOT_LISTED("unchanged (not listed)", "项未变（不列出）"),
  CELL("cell", "单元格"),
  CHANGE("change", "变化"),
  RELATIVE("relative", "变化率"),
  KIND("kind", "结果"),
  DERIVED("derived: the group's rows summed", "推算：该组各行之和"),
  NOT_COMPARED("Not compared", "未对比"),
  ONLY_IN("only in", "仅见于"),
  GROUP_TOTAL_ONLY("compared only as the group total", "仅按合计对比"),
  ACROSS_YEARS("Across years", "跨年度检查"),
  NARRATIVE("Narrative, by sentence", "正文（按句对比）"),
  UNCHANGED_SENTENCES("unchanged", "句未变"),
  CHANGED_SENTENCES("changed", "句改写"),
  ADDED_SENTENCES("added", "句新增"),
  REMOVED_SENTENCES("removed", "句删去"),
  NONE("none", "无"),
  EDITION_CHANGE("the editions differ: only cells that mean the same in both are compared",
      "两年格式版本不同：只对比含义相同的单元格"),
  TITLE("Year over year", "年度对比"),
  OLDER("older", "上一份"),
  NEWER("newer", "本份");

  private final String english;
  private final String chinese;

  Words(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /** The word in the locale: Chinese for {@code zh}, English otherwise. */
  String in(Locale locale) {
    return isChinese(locale) ? chinese : english;
  }

  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }
}
