package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.text.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.TextFormat;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints one checked report the way {@link Main} shows it: a header, the three standard tables in
 * the chosen {@link TextFormat}, the findings, the stated shares next to the recomputed ones, and
 * a one-line verdict. Headings and messages are English, or Chinese for {@code zh}.
 */
final class ReportPrinter {
  private static final Map<String, String> ZH = Map.ofEntries(
      Map.entry("agency", "机关"), Map.entry("year", "年度"), Map.entry("edition", "格式版本"),
      Map.entry("charset", "字符集"), Map.entry("source", "来源文件"), Map.entry("diagnostics", "解析提示"),
      Map.entry("unknown", "不明"), Map.entry("none", "无"),
      Map.entry("Findings (failed or not assessable)", "检查结果（不符或无法判定）"),
      Map.entry("Findings (all)", "检查结果（全部）"),
      Map.entry("Stated shares", "正文所述占比"), Map.entry("quantity", "项目"), Map.entry("stated", "正文"),
      Map.entry("recomputed", "重新计算"), Map.entry("denominator", "分母"), Map.entry("rounding", "舍入"),
      Map.entry("match", "是否一致"), Map.entry("yes", "是"), Map.entry("no", "否"),
      Map.entry("not assessable", "无法判定"), Map.entry("Verdict", "结论"),
      Map.entry("failed", "项不符"), Map.entry("passed", "项通过"), Map.entry("checks", "项检查"),
      Map.entry("error", "条错误"), Map.entry("warning", "条警告"), Map.entry("info", "条提示"),
      Map.entry("CONSISTENT", "一致"), Map.entry("INCONSISTENT", "不一致"), Map.entry("NOT_ASSESSABLE", "无法判定"));

  private final PrintStream out;
  private final TextFormat format;
  private final Locale locale;
  private final boolean all;
  private final boolean markdown;

  ReportPrinter(PrintStream out, TextFormat format, Locale locale, boolean all) {
    this.out = out;
    this.format = format;
    this.locale = locale;
    this.all = all;
    this.markdown = format.getSyntax() == TextFormat.Syntax.MARKDOWN;
  }

  /** Prints the whole report: header, tables, findings, shares, verdict. */
  void print(ReportInput.Parsed parsed, CheckResult check) {
    Report report = parsed.result().getReport();
    header(parsed);
    out.println();
    out.print(DisclosureText.format(report, format));
    out.println();
    findings(check);
    out.println();
    shares(report, check);
    out.println();
    out.println(verdict(check));
  }

  private void header(ReportInput.Parsed parsed) {
    Report report = parsed.result().getReport();
    List<Diagnostic> diagnostics = parsed.result().getDiagnostics();
    field("agency", report.getAgency().orElse(word("unknown")));
    field("year", report.getYear().isPresent() ? Integer.toString(report.getYear().getAsInt()) : word("unknown"));
    field("edition", report.getEdition().name());
    field("charset", parsed.result().getCharset());
    field("source", parsed.source());
    StringBuilder counts = new StringBuilder(Integer.toString(diagnostics.size()));
    List<String> bySeverity = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      long n = diagnostics.stream().filter(d -> d.getSeverity() == severity).count();
      if (n > 0) {
        bySeverity.add(isChinese() ? n + " " + word(severity.label()) : n + " " + severity.label());
      }
    }
    if (!bySeverity.isEmpty()) {
      counts.append(isChinese() ? " 条（" + String.join("，", bySeverity) + "）"
          : " (" + String.join(", ", bySeverity) + ")");
    }
    field("diagnostics", counts.toString());
  }

  private void field(String name, String value) {
    String label = word(name);
    if (markdown) {
      out.println("- " + label + ": " + value);
    } else if (isChinese()) {
      out.println(label + "：" + value);
    } else {
      out.println(pad(label + ":", 13) + value);
    }
  }

  private void findings(CheckResult check) {
    List<String> lines = new ArrayList<>();
    for (Finding finding : check.getFindings()) {
      if (all || finding.getStatus() != Status.PASS) {
        lines.add(finding.render(locale));
      }
    }
    String title = word(all ? "Findings (all)" : "Findings (failed or not assessable)");
    heading(title, lines.isEmpty());
    for (String line : lines) {
      out.println((markdown ? "- " : "  ") + line);
    }
  }

  private void shares(Report report, CheckResult check) {
    List<Finding> shares = check.byRule(StandardRule.NARRATIVE_PERCENTAGE.id());
    heading(word("Stated shares"), shares.isEmpty());
    if (shares.isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(word("quantity"), word("stated"), word("recomputed"), word("denominator"), word("rounding"),
        word("match")));
    for (Finding share : shares) {
      Map<String, String> args = share.getArguments();
      String stated = share.getActual().map(p -> p.toPlainString() + "%").orElse("?");
      String recomputed = share.getExpected().map(p -> p.toPlainString() + "%").orElse("—");
      String denominator;
      String rounding;
      String match;
      if (share.getStatus() != Status.NOT_ASSESSABLE) {
        // a PASS names the denominator that matched, a FAIL the one its expected share is over
        denominator = args.get("denominatorLabel") + " = " + args.get("denominatorValue");
        rounding = args.get("rounding");
        match = word(share.getStatus() == Status.PASS ? "yes" : "no");
      } else {
        denominator = "—";
        rounding = "—";
        match = word("not assessable");
      }
      rows.add(List.of(args.getOrDefault("quantity", "?"), stated, recomputed, denominator, rounding, match));
    }
    table(rows);
  }

  /** The one-line verdict: {@code Verdict: CONSISTENT (0 failed, 0 not assessable, 187 passed of 187 checks)}. */
  String verdict(CheckResult check) {
    int failed = check.withStatus(Status.FAIL).size();
    int unassessable = check.withStatus(Status.NOT_ASSESSABLE).size();
    int passed = check.withStatus(Status.PASS).size();
    int total = check.getFindings().size();
    if (isChinese()) {
      String verdict = check.getVerdict().name();
      return "结论：" + verdict + "（" + word(verdict) + "；共 " + total + " 项检查，" + failed + " 项不符，"
          + unassessable + " 项无法判定，" + passed + " 项通过）";
    }
    return "Verdict: " + check.getVerdict().name() + " (" + failed + " failed, " + unassessable + " not assessable, "
        + passed + " passed of " + total + " checks)";
  }

  private void heading(String title, boolean none) {
    String suffix = none ? (isChinese() ? "：" : ": ") + word("none") : (isChinese() ? "：" : ":");
    out.println(markdown ? "## " + title + (none ? suffix : "") : title + suffix);
  }

  /** Columns aligned by display width (a CJK character is two columns), or a Markdown table. */
  private void table(List<List<String>> rows) {
    if (markdown) {
      for (int r = 0; r < rows.size(); r++) {
        out.println("| " + String.join(" | ", rows.get(r)) + " |");
        if (r == 0) {
          out.println("|" + "---|".repeat(rows.get(0).size()));
        }
      }
      return;
    }
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        line.append("  ").append(pad(row.get(c), widths[c]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  /** Terminal columns: two for East Asian wide and full-width characters, one otherwise. */
  static int width(String text) {
    return text.codePoints().map(cp -> (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD)
        ? 2 : 1).sum();
  }

  private boolean isChinese() {
    return locale.getLanguage().equals("zh");
  }

  private String word(String english) {
    return isChinese() ? ZH.getOrDefault(english, english) : english;
  }
}
