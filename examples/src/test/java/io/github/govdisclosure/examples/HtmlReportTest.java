package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --html FILE}: one self-contained, accessible page, read back with an HTML parser. */
class HtmlReportTest {
  private static final Set<String> SCOPES = Set.of("col", "colgroup", "row", "rowgroup");

  @TempDir
  Path temp;

  private Document page(String... args) throws IOException {
    Path html = temp.resolve("report.html");
    String[] all = new String[args.length + 2];
    all[0] = "--html";
    all[1] = html.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    Run run = Run.main(all);
    assertThat(run.err()).isEmpty();
    String text = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(text).startsWith("<!DOCTYPE html>\n<html lang=").endsWith("</html>\n");
    Document page = Jsoup.parse(text, "", Parser.htmlParser().setTrackErrors(100));
    assertThat(page.parser().getErrors()).as("HTML parse errors").isEmpty();
    return page;
  }

  @Test
  void thePageIsSelfContained() throws IOException {
    Document page = page(MainTest.ZRZ);

    assertThat(page.select("[src]")).isEmpty();
    assertThat(page.select("link[href]")).allSatisfy(link -> assertThat(link.attr("href")).startsWith("data:"));
    assertThat(page.select("a[href]")).isNotEmpty()
        .allSatisfy(link -> assertThat(link.attr("href")).startsWith("#"));
    assertThat(page.select("a[href]")).allSatisfy(link ->
        assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull());
    assertThat(page.select("style").html()).contains("@media print").doesNotContain("@import", "url(");
    assertThat(page.select("script").html()).doesNotContain("http", "import");
  }

