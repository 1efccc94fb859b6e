package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.rules.Verdict;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.TextFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;

/**
 * The report page of {@code check --html} and {@code audit --html}: one self-contained HTML page
 * (inline style, a few lines of inline script, no network, no framework).
 *
 * <p>Per report: the verdict, the facts of the header, the three standard tables in the official
 * layout (the text module's HTML tables, with real {@code <th scope>} headers and a
 * {@code <caption>}), every failing cell highlighted and marked ✗ with its derivation shown on
 * hover and on keyboard focus, guessed cells marked ≈, the findings, the stated shares next to the
 * recomputed ones, and the diagnostics with their {@code line:col}. For several reports, a summary
 * first: the tally by verdict and a table of the reports that sorts on a click of its headings
 * (without script it stays in file order), each row linking to the report's section. Colour is
 * never the only signal (icons and words say the same), and the page prints.
 */
final class HtmlReport {
  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:1.5rem;"
          + "line-height:1.45;color:#1a1a1a;background:#fff}",
      "h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.3rem;border-bottom:2px solid #bbb;margin-top:2.5rem}"
          + "h3{font-size:1.1rem;margin-top:1.6rem}",
      "table{border-collapse:collapse;margin:0 0 1.2rem}",
      "caption{text-align:left;font-weight:bold;padding:.3rem 0}",
      "th,td{border:1px solid #777;padding:.15rem .45rem;vertical-align:top}",
      "th{font-weight:normal;background:#eee}",
      "th[scope=row]{text-align:left;background:#f8f8f8}",
      "th[scope=rowgroup]{text-align:left;font-weight:bold;background:#e2e2e2}",
      "td{position:relative}",
      "td.value,td.number{text-align:right;font-variant-numeric:tabular-nums}",
      "td.missing{text-align:center;color:#555}",
      "td.fail{background:#ffdddd;box-shadow:inset 0 0 0 2px #b00020}",
      "td.guess{background:#fff3c4;outline:2px dashed #7a5d00;outline-offset:-3px}",
      "td.fail.guess{background:#ffdddd}",
      ".mark{font-weight:bold;margin-left:.2em}",
      "td.fail .mark{color:#b00020}td.guess .mark{color:#5c4600}",
      "td a{color:inherit}",
      ".tip{display:none;position:absolute;z-index:10;left:0;top:100%;min-width:16rem;max-width:32rem;"
          + "padding:.4rem .5rem;background:#fffbe6;border:1px solid #333;box-shadow:0 2px 6px rgba(0,0,0,.3);"
          + "text-align:left;white-space:normal;font-size:.9rem;color:#000}",
      ".tip .note{display:block}",
      "td:nth-last-child(-n+3)>.tip{left:auto;right:0}",
      "td:hover>.tip,td:focus-within>.tip{display:block}",
      "a:focus,[tabindex]:focus,button:focus{outline:3px solid #1a5fb4;outline-offset:1px}",
      ".verdict{font-weight:bold;padding:.3rem .6rem;border-left:6px solid #777}",
      ".consistent{border-color:#1b7f3b;background:#e8f5ec}",
      ".inconsistent{border-color:#b00020;background:#fde8eb}",
      ".not-assessable{border-color:#7a5d00;background:#fff6d6}",
      "dl.facts{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem}",
      "dl.facts dt{font-weight:bold}dl.facts dd{margin:0}",
      "tr.status-fail td:first-child{border-left:4px solid #b00020}",
      "tr.status-not-assessable td:first-child{border-left:4px solid #7a5d00}",
      "table.sortable th button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;"
          + "text-decoration:underline dotted}",
      "th[aria-sort=ascending] button::after{content:\" ▲\"}th[aria-sort=descending] button::after{content:\" ▼\"}",
      ".legend,.generated{font-size:.9rem;color:#333}",
      ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
      "@media print{body{margin:0;font-size:10pt}.tip{display:none!important}a{color:inherit;text-decoration:none}"
          + "section.report{break-before:page}tr{break-inside:avoid}"
          + "td.fail{background:none;box-shadow:none;outline:2px solid #000;outline-offset:-2px}"
          + "td.guess{background:none;outline:1px dashed #000}table.sortable th button{text-decoration:none}}");

  /**
   * Sorts a table.sortable by the column whose heading was clicked: numbers (a cell's data-sort or
   * text) as numbers, the rest as text; a second click reverses. The buttons are added by the
   * script, so that the page without script shows no control that does nothing.
   */
  private static final String SCRIPT = String.join("\n",
      "document.querySelectorAll('table.sortable').forEach(function (table) {",
      "  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);",
      "  function key(row, i) { var c = row.cells[i]; var k = c.getAttribute('data-sort');",
      "    return k === null ? c.textContent.trim() : k; }",
      "  heads.forEach(function (th, i) {",
      "    var button = document.createElement('button'); button.type = 'button';",
      "    while (th.firstChild) { button.appendChild(th.firstChild); }",
      "    th.appendChild(button);",
      "    button.addEventListener('click', function () {",
      "      var up = th.getAttribute('aria-sort') !== 'ascending';",
      "      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });",
      "      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');",
      "      var body = table.tBodies[0]; var rows = Array.prototype.slice.call(body.rows);",
      "      rows.sort(function (a, b) { var x = key(a, i), y = key(b, i);",
      "        var n = (x !== '' && y !== '' && !isNaN(x) && !isNaN(y)) ? x - y : x.localeCompare(y);",
      "        return up ? n : -n; });",
      "      rows.forEach(function (row) { body.appendChild(row); });",
      "    });",
      "  });",
      "});");

  private final Locale locale;
  private final boolean all;
  private final Severity least;
  private final boolean infos;

  /**
   * A writer of pages.
   *
   * @param locale the language
   * @param all whether passing findings are listed
   * @param least the least severity of the findings listed and highlighted
   * @param infos whether INFO diagnostics are listed
   */
  HtmlReport(Locale locale, boolean all, Severity least, boolean infos) {
    this.locale = locale;
    this.all = all;
    this.least = least;
    this.infos = infos;
  }

  /** A file skipped by an audit, and why. */
  record Skipped(String file, String reason) {}

  /** The page of {@code check}: the reports' sections, after a summary when there are several. */
  String check(List<CheckedReport> reports) {
    List<String> sections = new ArrayList<>();
    List<ReportRow> rows = new ArrayList<>();
    for (CheckedReport report : reports) {
      String id = "r" + (sections.size() + 1);
      sections.add(section(report, id));
      rows.add(ReportRow.of(report, id, report.source(), locale, least));
    }
    String title = reports.size() == 1 ? Words.PAGE_TITLE.in(locale) + " — " + title(reports.get(0))
        : Words.PAGE_TITLE.in(locale);
    return page(title, Words.PAGE_TITLE.in(locale), reports.size() == 1 ? ""
        : summary(rows, List.of(), Optional.empty()), sections);
  }

  /** The page of an audit of a folder: the summary, then each report's section. */
  String audit(String folder, List<ReportRow> rows, List<Skipped> skipped, List<String> sections) {
    String title = Words.PAGE_AUDIT_TITLE.format(locale, folder);
    return page(title, title, summary(rows, skipped, Optional.of(folder)), sections);
  }

  private String page(String title, String heading, String summary, List<String> sections) {
    StringBuilder page = new StringBuilder(4096 + sections.stream().mapToInt(String::length).sum());
    page.append("<!DOCTYPE html>\n<html lang=\"").append(Words.isChinese(locale) ? "zh-CN" : "en").append("\">\n")
        .append("<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        // no favicon request: the page never reaches for the network
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(escape(heading)).append("</h1>\n<p class=\"generated\">")
        .append(escape(Words.GENERATED_BY.format(locale, Cli.Version.version()))).append("</p>\n</header>\n<main>\n")
        .append(summary);
    sections.forEach(section -> page.append(section).append('\n'));
    return page.append("</main>\n<script>\n").append(SCRIPT).append("\n</script>\n</body>\n</html>\n").toString();
  }

  private static String escape(String text) {
    return Entities.escape(text);
  }

  private String title(CheckedReport report) {
    Report model = report.report();
    StringBuilder title = new StringBuilder(report.shownSource(locale));
    if (model.getAgency().isPresent() || model.getYear().isPresent()) {
      title.append(" — ").append(model.getAgency().orElse(""));
      model.getYear().ifPresent(year -> title.append(model.getAgency().isPresent() ? " " : "").append(year));
    }
    return title.toString();
  }

  /** The summary: the tally by verdict, the sortable table of reports, the skipped files. */
  private String summary(List<ReportRow> rows, List<Skipped> skipped, Optional<String> folder) {
    Element section = new Element("section").id("summary");
    section.appendElement("h2").text(Words.SUMMARY.in(locale));
    folder.ifPresent(name -> section.appendElement("p").text(Words.AUDITED.format(locale, rows.size(), name)));
    Element tally = section.appendElement("table").addClass("tally");
    tally.appendElement("caption").text(Words.TALLY_CAPTION.in(locale));
    headings(tally.appendElement("thead").appendElement("tr"), Words.VERDICT, Words.REPORT_COUNT);
    Element tallyBody = tally.appendElement("tbody");
    Map<Verdict, Integer> counts = tally(rows);
    counts.forEach((verdict, count) -> {
      Element tr = tallyBody.appendElement("tr");
      verdict(tr.appendElement("th").attr("scope", "row").addClass(css(verdict)), verdict);
      tr.appendElement("td").addClass("number").text(Integer.toString(count));
    });
    Element total = tally.appendElement("tfoot").appendElement("tr");
    total.appendElement("th").attr("scope", "row").text(Words.TOTAL.in(locale));
    total.appendElement("td").addClass("number").text(Integer.toString(rows.size()));

    Element table = section.appendElement("table").addClass("sortable").id("reports");
    table.appendElement("caption").text(Words.REPORTS_CAPTION.in(locale));
    Element head = table.appendElement("thead").appendElement("tr");
    headings(head, Words.FILE, Words.AGENCY, Words.YEAR, Words.EDITION, Words.VERDICT, Words.ERRORS, Words.WARNINGS,
        Words.NOT_ASSESSABLE, Words.DIAGNOSTICS, Words.FIRST_FINDING);
    head.child(0).attr("aria-sort", "ascending");
    Element body = table.appendElement("tbody");
    for (ReportRow row : rows) {
      Element tr = body.appendElement("tr");
      tr.appendElement("th").attr("scope", "row").appendElement("a").attr("href", "#" + row.id()).text(row.file());
      tr.appendElement("td").text(row.agency());
      tr.appendElement("td").addClass("number").text(row.year());
      tr.appendElement("td").text(row.edition());
      verdict(tr.appendElement("td").addClass(css(row.verdict())).attr("data-sort", Integer.toString(
          List.of(Verdict.INCONSISTENT, Verdict.NOT_ASSESSABLE, Verdict.CONSISTENT).indexOf(row.verdict()))),
          row.verdict());
      for (int n : new int[] {row.errors(), row.warnings(), row.notAssessable(), row.diagnostics()}) {
        tr.appendElement("td").addClass("number").text(Integer.toString(n));
      }
      tr.appendElement("td").text(row.firstFinding());
    }
    if (!skipped.isEmpty()) {
      section.appendElement("h3").text(Words.SKIPPED_FILES.in(locale));
      Element list = section.appendElement("ul").addClass("skipped");
      for (Skipped file : skipped) {
        Element item = list.appendElement("li");
        item.appendElement("code").text(file.file());
        item.appendText(Words.NAME_SEPARATOR.in(locale) + file.reason());
      }
    }
    return section.outerHtml() + "\n";
  }

  /** The reports per verdict, every verdict listed. */
  static Map<Verdict, Integer> tally(List<ReportRow> rows) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict verdict : Verdict.values()) {
      counts.put(verdict, 0);
    }
    rows.forEach(row -> counts.merge(row.verdict(), 1, Integer::sum));
    return counts;
  }

  private void headings(Element tr, Words... names) {
    for (Words name : names) {
      tr.appendElement("th").attr("scope", "col").text(name.in(locale));
    }
  }

  /** A verdict as an icon and a word: colour is not the only signal. */
  private void verdict(Element element, Verdict verdict) {
    element.appendElement("span").attr("aria-hidden", "true").text(icon(verdict) + " ");
    element.appendText(Words.verdict(verdict, locale));
  }

  private static String icon(Verdict verdict) {
    return verdict == Verdict.CONSISTENT ? "✓" : verdict == Verdict.INCONSISTENT ? "✗" : "?";
  }

  private static String css(Verdict verdict) {
    return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** One report's section; {@code id} is its anchor, and the prefix of every id inside it. */
  String section(CheckedReport report, String id) {
    Report model = report.report();
    Edition edition = model.getEdition();
    Element section = new Element("section").id(id).addClass("report");
    section.appendElement("h2").text(title(report));
    Element verdict = section.appendElement("p").addClass("verdict").addClass(css(report.verdict()));
    verdict.appendElement("span").attr("aria-hidden", "true").text(icon(report.verdict()) + " ");
    verdict.appendText(ReportPrinter.verdict(report, locale));

    Element facts = section.appendElement("dl").addClass("facts");
    fact(facts, Words.AGENCY, model.getAgency().orElse(Words.UNKNOWN.in(locale)));
    fact(facts, Words.YEAR, model.getYear().isPresent() ? Integer.toString(model.getYear().getAsInt())
        : Words.UNKNOWN.in(locale));
    fact(facts, Words.EDITION, edition.name());
    fact(facts, Words.CHARSET, report.charset());
    fact(facts, Words.FORMAT, ReaderNames.format(report.format(), locale));
    fact(facts, Words.SOURCE, report.shownSource(locale));
    fact(facts, Words.DIAGNOSTICS, Integer.toString(report.diagnostics().size()));

    List<FindingView> listed = report.listed(all, least);
    Map<FindingView, String> findingIds = new LinkedHashMap<>();
    for (FindingView finding : listed) {
      findingIds.put(finding, id + "-f" + (findingIds.size() + 1));
    }
    section.appendElement("h3").text(Words.STANDARD_TABLES.in(locale));
    section.appendElement("p").addClass("legend").text(Words.LEGEND.in(locale));
    Map<CellRef, List<String>> guessed = guessed(model);
    for (Table table : Table.values()) {
      Optional<Element> official = officialTable(model, table, id, listed, findingIds, guessed);
      if (official.isPresent()) {
        section.appendChild(official.get());
      } else {
        section.appendElement("p").text(Words.TABLE_ABSENT.format(locale, tableName(table)));
      }
    }
    findings(section, report, listed, findingIds, id);
    shares(section, report);
    diagnostics(section, report);
    return section.outerHtml();
  }

  /** A table's name at the start of a sentence: {@code Table 3}, 表三. */
  private String tableName(Table table) {
    String name = ReaderNames.table(table, locale);
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private void fact(Element list, Words name, String value) {
    list.appendElement("dt").text(name.in(locale));
    list.appendElement("dd").text(value);
  }

  /**
   * A table in the official layout (the text module's HTML), made accessible: a caption, column
   * headers {@code <th scope="col|colgroup">} in a {@code <thead>}, row labels {@code <th scope="row">},
   * table 2's blocks as row groups; each cell of the layout carries its reference, and failing and
   * guessed cells their marks and notes.
   */
  private Optional<Element> officialTable(Report report, Table which, String id, List<FindingView> listed,
      Map<FindingView, String> findingIds, Map<CellRef, List<String>> guessed) {
    Optional<? extends StandardTable> standard = report.table(which);
    if (standard.isEmpty()) {
      return Optional.empty();
    }
    String html = DisclosureText.format(report,
        TextFormat.HTML.builder().tables(which).printTitle(false).printHeadings(false).build());
    Element table = Jsoup.parse(html).selectFirst("table");
    if (table == null) {
      return Optional.empty();
    }
    table.remove();
    table.addClass("official");
    List<Element> rows = new ArrayList<>(table.select("tr"));
    table.empty();
    table.appendElement("caption").text(Words.TABLE_CAPTION.format(locale, tableName(which),
        which.section().heading()));
    Element group = null;
    boolean heading = which != Table.ACTIVE_DISCLOSURE;
    for (Element row : rows) {
      boolean headers = row.children().stream().allMatch(cell -> cell.tagName().equals("th"));
      if (which == Table.ACTIVE_DISCLOSURE && row.selectFirst("th.caption") != null) {
        group = table.appendElement("tbody"); // each block of table 2 is a group of rows under its caption
      } else if (heading && headers) {
        group = table.selectFirst("thead") == null ? table.appendElement("thead") : table.selectFirst("thead");
      } else if (group == null || group.tagName().equals("thead")) {
        heading = false;
        group = table.appendElement("tbody");
      }
      group.appendChild(row);
    }
    for (Element th : table.select("th")) {
      th.attr("scope", th.hasClass("caption") ? "rowgroup" : th.hasAttr("colspan") ? "colgroup" : "col");
    }
    for (Element label : table.select("td:not(.value):not(.missing)")) {
      label.tagName("th").attr("scope", "row");
    }
    Map<CellRef, List<FindingView>> failing = new LinkedHashMap<>();
    for (FindingView finding : listed) {
      if (finding.status() == Status.FAIL && !finding.accepted() && finding.cell().isPresent()) {
        failing.computeIfAbsent(finding.cell().get(), ref -> new ArrayList<>()).add(finding);
      }
    }
    List<CellRef> layout = standard.get().layout();
    List<Element> cells = table.select("td.value, td.missing");
    for (int i = 0; i < layout.size() && i < cells.size(); i++) {
      CellRef ref = layout.get(i);
      Element td = cells.get(i).attr("data-cell", ref.toString()).id(cellId(id, ref));
      List<FindingView> fails = failing.getOrDefault(ref, List.of());
      List<String> guesses = guessed.getOrDefault(ref, List.of());
      if (!fails.isEmpty() || !guesses.isEmpty()) {
        mark(td, id + "-tip-" + (i + 1), fails, guesses, findingIds);
      }
    }
    return Optional.of(table);
  }

  /**
   * Marks a cell: ✗ for a failing equation, ≈ for a guess, the notes in a {@code title} (hover)
   * and in a tooltip shown while the cell's link (or focusable span) has the keyboard focus.
   */
  private void mark(Element td, String tipId, List<FindingView> fails, List<String> guesses,
      Map<FindingView, String> findingIds) {
    List<String> notes = new ArrayList<>();
    for (FindingView finding : fails) {
      notes.add(finding.ruleId() + " " + Words.severity(finding.severity(), locale) + Words.NAME_SEPARATOR.in(locale)
          + finding.message(locale));
    }
    for (String guess : guesses) {
      notes.add(Words.GUESSED.format(locale, guess));
    }
    Element focus = fails.isEmpty() ? new Element("span").attr("tabindex", "0")
        : new Element("a").attr("href", "#" + findingIds.get(fails.get(0)));
    focus.attr("aria-describedby", tipId);
    for (Node child : new ArrayList<>(td.childNodes())) {
      focus.appendChild(child);
    }
    if (!fails.isEmpty()) {
      td.addClass("fail");
      focus.appendElement("span").addClass("mark").attr("aria-hidden", "true").text("✗");
    }
    if (!guesses.isEmpty()) {
      td.addClass("guess");
      focus.appendElement("span").addClass("mark").attr("aria-hidden", "true").text("≈");
    }
    td.appendChild(focus).attr("title", String.join("\n", notes));
    Element tip = td.appendElement("span").addClass("tip").attr("role", "tooltip").id(tipId);
    notes.forEach(note -> tip.appendElement("span").addClass("note").text(note));
  }

  /**
   * The cells the reader placed by a guess ({@link Cell#isGuessed()}: an ambiguous split, a row
   * without its label placed by position …), each with the reader's reason and the other readings.
   */
  static Map<CellRef, List<String>> guessed(Report report) {
    Map<CellRef, List<String>> guessed = new LinkedHashMap<>();
    for (Table which : Table.values()) {
      Optional<? extends StandardTable> table = report.table(which);
      if (table.isEmpty()) {
        continue;
      }
      for (CellRef ref : table.get().layout()) {
        Cell cell = table.get().getCells().get(ref);
        if (cell != null && cell.isGuessed()) {
          String note = cell.getBasis().orElse("placed without certainty");
          guessed.put(ref, List.of(cell.getAlternatives().isEmpty() ? note
              : note + " (other readings: " + String.join(", ", cell.getAlternatives()) + ")"));
        }
      }
    }
    return guessed;
  }

  private static String cellId(String id, CellRef ref) {
    return id + "-" + ref.toString().replace("][", "-").replace("[", "-").replace("]", "");
  }

  private void findings(Element section, CheckedReport report, List<FindingView> listed,
      Map<FindingView, String> findingIds, String id) {
    String title = (all ? Words.FINDINGS_ALL : Words.FINDINGS_FAILED).in(locale);
    if (least != Severity.INFO) {
      title = (all ? Words.FINDINGS_ALL_AT_LEAST : Words.FINDINGS_FAILED_AT_LEAST)
          .format(locale, Words.atLeast(least, locale));
    }
    section.appendElement("h3").text(title);
    if (listed.isEmpty()) {
      section.appendElement("p").text(Words.NONE.in(locale));
      return;
    }
    Edition edition = report.report().getEdition();
    Element table = section.appendElement("table").addClass("findings");
    table.appendElement("caption").addClass("visually-hidden").text(title);
    headings(table.appendElement("thead").appendElement("tr"), Words.RULE, Words.SEVERITY, Words.STATUS, Words.CELL,
        Words.EXPECTED, Words.ACTUAL, Words.MESSAGE);
    Element body = table.appendElement("tbody");
    for (FindingView finding : listed) {
      Element tr = body.appendElement("tr").id(findingIds.get(finding))
          .addClass("status-" + finding.shownStatus().toLowerCase(Locale.ROOT).replace('_', '-'));
      tr.appendElement("th").attr("scope", "row").appendElement("code").text(finding.ruleId());
      tr.appendElement("td").text(Words.severity(finding.severity(), locale));
      Element status = tr.appendElement("td");
      status.appendElement("span").attr("aria-hidden", "true").text(finding.status() == Status.PASS ? "✓ "
          : finding.status() == Status.FAIL ? "✗ " : "? ");
      status.appendText(finding.statusWord(locale));
      Element cell = tr.appendElement("td");
      Optional<String> place = finding.place(edition, locale);
      if (finding.cell().isPresent() && report.report().table(finding.cell().get().table()).isPresent()) {
        cell.appendElement("a").attr("href", "#" + cellId(id, finding.cell().get())).text(place.orElse(""));
      } else {
        cell.text(place.orElse(""));
      }
      tr.appendElement("td").addClass("number").text(finding.expected().map(BigDecimal::toPlainString).orElse(""));
      tr.appendElement("td").addClass("number").text(finding.actual().map(BigDecimal::toPlainString).orElse(""));
      tr.appendElement("td").text(finding.message(locale));
    }
  }

  private void shares(Element section, CheckedReport report) {
    List<FindingView.Share> shares = report.shares();
    section.appendElement("h3").text(Words.STATED_SHARES.in(locale));
    if (shares.isEmpty()) {
      section.appendElement("p").text(Words.NONE.in(locale));
      return;
    }
    Element table = section.appendElement("table").addClass("shares");
    table.appendElement("caption").addClass("visually-hidden").text(Words.STATED_SHARES.in(locale));
    headings(table.appendElement("thead").appendElement("tr"), Words.QUANTITY, Words.STATED, Words.RECOMPUTED,
        Words.DENOMINATOR, Words.ROUNDING, Words.MATCH);
    Element body = table.appendElement("tbody");
    for (FindingView.Share share : shares) {
      List<String> row = ReportPrinter.shareRow(share, locale);
      Element tr = body.appendElement("tr")
          .addClass("status-" + share.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      tr.appendElement("th").attr("scope", "row").text(row.get(0));
      tr.appendElement("td").addClass("number").text(row.get(1));
      tr.appendElement("td").addClass("number").text(row.get(2));
      for (String text : row.subList(3, row.size())) {
        tr.appendElement("td").text(text);
      }
    }
  }

  private void diagnostics(Element section, CheckedReport report) {
    List<Diagnostic> listed = report.listedDiagnostics(infos);
    String title = (infos ? Words.DIAGNOSTICS_ALL : Words.DIAGNOSTICS_SHOWN).in(locale);
    section.appendElement("h3").text(title);
    if (listed.isEmpty()) {
      section.appendElement("p").text(Words.NONE.in(locale));
      return;
    }
    Element table = section.appendElement("table").addClass("diagnostics");
    table.appendElement("caption").addClass("visually-hidden").text(title);
    headings(table.appendElement("thead").appendElement("tr"), Words.POSITION, Words.CODE, Words.SEVERITY,
        Words.DIAGNOSTIC_MESSAGE, Words.EXCERPT);
    Element body = table.appendElement("tbody");
    for (Diagnostic diagnostic : listed) {
      Element tr = body.appendElement("tr");
      tr.appendElement("th").attr("scope", "row").text(diagnostic.line() + ":" + diagnostic.column());
      tr.appendElement("td").appendElement("code").text(diagnostic.getCode());
      tr.appendElement("td").text(Words.severity(diagnostic.getSeverity(), locale));
      tr.appendElement("td").text(DiagnosticWords.message(diagnostic.getCode(), diagnostic.getMessage(), locale));
      tr.appendElement("td").text(diagnostic.getExcerpt());
    }
  }
}
