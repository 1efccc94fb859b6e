package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program's {@code check}, its default command: what it prints and its exit status, on real reports and bad input. */
class MainTest {
  static final String ZRZ = Run.corpus("2020_pingtan-zrz.txt");

  @TempDir
  Path temp;

  static Path sampleCopy(Path folder) throws IOException {
    Path file = folder.resolve(ReportInput.SAMPLE);
    try (InputStream in = ReportInput.class.getResourceAsStream(ReportInput.SAMPLE)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void printsTheBundledSampleWithoutArguments() {
    Run run = Run.main();

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.lines().subList(0, 9)).containsExactly(
        "agency:      威远县人民政府",
        "year:        2021",
        "edition:     V2021",
        "charset:     UTF-8",
        "format:      text",
        "source:      2021_weiyuan-county.txt (bundled sample)",
        "diagnostics: 1 (1 warning)",
        "",
        "威远县人民政府2021年政府信息公开工作年度报告");
    assertThat(run.out()).contains("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "│ 行政规范性文件 │            4 │            0 │          147 │");
    assertThat(run.tail(15)).containsExactly(
        "Diagnostics (warnings and errors):",
        "  341:1 TEXT-REPEATED-DOCUMENT the report is printed again from here (an identical copy); only the first"
            + " copy is read [本报告依据《中华人民共和国政府信息公开条]",
        "",
        "Findings (failed or not assessable): none",
        "",
        "Stated shares:",
        "  quantity             stated  recomputed  denominator        rounding  match",
        "  DISCLOSED            48.57%  48.57%      NEW_RECEIVED = 35  HALF_UP   yes",
        "  PARTIALLY_DISCLOSED  11.43%  11.43%      NEW_RECEIVED = 35  HALF_UP   yes",
        "  WITHHELD             8.57%   8.57%       NEW_RECEIVED = 35  HALF_UP   yes",
        "  UNAVAILABLE          20%     20%         NEW_RECEIVED = 35  HALF_UP   yes",
        "  NOT_PROCESSED        8.57%   8.57%       NEW_RECEIVED = 35  HALF_UP   yes",
        "  CARRIED_FORWARD      2.86%   2.86%       NEW_RECEIVED = 35  HALF_UP   yes",
        "",
        Checks.line("CONSISTENT", 0, 0, Checks.sample()));
  }

  @Test
  void checkIsTheCommandWhenNoneIsGiven() {
    assertThat(Run.main("check", "--lang", "zh", ZRZ)).isEqualTo(Run.main("--lang", "zh", ZRZ));
    assertThat(Run.main("check").out()).isEqualTo(Run.main().out());
  }

  @Test
  void printsTheFailuresOfAnInconsistentReportAndExitsOne() {
    Run run = Run.main(ZRZ);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).contains("source:      " + ZRZ, "edition:     V2019");
    assertThat(run.tail(7)).containsExactly(
        "Findings (failed or not assessable):",
        "  table3.results-total error at APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]: 0 but 0 + 0 + 0 + 1 + 0 + 0 = 1",
        "  table3.results-total error at APPLICATIONS[TOTAL_HANDLED][TOTAL]: 9 but 2 + 4 + 0 + 2 + 0 + 2 = 10",
        "",
        "Stated shares: none",
        "",
        Checks.line("INCONSISTENT", 2, 0, Checks.of(ZRZ)));
  }

  @Test
  void listsWarningAndErrorDiagnosticsUnderTheTables() {
    Run run = Run.main(ZRZ);

    assertThat(run.out()).contains("Diagnostics (warnings and errors):\n"
        + "  10:1591 TEXT-SPLIT-AMBIGUOUS digit run '9921' of row NORMATIVE_DOCUMENTS admits 3 splits into 3 cells"
        + " ([99, 2, 1], [9, 92, 1], [9, 9, 21]); the table has no sums to decide; picked [99, 2, 1] [9921]\n");
    assertThat(run.lines()).filteredOn(line -> line.matches("  \\d+:\\d+ TEXT-.*")).hasSize(5)
        .noneMatch(line -> line.contains("TEXT-CELLS-RUN-TOGETHER"));
  }

  @Test
  void printsHeadingsSeveritiesVerdictsAndCellsInChinese() {
    Run run = Run.main("--lang", "zh", ZRZ);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).contains("机关：平潭综合实验区自然资源与生态环境局", "文件格式：文本", "解析提示：8 条（5 条警告，3 条提示）",
        "解析提示（警告和错误）：");
    assertThat(run.tail(7)).containsExactly(
        "检查结果（不符或无法判定）：",
        "  table3.results-total 错误 位于 「表三·（七）总计·法律服务机构」：0，但 0 + 0 + 0 + 1 + 0 + 0 = 1",
        "  table3.results-total 错误 位于 「表三·（七）总计·总计」：9，但 2 + 4 + 0 + 2 + 0 + 2 = 10",
        "",
        "正文所述占比：无",
        "",
        Checks.chinese("不一致", 2, 0, Checks.of(ZRZ)));
  }

