package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit DIR}: every supported file by content, the tally, the skipped files, the CSV and HTML outputs. */
class AuditCommandTest {
  private static final String ZRZ_FIRST = "table3.results-total error at "
      + "APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]: 0 but 0 + 0 + 0 + 1 + 0 + 0 = 1";

  @TempDir
  Path reports;

  @TempDir
  Path output;

  @BeforeEach
  void fill() throws IOException {
    try (InputStream in = ReportInput.class.getResourceAsStream(ReportInput.SAMPLE)) {
      Files.write(reports.resolve("a_weiyuan.txt"), in.readAllBytes());
    }
    Path sub = Files.createDirectories(reports.resolve("pingtan"));
    Files.copy(Corpus.path("2020_pingtan-zrz.txt"), sub.resolve("2020_zrz.md"));
    Files.copy(Corpus.path("2023_shuyang-fgj.html"), sub.resolve("shuyang.data"));
    Files.write(sub.resolve("scan.pdf"), "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(reports.resolve("empty.txt"), new byte[0]);
  }

  private Run audit(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "audit";
    args[1] = reports.toString();
    System.arraycopy(options, 0, args, 2, options.length);
    return Run.main(args);
  }

  @Test
  void auditsEverySupportedFileByContentAndPrintsTheTallyAndTheSkipped() {
    Run run = audit();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).containsExactly(
        "3 reports audited under " + reports,
        "  CONSISTENT      a_weiyuan.txt",
        "  INCONSISTENT    pingtan/2020_zrz.md",
        "                  " + ZRZ_FIRST,
        "  NOT_ASSESSABLE  pingtan/shuyang.data",
        "                  table3.balance not-assessable at APPLICATIONS[CARRIED_FORWARD][COMMERCIAL_ENTERPRISE]:"
            + " NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD needs"
            + " APPLICATIONS[CARRIED_FORWARD][COMMERCIAL_ENTERPRISE] (BLANK),"
            + " APPLICATIONS[NEW_RECEIVED][COMMERCIAL_ENTERPRISE] (BLANK),"
            + " APPLICATIONS[CARRIED_OVER][COMMERCIAL_ENTERPRISE] (BLANK),"
            + " APPLICATIONS[TOTAL_HANDLED][COMMERCIAL_ENTERPRISE] (BLANK)",
        "",
        "By verdict:",
        "  CONSISTENT      1",
        "  INCONSISTENT    1",
        "  NOT_ASSESSABLE  1",
        "  total           3",
        "",
        "Skipped (2):",
        "  empty.txt: is empty",
        "  pingtan/scan.pdf: not read: the PDF cannot be read (damaged or not a PDF: Missing root object specification in trailer.) (PDF-UNREADABLE)");
  }

  @Test
  void printsTheTallyInChinese() {
    Run run = audit("--lang", "zh");

    assertThat(run.lines()).contains("已检查 " + reports + " 下的 3 份报告", "  不一致    pingtan/2020_zrz.md",
        "            table3.results-total 错误 位于 「表三·（七）总计·法律服务机构」：0，但 0 + 0 + 0 + 1 + 0 + 0 = 1",
        "按结论统计：", "  一致      1", "  不一致    1", "  无法判定  1", "  合计      3", "已跳过（2）：",
        "  empty.txt：是空文件",
        "  pingtan/scan.pdf：未读取：the PDF cannot be read (damaged or not a PDF: Missing root object specification in trailer.) (PDF-UNREADABLE)");
  }

  @Test
  void writesOneCsvRowPerReport() throws IOException {
    Path summary = output.resolve("summary.csv");

    Run run = audit("--csv", summary.toString());

    assertThat(run.tail(2)).containsExactly("Written:", "  " + summary + " (3 rows)");
    List<CSVRecord> rows = csv(summary, ReportRow.HEADER);
    assertThat(rows).extracting(row -> row.get("file"))
        .containsExactly("a_weiyuan.txt", "pingtan/2020_zrz.md", "pingtan/shuyang.data");
    assertThat(rows.get(0).toList()).containsExactly("a_weiyuan.txt", "威远县人民政府", "2021", "V2021", "UTF-8", "text",
        "CONSISTENT", "0", "0", "0", "1", "", "0");
    assertThat(rows.get(1).toList()).containsExactly("pingtan/2020_zrz.md", "平潭综合实验区自然资源与生态环境局", "2020",
        "V2019", "UTF-8", "text", "INCONSISTENT", "2", "0", "0", "8", ZRZ_FIRST, "0");
    assertThat(rows.get(2).get("format")).isEqualTo("html");
    assertThat(rows.get(2).get("not_assessable")).isEqualTo("35");
  }

