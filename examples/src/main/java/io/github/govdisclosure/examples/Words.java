package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.rules.Verdict;
import java.util.Locale;

/**
 * The program's own words in English and Chinese: headings, field names, severities, statuses,
 * verdicts. Each constant carries both languages, so neither can lack a word. Rule messages come
 * from the rules' bundles and names of cells from {@link ReaderNames}; parser diagnostics are
 * English until the text module has a Chinese bundle.
 */
enum Words {
  AGENCY("agency", "机关"),
  YEAR("year", "年度"),
  EDITION("edition", "格式版本"),
  CHARSET("charset", "字符集"),
  FORMAT("format", "文件格式"),
  SOURCE("source", "来源文件"),
  DIAGNOSTICS("diagnostics", "解析提示"),
  TABLES("tables", "表格"),
  UNKNOWN("unknown", "不明"),
  NONE("none", "无"),
  BUNDLED_SAMPLE("%s (bundled sample)", "%s（内置示例）"),
  WRITTEN_TO("written to %s", "已写入 %s"),
  AGENCIES_DIFFER("note: the reports are of different agencies (%s, %s)", "注意：两份报告的机关不同（%s，%s）"),
  COUNT_OF("%d %s", "%d 条%s"),
  COUNTS("%s (%s)", "%s 条（%s）"),
  LIST_SEPARATOR(", ", "，"),
  NAME_SEPARATOR(": ", "："),
  IS_A_DIRECTORY("is a directory", "是文件夹"),
  IS_EMPTY("is empty", "是空文件"),
  NO_SUCH_FILE("no such file", "文件不存在"),
  PERMISSION_DENIED("permission denied", "无权读取"),
  CANNOT_BE_READ("cannot be read (%s)", "无法读取（%s）"),
  NOT_READ("not read: %s", "未读取：%s"),
  NO_SUCH_FOLDER("no such folder", "文件夹不存在"),
  NOT_A_FOLDER("is not a folder", "不是文件夹"),
  CANNOT_BE_LISTED("cannot be listed (%s)", "无法列出（%s）"),
  INTERRUPTED("interrupted; nothing written", "已中断；未写入任何文件"),
  CANNOT_WRITE("cannot write %s: %s", "无法写入 %s：%s"),
  IT_IS_A_FOLDER("it is a folder", "这是一个文件夹"),
  FOLDER_MISSING("the folder %s does not exist", "文件夹 %s 不存在"),
  READ_ONLY("the file is read-only", "文件为只读"),
  FOLDER_DENIED("permission denied in %s", "无权写入 %s"),

  FINDINGS_FAILED("Findings (failed or not assessable)", "检查结果（不符或无法判定）"),
  FINDINGS_ALL("Findings (all)", "检查结果（全部）"),
  FINDINGS_FAILED_AT_LEAST("Findings (failed or not assessable; %s)", "检查结果（不符或无法判定；%s）"),
  FINDINGS_ALL_AT_LEAST("Findings (all; %s)", "检查结果（全部；%s）"),
  ERRORS_ONLY("errors only", "仅错误"),
  WARNINGS_AND_ERRORS("warnings and errors", "警告和错误"),
  DIAGNOSTICS_SHOWN("Diagnostics (warnings and errors)", "解析提示（警告和错误）"),
  DIAGNOSTICS_ALL("Diagnostics (all)", "解析提示（全部）"),
  STATED_SHARES("Stated shares", "正文所述占比"),
  QUANTITY("quantity", "项目"),
  STATED("stated", "正文"),
  RECOMPUTED("recomputed", "重新计算"),
  DENOMINATOR("denominator", "分母"),
  ROUNDING("rounding", "舍入"),
  MATCH("match", "是否一致"),
  YES("yes", "是"),
  NO("no", "否"),
  VERDICT_LINE("Verdict: %1$s (%2$d failed, %3$d not assessable, %4$d passed of %5$d checks)",
      "结论：%1$s（共 %5$d 项检查，%2$d 项不符，%3$d 项无法判定，%4$d 项通过）"),
  VERDICT_LINE_ACCEPTED("Verdict: %1$s (%2$d failed, %6$d accepted, %3$d not assessable, %4$d passed of %5$d checks)",
      "结论：%1$s（共 %5$d 项检查，%2$d 项不符，%6$d 项已接受，%3$d 项无法判定，%4$d 项通过）"),
  HEADING_END(":", "："),
  AT("at", "位于"),

