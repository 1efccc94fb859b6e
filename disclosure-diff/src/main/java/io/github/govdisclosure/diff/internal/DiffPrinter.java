package io.github.govdisclosure.diff.internal;

import io.github.govdisclosure.diff.CellChange;
import io.github.govdisclosure.diff.ReportDiff;
import io.github.govdisclosure.diff.SectionDiff;
import io.github.govdisclosure.diff.SentenceEdit;
import io.github.govdisclosure.diff.Unmatched;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.text.TextFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Prints a {@link ReportDiff} in the syntaxes of {@link TextFormat}. Not API. */
public final class DiffPrinter {
  private static final String CSV_HEADER =
      "table,row,column,derived,older_raw,older,newer_raw,newer,change,relative_change,kind,reason";

  private final ReportDiff diff;
  private final TextFormat format;
  private final Locale locale;
  private final boolean chinese;
  private final String newline;
  private final StringBuilder out = new StringBuilder();

  private DiffPrinter(ReportDiff diff, TextFormat format, Locale locale) {
    this.diff = diff;
    this.format = format;
    this.locale = locale;
    this.chinese = Words.isChinese(locale);
    this.newline = format.getLineSeparator();
  }

  /** The diff in the format's syntax (PIPE prints as PLAIN). */
  public static String print(ReportDiff diff, TextFormat format, Locale locale) {
    DiffPrinter printer = new DiffPrinter(diff, format, locale);
    switch (format.getSyntax()) {
      case CSV:
        printer.csv();
        break;
      case HTML:
        printer.html();
        break;
      default:
        printer.text(format.getSyntax() == TextFormat.Syntax.MARKDOWN);
    }
    return printer.out.toString();
  }

  // ---- PLAIN and MARKDOWN

