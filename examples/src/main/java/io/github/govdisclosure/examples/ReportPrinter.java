package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.rules.Verdict;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.TextFormat;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints one checked report the way {@code check} shows it: a header, the three standard tables in
 * the chosen {@link TextFormat} (or where they were written), the diagnostics, the findings, the
 * stated shares next to the recomputed ones, and a one-line verdict, in English or Chinese.
 */
final class ReportPrinter {
  private final PrintStream out;
  private final TextFormat format;
  private final Locale locale;
  private final boolean all;
  private final Severity least;
  private final boolean infos;
  private final boolean markdown;

  /**
   * A printer.
   *
   * @param out where to print
   * @param format the format of the tables
   * @param locale the language
   * @param all whether passing findings are listed
   * @param least the least severity of the findings listed
   * @param infos whether INFO diagnostics are listed (warnings and errors always are)
   */
  ReportPrinter(PrintStream out, TextFormat format, Locale locale, boolean all, Severity least, boolean infos) {
    this.out = out;
    this.format = format;
    this.locale = locale;
    this.all = all;
    this.least = least;
    this.infos = infos;
    this.markdown = format.getSyntax() == TextFormat.Syntax.MARKDOWN;
  }

  /** Prints the whole report: header, tables, diagnostics, findings, shares, verdict. */
  void print(CheckedReport checked) {
    print(checked, Optional.empty());
  }

  /** Prints the report; the tables are replaced by a line naming the file they were written to, if any. */
  void print(CheckedReport checked, Optional<String> tablesWrittenTo) {
    header(checked);
    tablesWrittenTo.ifPresent(file -> field(Words.TABLES, Words.WRITTEN_TO.format(locale, file)));
    out.println();
    if (tablesWrittenTo.isEmpty()) {
      out.print(DisclosureText.format(checked.report(), format));
      out.println();
    }
    diagnostics(checked);
    out.println();
    findings(checked);
    out.println();
    shares(checked);
    out.println();
    out.println(verdict(checked, locale));
  }