  SEVERITY_ERROR("error", "错误"),
  SEVERITY_WARNING("warning", "警告"),
  SEVERITY_INFO("info", "提示"),
  STATUS_PASS("passed", "通过"),
  STATUS_FAIL("failed", "不符"),
  STATUS_NOT_ASSESSABLE("not assessable", "无法判定"),
  STATUS_ACCEPTED("accepted", "已接受"),
  BASELINE_UNREADABLE("%s: not a baseline file: %s", "%s：不是基线文件：%s"),
  BASELINE_REVIEW("written by govdisclosure --write-baseline: review, then say why it is accepted",
      "由 govdisclosure --write-baseline 写入：请复核并写明接受的理由"),
  ACCEPTED_FINDINGS("%s (%d accepted findings)", "%s（%d 条已接受的检查结果）"),
  FACTS("%s (%d cells)", "%s（%d 个单元格）"),
  VERDICT_CONSISTENT("CONSISTENT", "一致"),
  VERDICT_INCONSISTENT("INCONSISTENT", "不一致"),
  VERDICT_NOT_ASSESSABLE("NOT_ASSESSABLE", "无法判定"),

  AUDITED("%d reports audited under %s", "已检查 %2$s 下的 %1$d 份报告"),
  TALLY("By verdict", "按结论统计"),
  TOTAL("total", "合计"),
  SKIPPED("Skipped (%d)", "已跳过（%d）"),
  WRITTEN("Written", "已写入"),
  ROWS("%s (%d rows)", "%s（%d 行）"),
  NO_REPORT("%s: no report to audit (%d files, none of a supported format)",
      "%s：没有可检查的报告（%d 个文件，均非支持的格式）"),
  EMPTY_FOLDER("%s: no file to audit", "%s：没有可检查的文件"),

  PAGE_TITLE("Consistency report", "一致性检查报告"),
  PAGE_AUDIT_TITLE("Consistency audit of %s", "%s 一致性检查"),
  GENERATED_BY("Written by govdisclosure %s; the rule ids are those of its rule catalogue (docs/rules.md).",
      "由 govdisclosure %s 生成；规则编号见其规则目录（docs/rules.md）。"),
  SUMMARY("Summary", "概览"),
  REPORTS_CAPTION("Reports (select a column heading to sort)", "报告（点击列标题排序）"),
  TALLY_CAPTION("Reports by verdict", "按结论统计报告数"),
  VERDICT("verdict", "结论"),
  REPORT_COUNT("reports", "报告数"),
  FILE("file", "文件"),
  ERRORS("errors", "错误"),
  WARNINGS("warnings", "警告"),
  NOT_ASSESSABLE("not assessable", "无法判定"),
  FIRST_FINDING("first finding", "首条结果"),
  SKIPPED_FILES("Skipped files", "已跳过的文件"),
  STANDARD_TABLES("The standard tables", "标准表格"),
  TABLE_CAPTION("%s — %s", "%s　%s"),
  TABLE_ABSENT("%s was not found in this report.", "本报告中未找到%s。"),
  LEGEND("✗ marks a cell whose equation fails (hover or focus it for the derivation); ≈ marks a cell whose"
      + " reading was guessed (its row was split or placed without certainty).",
      "✗ 表示等式不成立的单元格（悬停或聚焦可见推导）；≈ 表示读取时推定的单元格（该行的拆分或归位不确定）。"),
  GUESSED("guessed: %s", "推定：%s"),
  RULE("rule", "规则"),
  SEVERITY("severity", "严重程度"),
  STATUS("status", "状态"),
  CELL("cell", "单元格"),
  EXPECTED("expected", "应为"),
  ACTUAL("actual", "实为"),
  MESSAGE("derivation", "推导"),
  DIAGNOSTIC_MESSAGE("message", "说明"),
  POSITION("line:col", "行:列"),
  CODE("code", "代码"),
  EXCERPT("excerpt", "原文摘录");