  @Test
  void writesOneCsvRowPerListedFinding() throws IOException {
    Path findings = output.resolve("findings.csv");

    audit("--findings", findings.toString(), "--min-severity", "error");

    List<CSVRecord> rows = csv(findings, AuditCommand.FINDINGS_HEADER);
    assertThat(rows).hasSize(2 + 35);
    assertThat(rows.get(0).toList()).containsExactly("pingtan/2020_zrz.md", "table3.results-total", "ERROR", "FAIL",
        "APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]", "1", "0", "TOTAL_HANDLED = 0, but DISCLOSED +"
            + " PARTIALLY_DISCLOSED + Σ WITHHELD_* + Σ UNAVAILABLE_* + Σ NOT_PROCESSED_* + OTHER_HANDLING"
            + " = 0 + 0 + 0 + 1 + 0 + 0 = 1");
    assertThat(rows.subList(2, rows.size())).allSatisfy(row -> {
      assertThat(row.get("file")).isEqualTo("pingtan/shuyang.data");
      assertThat(row.get("status")).isEqualTo("NOT_ASSESSABLE");
    });
  }

  @Test
  void findingMessagesFollowTheLanguageAndCodesStayCodes() throws IOException {
    Path findings = output.resolve("findings.csv");

    audit("--findings", findings.toString(), "--lang", "zh", "--min-severity", "error");

    CSVRecord first = csv(findings, AuditCommand.FINDINGS_HEADER).get(0);
    assertThat(first.get("severity")).isEqualTo("ERROR");
    assertThat(first.get("cell")).isEqualTo("APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]");
    assertThat(first.get("message")).startsWith("TOTAL_HANDLED = 0，但 ");
  }

  @Test
  void theRuleOptionsApply() {
    Run run = audit("--disable", "table3.results-total", "--disable", "table3.wrong-cell", "--blanks-as-zero");

    assertThat(run.status()).isZero();
    assertThat(run.lines()).contains("  CONSISTENT      3");
  }

  @Test
  void severityAndAllChangeWhatIsWeighedAndListed() throws IOException {
    Path findings = output.resolve("findings.csv");

    Run run = audit("--severity", "table3.results-total=info", "--all", "--findings", findings.toString());

    assertThat(run.lines()).contains("  CONSISTENT      pingtan/2020_zrz.md");
    List<CSVRecord> rows = csv(findings, AuditCommand.FINDINGS_HEADER);
    assertThat(rows).extracting(row -> row.get("status")).contains("PASS", "FAIL", "NOT_ASSESSABLE");
    assertThat(rows).filteredOn(row -> row.get("rule").equals("table3.results-total") && row.get("status").equals("FAIL"))
        .extracting(row -> row.get("severity")).containsExactly("INFO", "INFO");
  }

  @Test
  void diagnosticsListsTheInfosInThePage() throws IOException {
    Path plain = output.resolve("plain.html");
    Path infos = output.resolve("infos.html");

    audit("--html", plain.toString());
    audit("--html", infos.toString(), "--diagnostics");

    assertThat(Jsoup.parse(plain.toFile(), "UTF-8").select("#r3 table.diagnostics tbody tr")).hasSize(5);
    assertThat(Jsoup.parse(infos.toFile(), "UTF-8").select("#r3 table.diagnostics tbody tr")).hasSize(8);
  }