  private void header(CheckedReport checked) {
    Report report = checked.report();
    field(Words.AGENCY, report.getAgency().orElse(Words.UNKNOWN.in(locale)));
    field(Words.YEAR, report.getYear().isPresent() ? Integer.toString(report.getYear().getAsInt())
        : Words.UNKNOWN.in(locale));
    field(Words.EDITION, report.getEdition().name());
    field(Words.CHARSET, checked.charset());
    field(Words.FORMAT, ReaderNames.format(checked.format(), locale));
    field(Words.SOURCE, checked.shownSource(locale));
    List<Diagnostic> diagnostics = checked.diagnostics();
    List<String> bySeverity = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      long n = diagnostics.stream().filter(d -> d.getSeverity() == severity).count();
      if (n > 0) {
        bySeverity.add(Words.COUNT_OF.format(locale, n, Words.severity(severity, locale)));
      }
    }
    String count = Integer.toString(diagnostics.size());
    field(Words.DIAGNOSTICS, bySeverity.isEmpty() ? count
        : Words.COUNTS.format(locale, count, String.join(Words.LIST_SEPARATOR.in(locale), bySeverity)));
  }

  private void field(Words name, String value) {
    String label = name.in(locale);
    if (markdown) {
      out.println("- " + label + ": " + value);
    } else if (Words.isChinese(locale)) {
      out.println(label + "：" + value);
    } else {
      out.println(pad(label + ":", 13) + value);
    }
  }

  /** {@code line:col CODE message [excerpt]}, warnings and errors (infos too when asked). */
  private void diagnostics(CheckedReport checked) {
    List<Diagnostic> listed = checked.listedDiagnostics(infos);
    heading((infos ? Words.DIAGNOSTICS_ALL : Words.DIAGNOSTICS_SHOWN).in(locale), listed.isEmpty());
    for (Diagnostic diagnostic : listed) {
      out.println(item(line(diagnostic, locale)));
    }
  }

  /**
   * A diagnostic on one line: {@code 341:1 TEXT-REPEATED-DOCUMENT the report is printed again … [excerpt]};
   * in Chinese the code's meaning first ({@link DiagnosticWords}).
   */
  static String line(Diagnostic diagnostic, Locale locale) {
    String line = diagnostic.line() + ":" + diagnostic.column() + " " + diagnostic.getCode() + " "
        + DiagnosticWords.message(diagnostic.getCode(), diagnostic.getMessage(), locale);
    return diagnostic.getExcerpt().isEmpty() ? line : line + " [" + diagnostic.getExcerpt() + "]";
  }

  private void findings(CheckedReport checked) {
    List<String> lines = new ArrayList<>();
    for (FindingView finding : checked.listed(all, least)) {
      lines.add(finding.line(checked.report().getEdition(), locale));
    }
    String title;
    if (least == Severity.INFO) {
      title = (all ? Words.FINDINGS_ALL : Words.FINDINGS_FAILED).in(locale);
    } else {
      title = (all ? Words.FINDINGS_ALL_AT_LEAST : Words.FINDINGS_FAILED_AT_LEAST)
          .format(locale, Words.atLeast(least, locale));
    }
    heading(title, lines.isEmpty());
    for (String line : lines) {
      out.println(item(line));
    }
  }

  private void shares(CheckedReport checked) {
    List<FindingView.Share> shares = checked.shares();
    heading(Words.STATED_SHARES.in(locale), shares.isEmpty());
    if (shares.isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(Words.QUANTITY.in(locale), Words.STATED.in(locale), Words.RECOMPUTED.in(locale),
        Words.DENOMINATOR.in(locale), Words.ROUNDING.in(locale), Words.MATCH.in(locale)));
    for (FindingView.Share share : shares) {
      rows.add(shareRow(share, locale));
    }
    table(rows);
  }

  /** A stated share's row: quantity, stated, recomputed, denominator = value, rounding, match. */
  static List<String> shareRow(FindingView.Share share, Locale locale) {
    String denominator = share.denominator()
        .map(d -> ReaderNames.denominator(d, locale) + " = " + share.denominatorValue().orElse("?")).orElse("—");
    String rounding = share.rounding().map(r -> ReaderNames.rounding(r, locale)).orElse("—");
    String match = share.status() == Status.PASS ? Words.YES.in(locale)
        : share.status() == Status.FAIL ? Words.NO.in(locale) : Words.STATUS_NOT_ASSESSABLE.in(locale);
    return List.of(ReaderNames.quantity(share.quantity(), locale), percent(share.stated()).orElse("?"),
        percent(share.recomputed()).orElse("—"), denominator, rounding, match);
  }

  private static Optional<String> percent(Optional<BigDecimal> share) {
    return share.map(p -> p.toPlainString() + "%");
  }

  /** The one-line verdict: {@code Verdict: CONSISTENT (0 failed, 0 not assessable, 302 passed of 302 checks)}. */
  static String verdict(CheckedReport checked, Locale locale) {
    if (checked.accepted() > 0) {
      return Words.VERDICT_LINE_ACCEPTED.format(locale, Words.verdict(checked.verdict(), locale),
          checked.count(Status.FAIL), checked.count(Status.NOT_ASSESSABLE), checked.count(Status.PASS),
          checked.findings().size(), checked.accepted());
    }
    return verdict(checked.verdict(), checked.count(Status.FAIL), checked.count(Status.NOT_ASSESSABLE),
        checked.count(Status.PASS), checked.findings().size(), locale);
  }

  /** The one-line verdict of a verdict and the counts of findings by status. */
  static String verdict(Verdict verdict, int failed, int notAssessable, int passed, int total, Locale locale) {
    return Words.VERDICT_LINE.format(locale, Words.verdict(verdict, locale), failed, notAssessable, passed, total);
  }

  private void heading(String title, boolean none) {
    String end = Words.HEADING_END.in(locale);
    String suffix = none ? end + (Words.isChinese(locale) ? "" : " ") + Words.NONE.in(locale) : end;
    out.println(markdown ? "## " + title + (none ? suffix : "") : title + suffix);
  }

  private String item(String line) {
    return (markdown ? "- " : "  ") + line;
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

  static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  /** Terminal columns: two for East Asian wide and full-width characters, one otherwise. */
  static int width(String text) {
    return text.codePoints().map(cp -> (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD)
        ? 2 : 1).sum();
  }
}