  private void text(boolean markdown) {
    line((markdown ? "# " : "") + Words.TITLE.in(locale) + (chinese ? "：" : ": ") + side(diff.getOlder())
        + " → " + side(diff.getNewer()));
    if (diff.isEditionChange()) {
      line((markdown ? "" : "  ") + Words.EDITION_CHANGE.in(locale));
    }
    line("");
    heading(markdown, Words.CELLS.in(locale) + (chinese ? "：" : ": ") + tally());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(Words.CELL.in(locale), year(diff.getOlder(), Words.OLDER), year(diff.getNewer(), Words.NEWER),
        Words.CHANGE.in(locale), Words.RELATIVE.in(locale)));
    for (CellChange change : diff.getCells()) {
      if (change.getKind() != CellChange.Kind.UNCHANGED) {
        rows.add(List.of(name(change), shown(change.getOlder()), shown(change.getNewer()),
            change.getChange().map(DiffPrinter::signed).orElse(""),
            change.getRelativeChange().map(p -> signed(p) + "%").orElse("")));
      }
    }
    if (rows.size() > 1) {
      table(rows, markdown);
    }
    if (diff.getCells().stream().anyMatch(CellChange::isDerived)) {
      line((markdown ? "" : "  ") + "* " + FormatKey.of(ApplicationGroup.OTHER) + " " + ApplicationGroup.OTHER.label()
          + (chinese ? "：" : ": ") + Words.DERIVED.in(locale));
    }
    line("");
    if (!diff.getUnmatched().isEmpty()) {
      heading(markdown, Words.NOT_COMPARED.in(locale) + (chinese ? "：" : ":"));
      for (String row : unmatchedRows()) {
        item(markdown, row);
      }
      line("");
    }
    heading(markdown, Words.ACROSS_YEARS.in(locale) + (chinese ? "：" : ":"));
    List<Finding> listed = listedFindings();
    for (Finding finding : listed) {
      item(markdown, finding.render(locale));
    }
    item(markdown, findingTally());
    line("");
    heading(markdown, Words.NARRATIVE.in(locale) + (chinese ? "：" : ":"));
    if (diff.getSections().isEmpty()) {
      item(markdown, Words.NONE.in(locale));
    }
    for (SectionDiff section : diff.getSections()) {
      item(markdown, section.getSection().heading() + (chinese ? "：" : ": ") + sentenceTally(section));
      for (SentenceEdit edit : section.getEdits()) {
        if (edit.getKind() == SentenceEdit.Kind.EQUAL) {
          continue;
        }
        for (String sentence : edit.getOlder()) {
          line((markdown ? "    - ~~" : "    - ") + sentence + (markdown ? "~~" : ""));
        }
        for (String sentence : edit.getNewer()) {
          line((markdown ? "    - **" : "    + ") + sentence + (markdown ? "**" : ""));
        }
      }
    }
  }

  private void heading(boolean markdown, String text) {
    line(markdown ? "## " + text : text);
  }

  private void item(boolean markdown, String text) {
    line((markdown ? "- " : "  ") + text);
  }

  /** Columns aligned by display width, or a Markdown table (values right-aligned). */
  private void table(List<List<String>> rows, boolean markdown) {
    int columns = rows.get(0).size();
    if (markdown) {
      for (int r = 0; r < rows.size(); r++) {
        line("| " + String.join(" | ", escapeMarkdown(rows.get(r))) + " |");
        if (r == 0) {
          line("|---|" + "--:|".repeat(columns - 1));
        }
      }
      return;
    }
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], TextFormat.displayWidth(row.get(c)));
      }
    }
    for (List<String> row : rows) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        String pad = " ".repeat(widths[c] - TextFormat.displayWidth(cell));
        text.append("  ").append(c == 0 ? cell + pad : pad + cell);
      }
      line(text.toString().stripTrailing());
    }
  }

  private static List<String> escapeMarkdown(List<String> row) {
    List<String> escaped = new ArrayList<>();
    for (String cell : row) {
      escaped.add(cell.replace("|", "\\|"));
    }
    return escaped;
  }

  // ---- CSV

  private void csv() {
    line(CSV_HEADER);
    for (CellChange change : diff.getCells()) {
      record(change.getTable(), rowKey(change.getRow()), change.getColumn().name(), change.isDerived(),
          change.getOlder(), change.getNewer(), change.getChange(), change.getRelativeChange(),
          change.getKind().name(), "");
    }
    for (Unmatched unmatched : diff.getUnmatched()) {
      CellRef ref = unmatched.getCell();
      boolean older = unmatched.getSide() == Unmatched.Side.OLDER;
      Cell cell = (older ? diff.getOlder() : diff.getNewer()).cell(ref);
      record(ref.table(), rowKey(ref.row()), ref.column().name(), false, older ? cell : null, older ? null : cell,
          Optional.empty(), Optional.empty(), older ? "OLDER_ONLY" : "NEWER_ONLY", unmatched.getReason().name());
    }
  }

  private void record(Table table, String row, String column, boolean derived, Cell older, Cell newer,
      Optional<BigDecimal> change, Optional<BigDecimal> relative, String kind, String reason) {
    List<String> fields = List.of(table.name(), row, column, Boolean.toString(derived),
        older == null ? "" : older.getRaw(), older == null ? "" : plain(older),
        newer == null ? "" : newer.getRaw(), newer == null ? "" : plain(newer),
        change.map(BigDecimal::toPlainString).orElse(""), relative.map(BigDecimal::toPlainString).orElse(""),
        kind, reason);
    StringBuilder record = new StringBuilder();
    for (String field : fields) {
      if (record.length() > 0) {
        record.append(',');
      }
      boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
          || field.indexOf('\r') >= 0;
      record.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
    }
    line(record.toString());
  }

  private static String plain(Cell cell) {
    return cell.getValue().map(BigDecimal::toPlainString).orElse("");
  }

  // ---- HTML

  private void html() {
    String title = Words.TITLE.in(locale) + (chinese ? "：" : ": ") + side(diff.getOlder()) + " → "
        + side(diff.getNewer());
    line("<!DOCTYPE html>");
    line("<html lang=\"" + (chinese ? "zh" : "en") + "\">");
    line("<head>");
    line("<meta charset=\"utf-8\">");
    line("<title>" + escape(title) + "</title>");
    line("<style>");
    line("body{font-family:sans-serif;margin:1.5rem}table{border-collapse:collapse;margin:.5rem 0}"
        + "caption{text-align:left;font-weight:bold;padding:.3rem 0}"
        + "th,td{border:1px solid #777;padding:.15rem .45rem;vertical-align:top}"
        + "td.n{text-align:right;font-variant-numeric:tabular-nums}"
        + "tr.changed td{background:#fff3c4;font-weight:bold}tr.not-comparable td{color:#555;font-style:italic}"
        + "del{background:#fde2e2}ins{background:#dff5df}");
    line("</style>");
    line("</head>");
    line("<body>");
    line("<h1>" + escape(title) + "</h1>");
    if (diff.isEditionChange()) {
      line("<p>" + escape(Words.EDITION_CHANGE.in(locale)) + "</p>");
    }
    line("<table>");
    line("<caption>" + escape(Words.CELLS.in(locale) + (chinese ? "：" : ": ") + tally()) + "</caption>");
    line("<thead><tr>" + th(Words.CELL.in(locale)) + th(chinese ? "名称" : "label")
        + th(year(diff.getOlder(), Words.OLDER)) + th(year(diff.getNewer(), Words.NEWER))
        + th(Words.CHANGE.in(locale)) + th(Words.RELATIVE.in(locale)) + th(Words.KIND.in(locale)) + "</tr></thead>");
    line("<tbody>");
    for (CellChange change : diff.getCells()) {
      String css = change.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-');
      String mark = change.getChange().map(c -> c.signum() > 0 ? "▲ " : c.signum() < 0 ? "▼ " : "").orElse("");
      line("<tr class=\"" + css + "\"><th scope=\"row\">" + escape(change.key()) + "</th><td>"
          + escape(label(change) + (change.isDerived() ? " *" : "")) + "</td>"
          + "<td class=\"n\">" + escape(shown(change.getOlder())) + "</td>"
          + "<td class=\"n\">" + escape(shown(change.getNewer())) + "</td>"
          + "<td class=\"n\">" + escape(mark + change.getChange().map(DiffPrinter::signed).orElse("")) + "</td>"
          + "<td class=\"n\">" + escape(change.getRelativeChange().map(p -> signed(p) + "%").orElse("")) + "</td>"
          + "<td>" + escape(kindWord(change.getKind())) + "</td></tr>");
    }
    line("</tbody>");
    line("</table>");
    if (diff.getCells().stream().anyMatch(CellChange::isDerived)) {
      line("<p>* " + escape(ApplicationGroup.OTHER.label() + (chinese ? "：" : ": ") + Words.DERIVED.in(locale))
          + "</p>");
    }
    if (!diff.getUnmatched().isEmpty()) {
      line("<h2>" + escape(Words.NOT_COMPARED.in(locale)) + "</h2>");
      line("<ul>");
      for (String row : unmatchedRows()) {
        line("<li>" + escape(row) + "</li>");
      }
      line("</ul>");
    }
    line("<h2>" + escape(Words.ACROSS_YEARS.in(locale)) + "</h2>");
    line("<ul>");
    for (Finding finding : listedFindings()) {
      line("<li>" + escape(finding.render(locale)) + "</li>");
    }
    line("<li>" + escape(findingTally()) + "</li>");
    line("</ul>");
    line("<h2>" + escape(Words.NARRATIVE.in(locale)) + "</h2>");
    for (SectionDiff section : diff.getSections()) {
      line("<h3>" + escape(section.getSection().heading() + (chinese ? "：" : ": ") + sentenceTally(section))
          + "</h3>");
      StringBuilder text = new StringBuilder("<p>");
      for (SentenceEdit edit : section.getEdits()) {
        if (edit.getKind() == SentenceEdit.Kind.EQUAL) {
          edit.getOlder().forEach(s -> text.append(escape(s)));
          continue;
        }
        edit.getOlder().forEach(s -> text.append("<del>").append(escape(s)).append("</del>"));
        edit.getNewer().forEach(s -> text.append("<ins>").append(escape(s)).append("</ins>"));
      }
      line(text.append("</p>").toString());
    }
    line("</body>");
    line("</html>");
  }

  private static String th(String text) {
    return "<th scope=\"col\">" + escape(text) + "</th>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  // ---- shared

  private void line(String text) {
    out.append(text).append(newline);
  }

  private String side(Report report) {
    StringBuilder text = new StringBuilder(report.getAgency().orElse("?"));
    report.getYear().ifPresent(y -> text.append(' ').append(y));
    return text.append(" (").append(report.getEdition()).append(')').toString();
  }

  private String year(Report report, Words fallback) {
    return report.getYear().isPresent() ? Integer.toString(report.getYear().getAsInt()) : fallback.in(locale);
  }

  private String tally() {
    int changed = 0;
    int notComparable = 0;
    for (CellChange change : diff.getCells()) {
      if (change.getKind() == CellChange.Kind.CHANGED) {
        changed++;
      } else if (change.getKind() == CellChange.Kind.NOT_COMPARABLE) {
        notComparable++;
      }
    }
    int unchanged = diff.getCells().size() - changed - notComparable;
    String gap = chinese ? "" : " ";
    String comma = chinese ? "，" : ", ";
    return diff.getCells().size() + gap + Words.COMPARED.in(locale) + comma + changed + gap + Words.CHANGED.in(locale)
        + comma + notComparable + gap + Words.NOT_COMPARABLE.in(locale) + comma + unchanged + gap
        + Words.UNCHANGED_NOT_LISTED.in(locale);
  }

  private List<Finding> listedFindings() {
    List<Finding> listed = new ArrayList<>();
    for (Finding finding : diff.getCrossYear().getFindings()) {
      if (finding.getStatus() != Status.PASS) {
        listed.add(finding);
      }
    }
    return listed;
  }

  private String findingTally() {
    int passed = diff.getCrossYear().withStatus(Status.PASS).size();
    int failed = diff.getCrossYear().withStatus(Status.FAIL).size();
    int unassessable = diff.getCrossYear().withStatus(Status.NOT_ASSESSABLE).size();
    if (chinese) {
      return "通过 " + passed + " 项，不符 " + failed + " 项，无法判定 " + unassessable + " 项";
    }
    return passed + " passed, " + failed + " failed, " + unassessable + " not assessable";
  }

  private String sentenceTally(SectionDiff section) {
    int unchanged = 0;
    int changed = 0;
    int added = 0;
    int removed = 0;
    for (SentenceEdit edit : section.getEdits()) {
      switch (edit.getKind()) {
        case EQUAL:
          unchanged += edit.getOlder().size();
          break;
        case DELETED:
          removed += edit.getOlder().size();
          break;
        case INSERTED:
          added += edit.getNewer().size();
          break;
        default:
          changed += edit.getOlder().size();
          added += Math.max(0, edit.getNewer().size() - edit.getOlder().size());
      }
    }
    String gap = chinese ? " " : " ";
    String comma = chinese ? "，" : ", ";
    return unchanged + gap + Words.UNCHANGED_SENTENCES.in(locale) + comma + changed + gap
        + Words.CHANGED_SENTENCES.in(locale) + comma + added + gap + Words.ADDED_SENTENCES.in(locale) + comma
        + removed + gap + Words.REMOVED_SENTENCES.in(locale);
  }

  /** The cells not compared, one line per side and row: the row, its columns, the reason. */
  private List<String> unmatchedRows() {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Unmatched unmatched : diff.getUnmatched()) {
      CellRef ref = unmatched.getCell();
      Report report = unmatched.getSide() == Unmatched.Side.OLDER ? diff.getOlder() : diff.getNewer();
      String reason = unmatched.getReason() == Unmatched.Reason.GROUP_TOTAL_ONLY
          ? report.getEdition() + (chinese ? "，" : ", ") + Words.GROUP_TOTAL_ONLY.in(locale)
          : Words.ONLY_IN.in(locale) + (chinese ? "" : " ") + report.getEdition();
      String row = rowName(ref) + (chinese ? "（" + reason + "）" : " (" + reason + ")");
      rows.computeIfAbsent(row, r -> new ArrayList<>()).add(chinese ? columnLabel(ref.column()) : ref.column().name());
    }
    List<String> lines = new ArrayList<>();
    rows.forEach((row, columns) -> {
      int paren = row.indexOf(chinese ? "（" : " (");
      lines.add(row.substring(0, paren) + (chinese ? "：" : ": ") + String.join(chinese ? "、" : ", ", columns)
          + row.substring(paren));
    });
    return lines;
  }

  private String rowName(CellRef ref) {
    if (!chinese) {
      String key = ref.toString();
      return key.substring(0, key.lastIndexOf('['));
    }
    return tableLabel(ref.table()) + "·" + rowLabel(ref.row());
  }

  private String name(CellChange change) {
    return (chinese ? label(change) : change.key()) + (change.isDerived() ? " *" : "");
  }

  private static String label(CellChange change) {
    return tableLabel(change.getTable()) + "·" + rowLabel(change.getRow()) + "·" + columnLabel(change.getColumn());
  }

  private static String tableLabel(Table table) {
    switch (table) {
      case ACTIVE_DISCLOSURE:
        return "表二";
      case APPLICATIONS:
        return "表三";
      default:
        return "表四";
    }
  }

  private static String rowLabel(Enum<?> row) {
    if (row instanceof ApplicationRow) {
      // the shortest label: the official one, or 部分公开's short form without its note
      String shortest = null;
      for (String label : ((ApplicationRow) row).labels()) {
        if (shortest == null || label.length() < shortest.length()) {
          shortest = label;
        }
      }
      return shortest;
    }
    if (row instanceof DisclosureRow) {
      return ((DisclosureRow) row).label();
    }
    if (row instanceof ApplicationGroup) {
      return ((ApplicationGroup) row).label();
    }
    return ((ReviewGroup) row).label();
  }

  private static String columnLabel(Enum<?> column) {
    if (column instanceof Applicant) {
      return ((Applicant) column).label();
    }
    if (column instanceof DisclosureColumn) {
      return ((DisclosureColumn) column).label();
    }
    return ((Outcome) column).label();
  }

  private static String rowKey(Enum<?> row) {
    String key = FormatKey.of(row);
    return row instanceof DisclosureRow ? ((DisclosureRow) row).item().name() + "." + key : key;
  }

  private String kindWord(CellChange.Kind kind) {
    switch (kind) {
      case CHANGED:
        return chinese ? "变化" : "changed";
      case UNCHANGED:
        return chinese ? "未变" : "unchanged";
      default:
        return Words.NOT_COMPARABLE.in(locale).replace("项", "");
    }
  }

  /** A side as shown: the token as written, nothing for a blank, the missing mark for a missing cell. */
  private String shown(Cell cell) {
    return cell.getKind() == Cell.Kind.MISSING ? format.getMissingMark() : cell.getRaw();
  }

  private static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }
}