  @Test
  void writesTheReportPageWithASummaryLinkingEachSection() throws IOException {
    Path html = output.resolve("audit.html");

    audit("--html", html.toString());

    Document page = Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(page.select("#summary table.tally tbody tr")).extracting(tr -> tr.text())
        .containsExactly("✓ CONSISTENT 1", "✗ INCONSISTENT 1", "? NOT_ASSESSABLE 1");
    assertThat(page.select("#reports tbody th a")).extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly("#r1 a_weiyuan.txt", "#r3 pingtan/2020_zrz.md", "#r5 pingtan/shuyang.data");
    assertThat(page.select("section.report")).extracting(section -> section.id()).containsExactly("r1", "r3", "r5");
    assertThat(page.select("#summary ul.skipped li")).extracting(li -> li.text())
        .containsExactly("empty.txt: is empty",
            "pingtan/scan.pdf: not read: the PDF cannot be read (damaged or not a PDF: Missing root object specification in trailer.) (PDF-UNREADABLE)");
  }

  @Test
  void anEmptyFolderIsAnError() throws IOException {
    Path empty = Files.createDirectory(output.resolve("empty"));

    Run run = Run.main("audit", empty.toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("govdisclosure: " + empty + ": no file to audit\n");
  }

  @Test
  void aFolderWithoutAReportIsAnErrorThatListsWhatWasSkipped() throws IOException {
    Path folder = Files.createDirectory(output.resolve("scans"));
    Files.copy(reports.resolve("pingtan/scan.pdf"), folder.resolve("scan.pdf"));

    Run run = Run.main("audit", folder.toString(), "--csv", output.resolve("summary.csv").toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.lines()).containsExactly("", "Skipped (1):",
        "  scan.pdf: not read: the PDF cannot be read (damaged or not a PDF: Missing root object specification in trailer.) (PDF-UNREADABLE)");
    assertThat(run.err()).isEqualTo("govdisclosure: " + folder + ": no report to audit (1 files, none of a supported"
        + " format)\n");
    assertThat(output.resolve("summary.csv")).doesNotExist();
  }

  @Test
  void aMissingFolderIsAnError() {
    Run run = Run.main("audit", reports.resolve("nope").toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("govdisclosure: " + reports.resolve("nope") + ": no such folder\n");
  }

  @Test
  void anUnwritableOutputStopsTheAuditBeforeItStarts() {
    Path nowhere = output.resolve("missing").resolve("summary.csv");

    Run run = audit("--html", output.resolve("audit.html").toString(), "--csv", nowhere.toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("govdisclosure: cannot write " + nowhere + ": the folder " + nowhere.getParent()
        + " does not exist\n");
    assertThat(output.resolve("audit.html")).doesNotExist();
  }

  @Test
  void twoOutputsInOneFileAreAUsageError() {
    Path same = output.resolve("same.csv");

    assertThat(audit("--csv", same.toString(), "--findings", same.toString()).err())
        .isEqualTo("govdisclosure: --csv, --findings, --facts, --html and --write-baseline must name different files"
            + " (see govdisclosure audit --help)\n");
  }

  @Test
  void anOutputInsideTheFolderIsNotAuditedItself() throws IOException {
    Path summary = Files.writeString(reports.resolve("summary.csv"), "file,verdict\r\nold,CONSISTENT\r\n");

    Run run = audit("--csv", summary.toString());

    assertThat(run.lines()).contains("3 reports audited under " + reports).noneMatch(line -> line.contains("summary.csv:"));
    assertThat(csv(summary, ReportRow.HEADER)).hasSize(3);
    try (Stream<Path> files = Files.list(reports)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("a_weiyuan.txt", "empty.txt", "pingtan", "summary.csv");
    }
  }

  @Test
  void drawsAProgressBarOnlyOnATerminal() {
    Run piped = audit();
    Run terminal = Run.of((args, out, err) -> Main.run(args, out, err, true), "audit", reports.toString());

    assertThat(piped.err()).isEmpty();
    assertThat(terminal.err()).startsWith("\r" + Progress.bar(0, 5)).contains("\r" + Progress.bar(3, 5))
        .contains("\r" + Progress.bar(5, 5)).endsWith("\r" + " ".repeat(Progress.bar(5, 5).length()) + "\r");
    assertThat(terminal.out()).isEqualTo(piped.out());
  }

  private static List<CSVRecord> csv(Path file, List<String> header) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith(String.join(",", header) + "\r\n").endsWith("\r\n");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      assertThat(parser.getHeaderNames()).containsExactlyElementsOf(header);
      List<CSVRecord> records = parser.getRecords();
      assertThat(records).allSatisfy(record -> assertThat(record.isConsistent()).isTrue());
      return records;
    }
  }
}