  private final String english;
  private final String chinese;

  Words(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /** The word in the locale: Chinese for any {@code zh} locale, English otherwise. */
  String in(Locale locale) {
    return isChinese(locale) ? chinese : english;
  }

  /**
   * The word as a template filled as {@link String#format} in {@link Locale#ROOT} fills it. The
   * words use only {@code %s} and {@code %d}, plain or numbered ({@code %2$d}); those are filled
   * here, because {@link java.util.Formatter} parses each template with a regular expression, a
   * noticeable part of a one-file run. Anything else goes to {@link String#format}.
   */
  String format(Locale locale, Object... arguments) {
    String template = in(locale);
    String filled = fill(template, arguments);
    return filled != null ? filled : String.format(Locale.ROOT, template, arguments);
  }

  /** The template filled, or null when it holds anything but {@code %s} and {@code %d} of arguments given. */
  static String fill(String template, Object... arguments) {
    StringBuilder out = new StringBuilder(template.length() + 16);
    int next = 0;
    int n = template.length();
    for (int i = 0; i < n; i++) {
      char c = template.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      int j = i + 1;
      int index = -1;
      int digits = j;
      while (digits < n && template.charAt(digits) >= '0' && template.charAt(digits) <= '9') {
        digits++;
      }
      if (digits > j && digits < n && template.charAt(digits) == '$') {
        index = Integer.parseInt(template, j, digits, 10) - 1;
        j = digits + 1;
      }
      if (j >= n) {
        return null;
      }
      int argument = index >= 0 ? index : next++;
      if (argument < 0 || argument >= arguments.length) {
        return null;
      }
      Object value = arguments[argument];
      char conversion = template.charAt(j);
      if (conversion == 's' && !(value instanceof java.util.Formattable)) {
        out.append(value);
      } else if (conversion == 'd' && (value instanceof Integer || value instanceof Long)) {
        out.append(((Number) value).longValue());
      } else {
        return null;
      }
      i = j;
    }
    return out.toString();
  }

  /** Whether the locale is Chinese. */
  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /** A severity: {@code error}, {@code warning}, {@code info}; 错误, 警告, 提示. */
  static String severity(Severity severity, Locale locale) {
    switch (severity) {
      case ERROR:
        return SEVERITY_ERROR.in(locale);
      case WARNING:
        return SEVERITY_WARNING.in(locale);
      default:
        return SEVERITY_INFO.in(locale);
    }
  }

  /** A status: {@code passed}, {@code failed}, {@code not assessable}; 通过, 不符, 无法判定. */
  static String status(Status status, Locale locale) {
    switch (status) {
      case PASS:
        return STATUS_PASS.in(locale);
      case FAIL:
        return STATUS_FAIL.in(locale);
      default:
        return STATUS_NOT_ASSESSABLE.in(locale);
    }
  }

  /** A verdict: its name in English ({@code CONSISTENT}); 一致, 不一致, 无法判定. */
  static String verdict(Verdict verdict, Locale locale) {
    switch (verdict) {
      case CONSISTENT:
        return VERDICT_CONSISTENT.in(locale);
      case INCONSISTENT:
        return VERDICT_INCONSISTENT.in(locale);
      default:
        return VERDICT_NOT_ASSESSABLE.in(locale);
    }
  }

  /** What a listing of findings or diagnostics at least this severe says of its filter. */
  static String atLeast(Severity severity, Locale locale) {
    return severity == Severity.ERROR ? ERRORS_ONLY.in(locale) : WARNINGS_AND_ERRORS.in(locale);
  }
}
