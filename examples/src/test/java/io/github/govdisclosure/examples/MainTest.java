package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main program: what it prints and the exit status, on real reports and on bad input. */
class MainTest {
  private static final String ZRZ = Run.corpus("2020_pingtan-zrz.txt");

  @TempDir
  Path temp;

  private Path sampleCopy() throws IOException {
    Path file = temp.resolve(ReportInput.SAMPLE);
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
    assertThat(run.lines().subList(0, 8)).containsExactly(
        "agency:      威远县人民政府",
        "year:        2021",
        "edition:     V2021",
        "charset:     UTF-8",
        "source:      2021_weiyuan-county.txt (bundled sample)",
        "diagnostics: 1 (1 warning)",
        "",
        "威远县人民政府2021年政府信息公开工作年度报告");
    assertThat(run.out()).contains("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "│ 行政规范性文件 │            4 │            0 │          147 │");
    assertThat(run.tail(12)).containsExactly(
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
        "Verdict: CONSISTENT (0 failed, 0 not assessable, 302 passed of 302 checks)");
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
        "Verdict: INCONSISTENT (2 failed, 0 not assessable, 281 passed of 283 checks)");
  }

  @Test
  void printsHeadingsAndMessagesInChinese() {
    Run run = Run.main("--lang", "zh", ZRZ);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).contains("机关：平潭综合实验区自然资源与生态环境局", "解析提示：8 条（5 条警告，3 条提示）");
    assertThat(run.tail(7)).containsExactly(
        "检查结果（不符或无法判定）：",
        "  table3.results-total error 位于 APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]：0，但 0 + 0 + 0 + 1 + 0 + 0 = 1",
        "  table3.results-total error 位于 APPLICATIONS[TOTAL_HANDLED][TOTAL]：9，但 2 + 4 + 0 + 2 + 0 + 2 = 10",
        "",
        "正文所述占比：无",
        "",
        "结论：INCONSISTENT（不一致；共 283 项检查，2 项不符，0 项无法判定，281 项通过）");
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
    Run run = Run.main(Run.corpus("2017_pingtan-scj.txt"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.lines()).contains("edition:     PRE_2019");
    assertThat(run.tail(1)).containsExactly("Verdict: NOT_ASSESSABLE (0 failed, 5 not assessable, 1 passed of 6 checks)");
  }

  @Test
  void readsWebPagesWithTheHtmlReader() {
    Run run = Run.main(Run.corpus("2023_shuyang-fgj.html"));

    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).contains("agency:      沭阳县发展和改革局", "year:        2023");
    assertThat(run.tail(1).get(0)).startsWith("Verdict: ");
  }

  @Test
  void detectsTheCharsetOfTheBytes() throws IOException {
    Path gbk = temp.resolve("gbk.txt");
    Files.writeString(gbk, Files.readString(sampleCopy(), StandardCharsets.UTF_8), Charset.forName("GB18030"));

    Run run = Run.main(gbk.toString());

    assertThat(run.status()).isZero();
    assertThat(run.lines()).contains("charset:     GB18030", "agency:      威远县人民政府");
  }

  @Test
  void printsTheTablesInTheChosenFormat() {
    assertThat(Run.main("--format", "markdown").out())
        .contains("- agency: 威远县人民政府", "## Findings (failed or not assessable): none",
            "| quantity | stated | recomputed | denominator | rounding | match |")
        .contains("| 一、本年新收政府信息公开申请数量 |");
    assertThat(Run.main("--format=csv").out()).contains("APPLICATIONS,NEW_RECEIVED,TOTAL,");
    assertThat(Run.main("--format", "html").out()).contains("<table");
    assertThat(Run.main("--format", "pipe").out()).contains("一、本年新收政府信息公开申请数量 |");
  }

  @Test
  void printsEachFileInTurnAndExitsWithTheWorst() throws IOException {
    Run run = Run.main(sampleCopy().toString(), ZRZ);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).filteredOn(line -> line.startsWith("Verdict: ")).containsExactly(
        "Verdict: CONSISTENT (0 failed, 0 not assessable, 302 passed of 302 checks)",
        "Verdict: INCONSISTENT (2 failed, 0 not assessable, 281 passed of 283 checks)");
  }

  @Test
  void anUnreadableFileAmongOthersIsReportedAndTheRestPrinted() throws IOException {
    Path missing = temp.resolve("missing.txt");

    Run run = Run.main(missing.toString(), sampleCopy().toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("govdisclosure: " + missing + ": no such file\n");
    assertThat(run.tail(1)).containsExactly("Verdict: CONSISTENT (0 failed, 0 not assessable, 302 passed of 302 checks)");
  }

  @Test
  void refusesInputThatCannotBeAReportWithOneLine() throws IOException {
    Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(temp.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path controls = Files.write(temp.resolve("controls.txt"), new byte[] {1, 2, 3, 4, 5, 'a', 6, 7});
    Path directory = Files.createDirectory(temp.resolve("reports"));

    assertUnreadable(Run.main(temp.resolve("nope.txt").toString()), temp.resolve("nope.txt") + ": no such file");
    assertUnreadable(Run.main(empty.toString()), empty + ": is empty");
    assertUnreadable(Run.main(binary.toString()), binary + ": is not a text file (binary content)");
    assertUnreadable(Run.main(controls.toString()), controls + ": is not a text file (binary content)");
    assertUnreadable(Run.main(directory.toString()), directory + ": is a directory");
  }

  @Test
  void readsUtf16WithAByteOrderMarkAsText() throws IOException {
    Path utf16 = temp.resolve("utf16.txt");
    byte[] text = Files.readString(sampleCopy(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
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
  void refusesABadCommandLineWithOneLine() {
    assertUsage(Run.main("--bogus"), "unknown option --bogus (see --help)");
    assertUsage(Run.main("--format"), "--format needs a value (see --help)");
    assertUsage(Run.main("--format", "xml"), "unknown format \"xml\"; expected plain, markdown, html, csv or pipe");
    assertUsage(Run.main("--lang", "fr"), "unknown language \"fr\"; expected en or zh");
    assertUsage(Run.main("--json", "--format", "csv"), "--json and --format cannot be combined");
    assertUsage(Run.main("--all=yes"), "--all takes no value");
  }

  @Test
  void printsUsageOnHelp() {
    Run run = Run.main("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("usage: java -jar govdisclosure-examples.jar").contains("--json", "--lang");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aDoubleDashEndsTheOptions() {
    Options options = Options.parse("--lang=zh", "--", "--all", "a.txt");

    assertThat(options.files).containsExactly("--all", "a.txt");
    assertThat(options.all).isFalse();
    assertThat(options.locale.getLanguage()).isEqualTo("zh");
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