  @Test
  void printsTheStatedSharesInChinese() {
    Run run = Run.main("--lang", "zh");

    assertThat(run.tail(10)).containsExactly(
        "正文所述占比：",
        "  项目                正文    重新计算  分母           舍入      是否一致",
        "  予以公开            48.57%  48.57%    本年新收 = 35  四舍五入  是",
        "  部分公开            11.43%  11.43%    本年新收 = 35  四舍五入  是",
        "  不予公开            8.57%   8.57%     本年新收 = 35  四舍五入  是",
        "  无法提供            20%     20%       本年新收 = 35  四舍五入  是",
        "  不予处理            8.57%   8.57%     本年新收 = 35  四舍五入  是",
        "  结转下年度继续办理  2.86%   2.86%     本年新收 = 35  四舍五入  是",
        "",
        Checks.chinese("一致", 0, 0, Checks.sample()));
    assertThat(run.lines()).contains("来源文件：2021_weiyuan-county.txt（内置示例）");
  }

  @Test
  void printsPassingFindingsWithAll() {
    Run run = Run.main("--all");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Findings (all):",
        "  narrative.count pass at APPLICATIONS[NEW_RECEIVED][TOTAL]: 35 = NEW_RECEIVED 35");
  }

  @Test
  void exitsTwoWhenTheReportCannotBeAssessed() {
    String scj = Run.corpus("2017_pingtan-scj.txt");
    Run run = Run.main(scj);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.lines()).contains("edition:     PRE_2019",
        "  edition.out-of-scope not-assessable: a report of 2017 predates the national format (2019): out of scope,"
            + " nothing is checked");
    // a report before 2019 has no national layout: one finding says so, nothing else is checked
    int checks = Checks.of(scj);
    assertThat(checks).isEqualTo(1);
    assertThat(run.tail(1)).containsExactly(Checks.line("NOT_ASSESSABLE", 0, 1, 1));
  }

  @Test
  void namesAFindingAboutATableByTheTableInChinese() throws IOException {
    String sample = Files.readString(sampleCopy(temp), StandardCharsets.UTF_8);
    String heading = "四、政府信息公开行政复议、行政诉讼情况\n";
    String withoutTable4 = sample.replaceAll("(?s)" + heading + ".*?(?=五、存在的主要问题及改进情况)", heading);
    Path cut = Files.writeString(temp.resolve("no-table-4.txt"), withoutTable4, StandardCharsets.UTF_8);

    Run run = Run.main("--lang", "zh", cut.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.lines()).anyMatch(line -> line.startsWith("  structure.table-missing 错误 位于 表四："));
  }

  @Test
  void readsAWebPageByItsContentWhateverItsName() throws IOException {
    Path page = Files.copy(Corpus.path("2023_shuyang-fgj.html"), temp.resolve("page.txt"));

    Run run = Run.main(page.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).contains("agency:      沭阳县发展和改革局", "year:        2023", "format:      html");
    assertThat(run.tail(1).get(0)).startsWith("Verdict: ");
  }

  @Test
  void detectsTheCharsetOfTheBytes() throws IOException {
    Path gbk = temp.resolve("gbk.txt");
    Files.writeString(gbk, Files.readString(sampleCopy(temp), StandardCharsets.UTF_8), Charset.forName("GB18030"));

    Run run = Run.main(gbk.toString());

    assertThat(run.status()).isZero();
    assertThat(run.lines()).contains("charset:     GB18030", "agency:      威远县人民政府");
  }

  @Test
  void printsTheTablesInTheChosenFormatWhateverItsCase() {
    assertThat(Run.main("--format", "markdown").out())
        .contains("- agency: 威远县人民政府", "## Findings (failed or not assessable): none",
            "| quantity | stated | recomputed | denominator | rounding | match |")
        .contains("| 一、本年新收政府信息公开申请数量 |");
    assertThat(Run.main("--format=csv").out()).contains("APPLICATIONS,NEW_RECEIVED,TOTAL,");
    assertThat(Run.main("--format", "HTML").out()).contains("<table");
    assertThat(Run.main("--format", "Pipe").out()).contains("一、本年新收政府信息公开申请数量 |");
  }

  @Test
  void printsEachFileInTurnAndExitsWithTheWorst() throws IOException {
    Run run = Run.main(sampleCopy(temp).toString(), ZRZ);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).filteredOn(line -> line.startsWith("Verdict: ")).containsExactly(
        Checks.line("CONSISTENT", 0, 0, Checks.sample()),
        Checks.line("INCONSISTENT", 2, 0, Checks.of(ZRZ)));
  }

  @Test
  void anUnreadableFileAmongOthersIsReportedAndTheRestPrinted() throws IOException {
    Path missing = temp.resolve("missing.txt");

    Run run = Run.main(missing.toString(), sampleCopy(temp).toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("govdisclosure: " + missing + ": no such file\n");
    assertThat(run.tail(1)).containsExactly(Checks.line("CONSISTENT", 0, 0, Checks.sample()));
  }

  @Test
  void refusesInputThatCannotBeAReportWithOneLine() throws IOException {
    Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
    Path image = Files.write(temp.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path pdf = Files.write(temp.resolve("scan.txt"), "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
    Path controls = Files.write(temp.resolve("controls.txt"), new byte[] {1, 2, 3, 4, 5, 'a', 6, 7});
    Path directory = Files.createDirectory(temp.resolve("reports"));

    assertUnreadable(Run.main(temp.resolve("nope.txt").toString()), temp.resolve("nope.txt") + ": no such file");
    assertUnreadable(Run.main(empty.toString()), empty + ": is empty");
    assertUnreadable(Run.main(image.toString()),
        image + ": not read: the input is binary content, not text (TEXT-BINARY-INPUT)");
    assertUnreadable(Run.main(pdf.toString()),
        pdf + ": not read: the PDF cannot be read (damaged or not a PDF: Missing root object specification in trailer.) (PDF-UNREADABLE)");
    assertUnreadable(Run.main(controls.toString()),
        controls + ": not read: the input is binary content, not text (TEXT-BINARY-INPUT)");
    assertUnreadable(Run.main(directory.toString()), directory + ": is a directory");
  }

  @Test
  void readsUtf16WithAByteOrderMarkAsText() throws IOException {
    Path utf16 = temp.resolve("utf16.txt");
    byte[] text = Files.readString(sampleCopy(temp), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    Files.write(utf16, bytes);

    Run run = Run.main(utf16.toString());

    assertThat(run.status()).isZero();
    assertThat(run.lines()).contains("charset:     UTF-16LE");
  }

  @Test
  void refusesABadCommandLineWithPicocliMessageOnOneLine() {
    assertUsage(Run.main("--bogus"), "Unknown option: '--bogus' (see govdisclosure check --help)");
    assertUsage(Run.main("--format"), "Missing required parameter for option '--format' (FORMAT)"
        + " (see govdisclosure check --help)");
    assertUsage(Run.main("--format", "xml"), "Invalid value for option '--format': expected one of"
        + " [PLAIN, MARKDOWN, HTML, CSV, PIPE] (case-insensitive) but was 'xml' (see govdisclosure check --help)");
    assertUsage(Run.main("--lang", "fr"), "Invalid value for option '--lang': expected one of [EN, ZH]"
        + " (case-insensitive) but was 'fr' (see govdisclosure check --help)");
    assertUsage(Run.main("--json", "--format", "csv"), "--json and --format cannot be combined"
        + " (see govdisclosure check --help)");
    assertUsage(Run.main("--all=yes"), "Invalid value for option '--all': 'yes' is not a boolean"
        + " (see govdisclosure check --help)");
    assertUsage(Run.main("audit"), "Missing required parameter: 'DIR' (see govdisclosure audit --help)");
  }

  @Test
  void printsUsageOnHelp() {
    Run top = Run.main("--help");
    Run check = Run.main("check", "--help");

    assertThat(top.status()).isZero();
    assertThat(top.err()).isEmpty();
    assertThat(top.out()).startsWith("Usage: govdisclosure [-hV] [COMMAND]").contains("check", "audit",
        "generate-completion", "Exit status: 0 consistent, 1 inconsistent, 2 not assessable, 3 unreadable input");
    assertThat(check.status()).isZero();
    assertThat(check.out()).startsWith("Usage: govdisclosure check [-hV]").contains("--json", "--lang=LANG",
        "--blanks-as-zero", "--disable=RULE", "--severity=RULE=LEVEL", "--min-severity=LEVEL", "--diagnostics",
        "--output=FILE", "--html=FILE", "[FILE...]");
    assertThat(Run.main("audit", "--help").out()).startsWith("Usage: govdisclosure audit [-hV]")
        .contains("--csv=FILE", "--findings=FILE", "--html=FILE", "DIR");
  }

  @Test
  void printsTheVersionAndTheFormatsItReads() {
    Run run = Run.main("--version");

    assertThat(run.status()).isZero();
    assertThat(run.lines()).hasSize(2);
    assertThat(run.lines().get(0)).matches("govdisclosure \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run.lines().get(1)).startsWith("reads: text, ");
    assertThat(run.lines().get(1).substring("reads: ".length()).split(", ")).containsExactlyInAnyOrder(
        "text", "html", "pdf", "docx");
    assertThat(Run.main("check", "-V").out()).isEqualTo(run.out());
  }

  @Test
  void generatesACompletionScript() {
    Run run = Run.main("generate-completion");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_govdisclosure",
        "check", "audit", "--min-severity", "table3.balance");
  }

  @Test
  void aDoubleDashEndsTheOptions() {
    Run run = Run.main("--lang=zh", "--", "--all");

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("govdisclosure: --all：文件不存在\n");
  }

  private static void assertUnreadable(Run run, String reason) {
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("govdisclosure: " + reason + "\n");
  }

  private static void assertUsage(Run run, String reason) {
    assertUnreadable(run, reason);
  }
}
