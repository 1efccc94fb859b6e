package io.github.govdisclosure.text;

import io.github.govdisclosure.fixtures.Corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Section;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosureTextTest {

  /** A test resource of this module, decoded as UTF-8. */
  static String resource(String name) {
    try (InputStream in = DisclosureTextTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String weiyuanOnce() {
    String text = Corpus.text("2021_weiyuan-county.txt");
    int second = text.indexOf("本报告依据", 10);
    return text.substring(0, second);
  }

  static List<String> codes(ParseResult result) {
    return result.getDiagnostics().stream().map(Diagnostic::getCode).collect(Collectors.toList());
  }

  static void assertWeiyuanTables(Report report) {
    assertThat(report.getEdition()).isEqualTo(Edition.V2021);
    assertThat(report.getApplications()).hasValueSatisfying(t -> {
      assertThat(t.isComplete()).isTrue();
      assertThat(t.get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).asLong()).hasValue(35);
      assertThat(t.get(ApplicationRow.UNAVAILABLE_NOT_HELD, Applicant.NATURAL_PERSON).asLong()).hasValue(6);
      assertThat(t.get(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL).asLong()).hasValue(34);
      assertThat(t.get(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.TOTAL).asLong()).hasValue(1);
    });
    assertThat(report.getReviewLitigation()).hasValueSatisfying(t -> assertThat(t.isComplete()).isTrue());
    assertThat(report.getActiveDisclosure()).hasValueSatisfying(t -> assertThat(t.isComplete()).isTrue());
  }

  @Test
  void parsesPipeFlattenedTextOnceAndReportsTheRepetition() {
    ParseResult result = DisclosureText.parse(Corpus.text("2021_weiyuan-county.txt"));
    assertWeiyuanTables(result.getReport());
    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).containsExactly(
        "<341:1> TEXT-REPEATED-DOCUMENT warning: the report is printed again from here (an identical copy); only the "
            + "first copy is read [本报告依据《中华人民共和国政府信息公开条]");
    assertThat(result.getCharset()).isEqualTo("UTF-8");
    assertThat(result.getReport().getSections()).containsOnlyKeys(Section.values());
    assertThat(result.getReport().getSections().get(Section.OTHER_MATTERS)).isEqualTo("2021年,我县未收取政府信息公开信息处理费。");
    assertThat(result.getReport().getSections().get(Section.APPLICATIONS)).isEmpty();
    assertThat(result.getReport().getPreamble()).startsWith("本报告依据");
  }

  @Test
  void parsesWrappedHeaderCells() {
    ParseResult result = DisclosureText.parse(weiyuanOnce());
    assertThat(result.getDiagnostics()).isEmpty();
    assertWeiyuanTables(result.getReport());
  }

  @Test
  void parsesOneCellPerLineWithoutPipes() {
    ParseResult result = DisclosureText.parse(resource("synthetic/lines-2021.txt"));
    assertWeiyuanTables(result.getReport());
    assertThat(result.getDiagnostics()).isEmpty();
  }

  @Test
  void parsesTabSeparatedRows() {
    ParseResult result = DisclosureText.parse(resource("synthetic/tabs-2021.txt"));
    assertWeiyuanTables(result.getReport());
    assertThat(result.getDiagnostics()).isEmpty();
  }

  @Test
  void setsTheSpanOfEveryCell() {
    String text = weiyuanOnce();
    Report report = DisclosureText.parse(text).getReport();
    Cell cell = report.getApplications().orElseThrow().get(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON);
    assertThat(cell.getSpan()).hasValueSatisfying(span -> {
      assertThat(span.line()).isEqualTo(70);
      assertThat(span.column()).isEqualTo(1);
      assertThat(text.substring(span.offset(), span.offset() + span.length())).isEqualTo("35");
    });
    report.getApplications().orElseThrow().getCells().values()
        .forEach(c -> assertThat(c.getSpan()).isPresent());
  }

  @Test
  void detectsUtf8WithByteOrderMark() {
    byte[] body = weiyuanOnce().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    ParseResult result = DisclosureText.parse(bytes);
    assertThat(result.getCharset()).isEqualTo("UTF-8");
    assertThat(result.getDiagnostics()).isEmpty();
    assertWeiyuanTables(result.getReport());
  }

  @Test
  void detectsUtf16WithByteOrderMark() {
    ParseResult le = DisclosureText.parse(("\uFEFF" + weiyuanOnce()).getBytes(StandardCharsets.UTF_16LE));
    assertThat(le.getCharset()).isEqualTo("UTF-16LE");
    assertWeiyuanTables(le.getReport());
    ParseResult be = DisclosureText.parse(("\uFEFF" + weiyuanOnce()).getBytes(StandardCharsets.UTF_16BE));
    assertThat(be.getCharset()).isEqualTo("UTF-16BE");
    assertThat(be.getDiagnostics()).extracting(Diagnostic::render)
        .containsExactly("<1:1> TEXT-CHARSET info: decoded as UTF-16BE (byte order mark)");
  }

  @Test
  void fallsBackToGb18030WhenTheBytesAreNotUtf8() throws IOException {
    byte[] bytes = weiyuanOnce().getBytes(Charset.forName("GB18030"));
    ParseResult result = DisclosureText.parse(new ByteArrayInputStream(bytes));
    assertThat(result.getCharset()).isEqualTo("GB18030");
    assertThat(codes(result)).containsExactly("TEXT-CHARSET");
    assertThat(result.getDiagnostics().get(0).getMessage()).isEqualTo("decoded as GB18030 (the bytes are not valid UTF-8)");
    assertWeiyuanTables(result.getReport());
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.write(file, weiyuanOnce().getBytes(Charset.forName("GBK")));
    ParseResult result = DisclosureText.parse(file);
    assertThat(result.getCharset()).isEqualTo("GB18030");
    assertWeiyuanTables(result.getReport());
  }

  @Test
  void recognisesAReportBeforeTheNationalFormat() {
    ParseResult result = DisclosureText.parse(Corpus.text("2017_pingtan-scj.txt"));
    Report report = result.getReport();
    assertThat(report.getEdition()).isEqualTo(Edition.PRE_2019);
    assertThat(report.getApplications()).isEmpty();
    assertThat(codes(result)).contains("TEXT-OUT-OF-SCOPE");
    assertThat(report.getSections()).containsKeys(Section.OVERVIEW, Section.ACTIVE_DISCLOSURE, Section.PROBLEMS);
    assertThat(report.getSections().get(Section.OVERVIEW)).startsWith("政务信息公开是提高服务效率");
    assertThat(report.getPreamble()).contains("现公布2017年平潭综合实验区市场监督管理局政府信息公开工作年度报告");
  }

  @Test
  void keepsAV2019TableInA2021ReportAndSaysSo() {
    String text = Corpus.text("2020_pingtan-hzs.txt").replace("2020年", "2021年");
    ParseResult result = DisclosureText.parse(text);
    assertThat(result.getReport().getEdition()).isEqualTo(Edition.V2019);
    assertThat(result.getReport().getYear()).hasValue(2021);
    assertThat(codes(result)).contains("TEXT-EDITION-MISMATCH");
  }

  @Test
  void takesTheEditionFromTheYearWhenNoTableTellsAndStrictParsingThrows() {
    String text = "某某局2022年政府信息公开工作年度报告\n一、总体情况\n本报告统计期限自2022年1月1日至2022年12月31日。\n";
    ParseResult result = DisclosureText.parse(text);
    assertThat(result.getReport().getEdition()).isEqualTo(Edition.V2021);
    assertThat(result.getReport().getAgency()).hasValue("某某局");
    assertThat(codes(result)).contains("TEXT-EDITION-FROM-YEAR", "TEXT-TABLE-MISSING", "TEXT-SECTION-MISSING");
    assertThat(result.hasErrors()).isTrue();
    assertThatThrownBy(() -> DisclosureText.parseStrict(text))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("TEXT-TABLE-MISSING error")
        .satisfies(e -> assertThat(((ParseException) e).getDiagnostics()).isEqualTo(result.getDiagnostics()));
  }

  @Test
  void reportsAMissingYearAndAgency() {
    ParseResult result = DisclosureText.parse("一、总体情况\n无内容。\n");
    assertThat(codes(result)).contains("TEXT-YEAR-UNKNOWN", "TEXT-AGENCY-UNKNOWN");
    assertThat(result.getReport().getYear()).isEmpty();
  }

  @Test
  void leavesAMissingRowOutAndReportsIt() {
    String text = weiyuanOnce().replace("3.补正后申请内容仍不明确 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n", "");
    ParseResult result = DisclosureText.parse(text);
    assertThat(codes(result)).containsExactly("TEXT-ROW-MISSING");
    assertThat(result.getReport().getApplications().orElseThrow().missingCells()).hasSize(7);
  }

  @Test
  void readsCellsWithoutLabelAsTheNextRowAndSaysSo() {
    String text = weiyuanOnce().replace("3.补正后申请内容仍不明确 |\n", "");
    ParseResult result = DisclosureText.parse(text);
    assertThat(codes(result)).containsExactly("TEXT-ROW-UNLABELED");
    assertThat(result.getReport().getApplications().orElseThrow().isComplete()).isTrue();
  }

  @Test
  void readsARepeatedRowOnce() {
    String row = "2.重复申请 |\n1 |\n0 |\n0 |\n0 |\n0 |\n0 |\n1 |\n";
    ParseResult result = DisclosureText.parse(weiyuanOnce().replace(row, row + row));
    assertThat(codes(result)).startsWith("TEXT-ROW-DUPLICATE").contains("TEXT-CELL-UNPLACED");
  }

  @Test
  void dropsTable2WhenItFollowsAnotherEditionThanTable3() {
    String text = weiyuanOnce().replace("本年制发件数", "本年新制作数量")
        .replace("本年废止件数", "本年新公开数量").replace("现行有效件数", "对外公开总数量");
    ParseResult result = DisclosureText.parse(text);
    assertThat(codes(result)).containsExactly("TEXT-EDITION-MIXED");
    assertThat(result.getReport().getActiveDisclosure()).isEmpty();
    assertThat(result.getReport().getApplications()).isPresent();
  }

  @Test
  void matchesTypoedAndVariantHeadings() {
    String text = weiyuanOnce().replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政法复议、行政诉讼情况")
        .replace("五、存在的主要问题及改进情况", "五、存在的主要问题及整改措施");
    ParseResult result = DisclosureText.parse(text);
    assertThat(result.getDiagnostics()).isEmpty();
    assertThat(result.getReport().getSections()).containsKeys(Section.REVIEW_LITIGATION, Section.PROBLEMS);
  }

  @Test
  void reportsRunsThatNoSplitSatisfies() {
    String text = Corpus.text("2021_pingtan.txt").replace("（七）总计630020469", "（七）总计630020468");
    ParseResult result = DisclosureText.parse(text);
    assertThat(codes(result)).contains("TEXT-SPLIT-UNSATISFIED");
  }

  @Test
  void refusesToSplitAnOverlongRun() {
    String text = Corpus.text("2021_pingtan.txt").replace("（七）总计630020469", "（七）总计" + "1".repeat(250));
    ParseResult result = DisclosureText.parse(text);
    assertThat(codes(result)).contains("TEXT-SPLIT-TOO-LONG", "TEXT-ROW-MISSING");
    assertThat(result.getReport().getApplications().orElseThrow().get(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL)
        .getKind()).isEqualTo(Cell.Kind.MISSING);
  }

  @Test
  void namesTheAlternativesOfAnAmbiguousSplit() {
    ParseResult result = DisclosureText.parse(Corpus.text("2021_pingtan.txt"));
    assertThat(result.getDiagnostics()).filteredOn(d -> d.getCode().equals("TEXT-SPLIT-BY-SUMS"))
        .extracting(Diagnostic::getMessage)
        .contains("digit run '270020130' of row DISCLOSED admits 2 splits with a valid row total "
            + "([27, 0, 0, 2, 0, 1, 30], [2, 7, 0, 0, 20, 1, 30]); the column sums choose [27, 0, 0, 2, 0, 1, 30]");
    assertThat(result.getDiagnostics()).filteredOn(d -> d.getCode().equals("TEXT-SPLIT-AMBIGUOUS"))
        .extracting(Diagnostic::getSeverity).containsOnly(io.github.govdisclosure.model.Severity.WARNING);
    assertThat(result.getReport().getReviewLitigation().orElseThrow().get(ReviewGroup.LITIGATION_DIRECT, Outcome.TOTAL)
        .asLong()).hasValue(12);
  }

  @Test
  void capsTheNumberOfDiagnostics() {
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      noise.append("x").append(i).append(' ');
    }
    String text = weiyuanOnce().replace("四、政府信息公开行政复议", noise + "\n四、政府信息公开行政复议");
    ParseResult result = DisclosureText.parse(text);
    assertThat(result.getDiagnostics()).hasSize(501);
    assertThat(codes(result)).contains("TEXT-TOO-MANY-DIAGNOSTICS", "TEXT-CELL-UNPLACED");
  }

  @Test
  void readsMarkdownTablesInterruptedByPageFootersAndHeadings() {
    ParseResult result = DisclosureText.parse(Corpus.text("2025_shanghai-bgt.txt"));
    assertThat(codes(result)).contains("TEXT-PAGE-FURNITURE", "TEXT-ROW-UNLABELED", "TEXT-ROW-INCOMPLETE",
        "TEXT-SECTION-INFERRED", "TEXT-CELL-UNPLACED");
    Report report = result.getReport();
    assertThat(report.getApplications().orElseThrow().isComplete()).isTrue();
    assertThat(report.getSections().get(Section.PROBLEMS)).startsWith("（一）2024 年工作中存在问题的改进情况");
  }

  @Test
  void rejectsNullAtOnce() {
    assertThatThrownBy(() -> DisclosureText.parse((String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DisclosureText.parse((byte[]) null)).isInstanceOf(NullPointerException.class);
  }
}