  @Test
  void everyTableHasACaptionAndScopedHeaders() throws IOException {
    Document page = page(MainTest.ZRZ);

    assertThat(page.select("table")).hasSize(5).allSatisfy(table -> {
      assertThat(table.selectFirst("caption")).isNotNull();
      assertThat(table.selectFirst("caption").text()).isNotBlank();
      assertThat(table.select("th")).allSatisfy(th -> assertThat(SCOPES).contains(th.attr("scope")));
      assertThat(table.select("thead td")).isEmpty();
    });
    assertThat(page.select("table.official caption")).extracting(Element::text).containsExactly(
        "Table 2 — 二、主动公开政府信息情况", "Table 3 — 三、收到和处理政府信息公开申请情况",
        "Table 4 — 四、政府信息公开行政复议、行政诉讼情况");
    // table 2's blocks are row groups under their captions; table 3's three header rows are its head
    assertThat(page.select("table.official").get(0).select("tbody > tr:first-child > th[scope=rowgroup]"))
        .extracting(Element::text).containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项",
            "第二十条第（八）项", "第二十条第（九）项");
    assertThat(page.select("table.official").get(1).select("thead tr")).hasSize(3);
    assertThat(page.select("table.official").get(1).select("th[scope=row]").first().text())
        .isEqualTo("一、本年新收政府信息公开申请数量");
  }

  @Test
  void everyCellOfTheLayoutCarriesItsReferenceAndItsToken() throws IOException {
    Document page = page();
    ApplicationTable table = ReportInput.sample().result().getReport().getApplications().orElseThrow();

    for (CellRef ref : table.layout()) {
      Element td = page.selectFirst("td[data-cell=\"" + ref + "\"]");
      assertThat(td).as(ref.toString()).isNotNull();
      assertThat(td.text()).isEqualTo(table.get(ref).getRaw());
    }
    assertThat(page.select("td[data-cell]")).hasSize(ReportInput.sample().result().getReport().getActiveDisclosure()
        .orElseThrow().layout().size() + table.layout().size() + 15);
    assertThat(page.select("td.fail, td.guess")).isEmpty();
  }

  @Test
  void aFailingCellIsMarkedWithItsDerivationOnHoverAndFocus() throws IOException {
    Document page = page(MainTest.ZRZ);

    assertThat(page.select("td.fail")).extracting(td -> td.attr("data-cell")).containsExactly(
        "APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]", "APPLICATIONS[TOTAL_HANDLED][TOTAL]");
    Element td = page.selectFirst("td.fail");
    String derivation = "table3.results-total error: TOTAL_HANDLED = 0, but DISCLOSED + PARTIALLY_DISCLOSED"
        + " + Σ WITHHELD_* + Σ UNAVAILABLE_* + Σ NOT_PROCESSED_* + OTHER_HANDLING = 0 + 0 + 0 + 1 + 0 + 0 = 1";
    assertThat(td.attr("title")).isEqualTo(derivation);
    // a link that takes the keyboard focus, to the finding; the tooltip it is described by shows on focus
    Element link = td.selectFirst("a[href]");
    assertThat(link.attr("href")).isEqualTo("#r1-f1");
    assertThat(link.text()).isEqualTo("0✗");
    assertThat(link.selectFirst(".mark").attr("aria-hidden")).isEqualTo("true");
    Element tip = page.getElementById(link.attr("aria-describedby"));
    assertThat(tip.attr("role")).isEqualTo("tooltip");
    assertThat(tip.text()).isEqualTo(derivation);
    assertThat(page.select("style").html()).contains("td:hover>.tip,td:focus-within>.tip{display:block}");
    Element finding = page.getElementById("r1-f1");
    assertThat(finding.select("td")).extracting(Element::text).containsExactly("error", "✗ failed",
        "APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]", "1", "0", derivation.substring(derivation.indexOf(": ") + 2));
    assertThat(finding.selectFirst("a").attr("href")).isEqualTo("#" + td.id());
  }

  @Test
  void cellsOfAnAmbiguousSplitAreMarkedAsGuessed() throws IOException {
    Document page = page(MainTest.ZRZ);

    assertThat(page.select("td.guess")).extracting(td -> td.attr("data-cell")).containsExactly(
        "ACTIVE_DISCLOSURE[ITEM_1][NORMATIVE_DOCUMENTS][NEWLY_MADE]",
        "ACTIVE_DISCLOSURE[ITEM_1][NORMATIVE_DOCUMENTS][NEWLY_PUBLISHED]",
        "ACTIVE_DISCLOSURE[ITEM_1][NORMATIVE_DOCUMENTS][TOTAL_PUBLISHED]",
        "ACTIVE_DISCLOSURE[ITEM_5][LICENSING][PRIOR_YEAR_ITEMS]",
        "ACTIVE_DISCLOSURE[ITEM_5][LICENSING][NET_CHANGE]",
        "ACTIVE_DISCLOSURE[ITEM_5][LICENSING][DECISIONS]",
        "ACTIVE_DISCLOSURE[ITEM_6][PENALTY][PRIOR_YEAR_ITEMS]",
        "ACTIVE_DISCLOSURE[ITEM_6][PENALTY][NET_CHANGE]",
        "ACTIVE_DISCLOSURE[ITEM_6][PENALTY][DECISIONS]",
        "ACTIVE_DISCLOSURE[ITEM_6][COERCION][PRIOR_YEAR_ITEMS]",
        "ACTIVE_DISCLOSURE[ITEM_6][COERCION][NET_CHANGE]",
        "ACTIVE_DISCLOSURE[ITEM_6][COERCION][DECISIONS]",
        "ACTIVE_DISCLOSURE[ITEM_9][CENTRALIZED_PROCUREMENT][PROJECTS]",
        "ACTIVE_DISCLOSURE[ITEM_9][CENTRALIZED_PROCUREMENT][TOTAL_AMOUNT]");
    Element td = page.selectFirst("td.guess");
    assertThat(td.selectFirst("span[tabindex=0]").text()).isEqualTo("99≈");
    assertThat(td.attr("title"))
        .isEqualTo("guessed: digit run '9921' admits 3 splits; the table has no sums to decide; picked [99, 2, 1]"
            + " (other readings: 9)");
  }

  @Test
  void showsTheStatedSharesAndTheDiagnosticsWithTheirPositions() throws IOException {
    Document page = page("--diagnostics");

    assertThat(page.select("table.shares tbody tr").first().children()).extracting(Element::text)
        .containsExactly("DISCLOSED", "48.57%", "48.57%", "NEW_RECEIVED = 35", "HALF_UP", "yes");
    assertThat(page.select("table.shares tbody tr")).hasSize(6);
    assertThat(page.select("table.diagnostics tbody tr").first().children()).extracting(Element::text)
        .containsExactly("341:1", "TEXT-REPEATED-DOCUMENT", "warning", "the report is printed again from here (an"
            + " identical copy); only the first copy is read", "本报告依据《中华人民共和国政府信息公开条");
    assertThat(page.selectFirst(".verdict").text())
        .isEqualTo("✓ " + Checks.line("CONSISTENT", 0, 0, Checks.sample()));
  }

  @Test
  void aChinesePageNamesCellsAsAReaderDoes() throws IOException {
    Document page = page("--lang", "zh", MainTest.ZRZ);

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(page.select("table.official caption").get(1).text()).isEqualTo("表三　三、收到和处理政府信息公开申请情况");
    assertThat(page.getElementById("r1-f1").select("td")).extracting(Element::text).containsExactly("错误", "✗ 不符",
        "「表三·（七）总计·法律服务机构」", "1", "0", "TOTAL_HANDLED = 0，但 DISCLOSED + PARTIALLY_DISCLOSED + Σ WITHHELD_*"
            + " + Σ UNAVAILABLE_* + Σ NOT_PROCESSED_* + OTHER_HANDLING = 0 + 0 + 0 + 1 + 0 + 0 = 1");
    assertThat(page.selectFirst(".verdict").text()).isEqualTo("✗ " + Checks.chinese("不一致", 2, 0, Checks.of(MainTest.ZRZ)));
    assertThat(page.selectFirst("td.guess").attr("title")).startsWith("推定：digit run '9921' admits 3 splits");
  }

  @Test
  void severalReportsGetASortableSummaryLinkingTheirSections() throws IOException {
    Document page = page(MainTest.ZRZ, Run.corpus("2017_pingtan-scj.txt"));

    assertThat(page.select("table.sortable thead th")).extracting(Element::text).containsExactly("file", "agency",
        "year", "edition", "verdict", "errors", "warnings", "not assessable", "diagnostics", "first finding");
    assertThat(page.select("table.sortable tbody tr")).extracting(tr -> tr.child(0).text() + " " + tr.child(4).text())
        .containsExactly(MainTest.ZRZ + " ✗ INCONSISTENT", Run.corpus("2017_pingtan-scj.txt") + " ? NOT_ASSESSABLE");
    assertThat(page.select("table.sortable tbody th a")).extracting(a -> a.attr("href")).containsExactly("#r1", "#r2");
    assertThat(page.select("section.report")).hasSize(2);
    assertThat(page.select("table.tally tfoot td").text()).isEqualTo("2");
  }

  @Test
  void aTableTheReportLacksIsSaidToBeAbsent() throws IOException {
    Document page = page(Run.corpus("2017_pingtan-scj.txt"));
    Report report = ReportInput.read(Path.of(Run.corpus("2017_pingtan-scj.txt"))).result().getReport();

    assertThat(report.getApplications()).isEmpty();
    assertThat(page.select("table.official")).isEmpty();
    assertThat(page.select("section.report > p")).extracting(Element::text).containsSequence(
        "Table 2 was not found in this report.", "Table 3 was not found in this report.",
        "Table 4 was not found in this report.");
  }

  @Test
  void thePageIsWrittenOnlyWhenAReportWasRead() {
    Path html = temp.resolve("none.html");

    Run run = Run.main("--html", html.toString(), temp.resolve("missing.txt").toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(html).doesNotExist();
    assertThat(List.of(run.err())).containsExactly("govdisclosure: " + temp.resolve("missing.txt") + ": no such file\n");
  }
}
