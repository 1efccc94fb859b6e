package io.github.govdisclosure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.model.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  @Test
  void canonicalExampleReadsBackEqual() {
    Report report = Examples.canonical();

    String json = DisclosureJson.write(report);

    assertThat(DisclosureJson.readReport(json)).isEqualTo(report);
    assertThat(report.getStatedFigures()).hasSize(7);
    assertThat(report.getStatedBreakdowns()).hasSize(1);
  }

  @Test
  void canonicalExampleMatchesTheGoldenFile() {
    String golden = Examples.resource("/json/2021_weiyuan-county.json");

    assertThat(DisclosureJson.writer().pretty().write(Examples.canonical())).isEqualTo(golden);
    assertThat(DisclosureJson.read(golden)).isEqualTo(JsonDocument.of(Examples.canonical()));
  }

  @Test
  void compactFormIsTheGoldenFileWithoutWhitespace() {
    String golden = Examples.resource("/json/2021_weiyuan-county.json");
    // no member or string of the example holds a space, a newline or ": "
    String squeezed = golden.replaceAll("\n *", "").replace("\": ", "\":");

    assertThat(DisclosureJson.write(Examples.canonical())).isEqualTo(squeezed).doesNotContain("\n");
  }

  @Test
  void writesPlainCellsAsNumbersAndKeysInLayoutOrder() {
    String json = DisclosureJson.write(Examples.canonical());

    assertThat(json).startsWith("{\"edition\":\"V2021\",\"year\":2021,\"agency\":\"威远县人民政府\",\"tables\":{"
        + "\"ACTIVE_DISCLOSURE\":{\"ITEM_1\":{\"RULES\":{\"ISSUED\":0,\"REPEALED\":0,\"IN_FORCE\":0},");
    assertThat(json).contains("\"ITEM_8\":{\"ADMINISTRATIVE_FEES\":{\"AMOUNT\":4221.6528}}");
    assertThat(json).contains("\"APPLICATIONS\":{\"NEW_RECEIVED\":{\"NATURAL_PERSON\":35,\"COMMERCIAL_ENTERPRISE\":0,"
        + "\"RESEARCH_INSTITUTION\":0,\"SOCIAL_WELFARE_ORGANIZATION\":0,\"LEGAL_SERVICE_INSTITUTION\":0,"
        + "\"OTHER_ORGANIZATION\":0,\"TOTAL\":35},");
    assertThat(json).contains("\"REVIEW_LITIGATION\":{\"REVIEW\":{\"UPHELD\":0,\"CORRECTED\":0,\"OTHER\":0,"
        + "\"PENDING\":0,\"TOTAL\":0},");
  }

  @Test
  void v2019ReportReadsBackEqual() {
    Report report = Examples.pingtan2019();

    String json = DisclosureJson.write(report);

    assertThat(DisclosureJson.readReport(json)).isEqualTo(report);
    assertThat(json).contains("\"edition\":\"V2019\"", "\"OTHER_HANDLING\":{", "\"agency\":\"平潭综合实验区\"")
        .doesNotContain("OTHER_OTHER");
  }

  @Test
  void messyCellsReadBackEqualWithTheirSpans() {
    Report report = Examples.messy();

    Report read = DisclosureJson.readReport(DisclosureJson.write(report));

    assertThat(read).isEqualTo(report);
    assertThat(Spans.of(read)).isEqualTo(Spans.of(report)).contains(
        "APPLICATIONS[CARRIED_OVER][NATURAL_PERSON]=2048+2@77:9", "其中：网上申请=Optional[91:1]");
    assertThat(read.getApplications().get().getExtraRows()).hasSize(2);
  }

  @Test
  void writesEachKindOfCellInItsDocumentedForm() {
    String json = DisclosureJson.writer().withoutSpans().write(Examples.messy());

    assertThat(json).contains(
        "\"NEWLY_MADE\":{\"raw\":\"22（其中修订16件）\",\"value\":22,\"note\":\"其中修订16件\"}",
        "\"NEWLY_PUBLISHED\":{\"raw\":\"/\"}",
        "\"TOTAL_PUBLISHED\":null",
        "\"NET_CHANGE\":{\"raw\":\"+4\",\"value\":4}",
        "\"PENALTY\":{\"NET_CHANGE\":-2}",
        "\"PRIOR_YEAR_ITEMS\":{\"raw\":\"1.50\",\"value\":1.5}",
        "\"TOTAL_AMOUNT\":{\"raw\":\"251000元\",\"value\":251000,\"unit\":\"YUAN\"}",
        "\"CARRIED_OVER\":{\"NATURAL_PERSON\":{\"raw\":\"３５\",\"value\":35},\"TOTAL\":{\"raw\":\"1,234\",\"value\":1234}}",
        "\"OTHER_HANDLING\":{\"TOTAL\":0}",
        "\"TOTAL\":{\"raw\":\"12.5万元\",\"value\":12.5,\"note\":\"误填\",\"unit\":\"WAN_YUAN\"}",
        "\"UPHELD\":{\"raw\":\"\",\"note\":\"空\"}",
        "\"TOTAL\":{\"raw\":\"\",\"kind\":\"TEXT\"}",
        "\"extraRows\":{\"APPLICATIONS\":[{\"label\":\"其中：网上申请\",\"cells\":[12,null,{\"raw\":\"-\"},7]},"
            + "{\"label\":\"合计\",\"cells\":[]}]}",
        "{\"quantity\":\"DISCLOSED\",\"percent\":20.0,\"phrase\":\"占20.0%\",\"section\":\"OVERVIEW\"}");
  }

  @Test
  void writesSpansOnlyWhenAsked() {
    String withSpans = DisclosureJson.write(Examples.messy());
    String without = DisclosureJson.writer().withoutSpans().write(Examples.messy());

    assertThat(withSpans).contains("\"OTHER_HANDLING\":{\"TOTAL\":{\"raw\":\"0\",\"value\":0,"
        + "\"span\":{\"offset\":3000,\"length\":1,\"line\":90,\"column\":14}}}");
    assertThat(without).doesNotContain("\"span\"");
    Report read = DisclosureJson.readReport(without);
    assertThat(read).isEqualTo(Examples.messy());
    assertThat(Spans.of(read)).allMatch(s -> s.endsWith("Optional.empty"));
  }

  @Test
  void pre2019ReportReadsBackEqualWithoutTables() {
    Report report = Examples.pre2019();

    String json = DisclosureJson.write(report);

    assertThat(DisclosureJson.readReport(json)).isEqualTo(report);
    assertThat(json).isEqualTo("{\"edition\":\"PRE_2019\",\"year\":2017,\"agency\":\"平潭综合实验区市场监督管理局\","
        + "\"title\":\"平潭综合实验区市场监督管理局2017年政府信息公开工作年度报告\","
        + "\"preamble\":\"根据《中华人民共和国政府信息公开条例》规定，现公布本局2017年度报告。\","
        + "\"sections\":{\"OVERVIEW\":\"2017年，我局……\",\"PROBLEMS\":\"存在问题……\"}}");
  }

  @Test
  void minimalReportIsOnlyItsEdition() {
    Report report = new Report.Builder().edition(Edition.V2021).build();

    assertThat(DisclosureJson.write(report)).isEqualTo("{\"edition\":\"V2021\"}");
    assertThat(DisclosureJson.readReport("{\"edition\":\"V2021\"}")).isEqualTo(report);
  }

  @Test
  void emptyTableIsKeptApartFromAnAbsentOne() {
    Report report = new Report.Builder().edition(Edition.V2021)
        .applications(ApplicationTable.builder(Edition.V2021).build()).build();

    String json = DisclosureJson.write(report);

    assertThat(json).isEqualTo("{\"edition\":\"V2021\",\"tables\":{\"APPLICATIONS\":{}}}");
    assertThat(DisclosureJson.readReport(json)).isEqualTo(report);
  }

  @Test
  void diagnosticsFindingsAndVerdictReadBackEqual() {
    JsonDocument document = new JsonDocument.Builder()
        .report(Examples.canonical())
        .addDiagnostics(new Diagnostic.Builder().code("TEXT-REPEATED-DOCUMENT").severity(Severity.WARNING)
            .span(new SourceSpan(4410, 12, 61, 1)).message("the report appears twice; the second copy is ignored")
            .excerpt("本报告依据《中华人民共和国政府信息公开条例》").build())
        .addDiagnostics(new Diagnostic.Builder().code("TEXT-TRAILING").severity(Severity.INFO)
            .span(new SourceSpan(0, 0, 1, 1)).message("no excerpt").excerpt("").build())
        .addFindings(Finding.builder().ruleId("table3.balance").severity(Severity.ERROR).status(Status.FAIL)
            .addCells(CellRef.parse("APPLICATIONS[TOTAL_HANDLED][NATURAL_PERSON]")).expected(new BigDecimal(21))
            .actual(new BigDecimal(27)).messageKey("35+0 = 35 but 34+2 = 36").build())
        .addFindings(Finding.builder().ruleId("narrative.share").severity(Severity.WARNING)
            .status(Status.NOT_ASSESSABLE).expected(new BigDecimal("48.570")).messageKey("no cells").build())
        .verdict("INCONSISTENT")
        .build();

    String json = DisclosureJson.write(document);

    assertThat(DisclosureJson.read(json)).isEqualTo(document);
    assertThat(json).endsWith("\"findings\":[{\"rule\":\"table3.balance\",\"severity\":\"ERROR\",\"status\":\"FAIL\","
        + "\"cells\":[\"APPLICATIONS[TOTAL_HANDLED][NATURAL_PERSON]\"],\"expected\":21,\"actual\":27,"
        + "\"message\":\"35+0 = 35 but 34+2 = 36\","
        + "\"key\":\"table3.balance@APPLICATIONS[TOTAL_HANDLED][NATURAL_PERSON]#6ee8c4a6d2405ff5\"},"
        + "{\"rule\":\"narrative.share\",\"severity\":\"WARNING\","
        + "\"status\":\"NOT_ASSESSABLE\",\"cells\":[],\"expected\":48.570,\"message\":\"no cells\","
        + "\"key\":\"narrative.share@report#43b318e7fa7745c1\"}],"
        + "\"diagnostics\":[{\"code\":\"TEXT-REPEATED-DOCUMENT\",\"severity\":\"WARNING\",\"line\":61,\"column\":1,"
        + "\"offset\":4410,\"length\":12,\"message\":\"the report appears twice; the second copy is ignored\","
        + "\"excerpt\":\"本报告依据《中华人民共和国政府信息公开条例》\"},{\"code\":\"TEXT-TRAILING\",\"severity\":\"INFO\","
        + "\"line\":1,\"column\":1,\"offset\":0,\"length\":0,\"message\":\"no excerpt\",\"excerpt\":\"\"}],"
        + "\"verdict\":\"INCONSISTENT\"}");
  }

  @Test
  void decimalsKeepEveryDigitAndTheirScale() {
    BigDecimal huge = new BigDecimal("123456789012345678901234567890.123456789012345678901");
    Report report = new Report.Builder().edition(Edition.V2021)
        .applications(ApplicationTable.builder(Edition.V2021)
            .put(ApplicationRow.NEW_RECEIVED, io.github.govdisclosure.model.Applicant.TOTAL, Cell.of(huge))
            .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, io.github.govdisclosure.model.Applicant.TOTAL,
                Cell.of(new BigDecimal("1E+3")))
            .build())
        .build();
    JsonDocument document = new JsonDocument.Builder().report(report)
        .addFindings(Finding.builder().ruleId("r").severity(Severity.INFO).status(Status.PASS).messageKey("m")
            .expected(new BigDecimal("0.10")).actual(new BigDecimal("1E+2")).build())
        .build();

    String json = DisclosureJson.write(document);

    assertThat(json).contains("\"TOTAL\":123456789012345678901234567890.123456789012345678901",
        "\"CARRIED_OVER\":{\"TOTAL\":1000}", "\"expected\":0.10", "\"actual\":1E+2");
    JsonDocument read = DisclosureJson.read(json);
    assertThat(read).isEqualTo(document);
    assertThat(read.getFindings().get(0).getExpected()).hasValueSatisfying(v -> assertThat(v.scale()).isEqualTo(2));
  }

  @Test
  void outputDoesNotDependOnTheOrderCellsWereAdded() {
    Report report = Examples.canonical();
    ApplicationTable table = report.getApplications().get();
    List<Map.Entry<CellRef, Cell>> entries = new ArrayList<>(table.getCells().entrySet());
    Collections.reverse(entries);
    ApplicationTable.Builder reversed = ApplicationTable.builder(Edition.V2021);
    entries.forEach(e -> reversed.putCells(e.getKey(), e.getValue()));
    Report shuffled = new Report.Builder().from(report).applications(reversed.build()).build();

    assertThat(DisclosureJson.write(shuffled)).isEqualTo(DisclosureJson.write(report));
  }

  @Test
  void bytesAreUtf8WithChineseUnescaped() throws IOException {
    JsonDocument document = JsonDocument.of(Examples.canonical());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    DisclosureJson.writer().write(document, out);

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("威远县人民政府", "“予以公开”17件").doesNotContain("\\u");
    assertThat(DisclosureJson.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(document);
    assertThat(DisclosureJson.read(new StringReader(text))).isEqualTo(document);
  }

  @Test
  void skipsAByteOrderMark() throws IOException {
    byte[] bom = "\uFEFF{\"edition\":\"V2019\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(DisclosureJson.read(new ByteArrayInputStream(bom)).getReport().getEdition()).isEqualTo(Edition.V2019);
  }

  @Test
  void readsMembersInAnyOrder() {
    String json = "{\"tables\":{\"APPLICATIONS\":{\"NEW_RECEIVED\":{\"TOTAL\":35}}},\"year\":2021,\"edition\":\"V2021\"}";

    Report report = DisclosureJson.readReport(json);

    assertThat(report.cell(CellRef.of(ApplicationRow.NEW_RECEIVED, io.github.govdisclosure.model.Applicant.TOTAL)))
        .isEqualTo(Cell.of(35));
    assertThat(report.table(Table.APPLICATIONS)).isPresent();
  }

  @Test
  void readsAPlainNumberAsThePlainCellOfItsValue() {
    Report report = DisclosureJson.readReport(
        "{\"edition\":\"V2021\",\"tables\":{\"APPLICATIONS\":{\"NEW_RECEIVED\":{\"TOTAL\":35.0,\"NATURAL_PERSON\":1e1}}}}");

    assertThat(report.getApplications().get().get(ApplicationRow.NEW_RECEIVED, io.github.govdisclosure.model.Applicant.TOTAL))
        .isEqualTo(Cell.of(35));
    assertThat(report.getApplications().get().get(ApplicationRow.NEW_RECEIVED,
        io.github.govdisclosure.model.Applicant.NATURAL_PERSON)).isEqualTo(Cell.of(10));
  }

  @Test
  void documentOfAParseResultKeepsReportAndDiagnostics() {
    Diagnostic diagnostic = new Diagnostic.Builder().code("TEXT-X").severity(Severity.ERROR)
        .span(new SourceSpan(3, 1, 1, 4)).message("m").excerpt("e").build();
    io.github.govdisclosure.text.ParseResult result = new io.github.govdisclosure.text.ParseResult.Builder()
        .report(new Report.Builder().from(Examples.pre2019()).addDiagnostics(diagnostic).build())
        .charset("GB18030").build();

    JsonDocument document = JsonDocument.of(result);

    assertThat(DisclosureJson.read(DisclosureJson.write(document))).isEqualTo(document);
    assertThat(document.getDiagnostics()).containsExactly(diagnostic);
  }

  @Test
  void refusesNullsAtOnce() {
    assertThatNullPointerException().isThrownBy(() -> DisclosureJson.write((Report) null)).withMessage("report");
    assertThatNullPointerException().isThrownBy(() -> DisclosureJson.read((String) null)).withMessage("json");
    assertThatNullPointerException().isThrownBy(() -> DisclosureJson.writer().write((JsonDocument) null))
        .withMessage("document");
  }
}
