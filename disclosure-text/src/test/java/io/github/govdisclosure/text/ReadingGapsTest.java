package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.Report;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes of issue 12's "reading gaps", each made from a corpus report's crawler text (every
 * cell run into its label, as 2019_pingtan.txt and 2021_pingtan.txt are published) with one change.
 */
class ReadingGapsTest {
  private static final String V2019 = Corpus.text("2019_pingtan.txt");
  private static final String V2021 = Corpus.text("2021_pingtan.txt");

  private static List<String> codes(ParseResult result) {
    return result.getDiagnostics().stream().map(Diagnostic::getCode).toList();
  }

  private static List<Cell> cells(Report report, DisclosureRow row) {
    return row.columns(report.getActiveDisclosure().orElseThrow().getEdition()).stream()
        .map(column -> report.cell(CellRef.of(row, column))).toList();
  }

  @Test
  void readsASignedChangeRunIntoTheCellsAroundItInV2019Table2() {
    String text = V2019.replace("行政许可3960181", "行政许可0+11").replace("其他对外管理服务事项100153", "其他对外管理服务事项10-37");

    ParseResult result = DisclosureText.parse(text);

    Report report = result.getReport();
    assertThat(cells(report, DisclosureRow.LICENSING)).extracting(Cell::getRaw).containsExactly("0", "+1", "1");
    assertThat(cells(report, DisclosureRow.OTHER_SERVICES)).extracting(Cell::getRaw).containsExactly("10", "-3", "7");
    Cell change = report.cell(CellRef.of(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE));
    assertThat(change.getProvenance()).isEqualTo(Provenance.SPLIT);
    assertThat(change.getBasis()).hasValue("split '+11' after the sign's digits: the only way to fill 3 cells");
    assertThat(codes(result)).doesNotContain("TEXT-ROW-MISSING", "TEXT-CELL-UNPLACED", "TEXT-NUMBER-NEGATIVE");
  }

  @Test
  void guessesASignedRunThatSplitsSeveralWaysAndSaysSo() {
    String text = V2019.replace("行政许可3960181", "行政许可5+1217");

    ParseResult result = DisclosureText.parse(text);

    Cell change = result.getReport().cell(CellRef.of(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE));
    assertThat(change.getRaw()).isEqualTo("+12");
    assertThat(change.getProvenance()).isEqualTo(Provenance.GUESSED);
    assertThat(change.getAlternatives()).containsExactly("+1 217", "+121 7");
    assertThat(codes(result)).contains("TEXT-SPLIT-AMBIGUOUS");
  }

  @Test
  void marksCellsSplitOutOfDigitRunsAndGuessedSplitsWithTheirAlternatives() {
    Report report = DisclosureText.parse(V2021).getReport();

    Cell disclosed = report.cell(CellRef.of(ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON));
    assertThat(disclosed.getRaw()).isEqualTo("27");
    assertThat(disclosed.getProvenance()).isEqualTo(Provenance.SPLIT);
    assertThat(disclosed.getBasis()).hasValue("digit run '270020130' admits 2 splits with a valid row total;"
        + " the column sums choose [27, 0, 0, 2, 0, 1, 30]");
    Cell received = report.cell(CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON));
    assertThat(received.getProvenance()).isEqualTo(Provenance.SPLIT);
    // table 2 has no sums: a run that splits several ways is a guess, with what else it could be
    Cell issued = report.cell(CellRef.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED));
    assertThat(issued.getRaw()).isEqualTo("69");
    assertThat(issued.getProvenance()).isEqualTo(Provenance.GUESSED);
    assertThat(issued.getAlternatives()).contains("693", "6");
  }

  @Test
  void readsReceivedCarriedOverCarriedForwardAndHandledButNotWithdrawnApplicationsFromTheNarrative() {
    String text = Corpus.text("2021_weiyuan-county.txt").replace("全年共收到信息公开申请35件,其中",
        "全年共受理信息公开申请35件（含上年结转2件，另有1件顺延到下年度答复），答复33件，另有8件申请人主动撤销,其中");

    Report report = DisclosureText.parse(text).getReport();

    assertThat(report.getStatedFigures()).extracting(f -> f.getQuantity() + " " + f.getCount().orElse(-1) + " " + f.getPhrase())
        .startsWith("RECEIVED 35 全年共受理信息公开申请35件", "CARRIED_FROM_LAST_YEAR 2 含上年结转2件",
            "CARRIED_TO_NEXT_YEAR 1 另有1件顺延到下年度答复", "HANDLED 33 答复33件")
        .noneMatch(f -> f.contains(" 8 "));
  }

  @Test
  void readsTable4WrittenAsOneUnlabeledRowOfFifteenNumbersUnderItsHeading() {
    String header = "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计"
        + "结果维持结果纠正其他结果尚未审结总计10203120001200000";
    assertThat(V2021).contains(header);
    String text = V2021.replace(" " + header, "\n1 0 2 0 3 12 0 0 0 12 0 0 0 0 0\n");

    ParseResult result = DisclosureText.parse(text);

    assertThat(result.getReport().getReviewLitigation()).isEqualTo(DisclosureText.parse(V2021).getReport().getReviewLitigation());
    assertThat(codes(result)).doesNotContain("TEXT-TABLE-MISSING", "TEXT-CELL-UNPLACED");
  }

  @Test
  void readsTable3SplitIntoSmallMarkdownTablesWithDigitHeadersAndRowsOutOfOrderByTheirLabels() {
    Report weiyuan = DisclosureText.parse(Corpus.text("2021_weiyuan-county.txt")).getReport();
    List<String> lines = List.of(DisclosureText.format(weiyuan, TextFormat.MARKDOWN).split("\n", -1));
    int header = lines.indexOf("| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |");
    int end = header + 2;
    while (lines.get(end).startsWith("|")) {
      end++;
    }
    List<String> rows = new java.util.ArrayList<>(lines.subList(header + 2, end));
    rows.add(rows.remove(0)); // 一、本年新收 last
    rows.add(rows.remove(0)); // 二、上年结转 after it
    List<String> out = new java.util.ArrayList<>(lines.subList(0, header));
    for (int k = 0; k < rows.size(); k += 5) {
      out.add("| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |");
      out.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
      out.add("| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |");
      out.addAll(rows.subList(k, Math.min(rows.size(), k + 5)));
      out.add("");
    }
    out.addAll(lines.subList(end, lines.size()));

    ParseResult result = DisclosureText.parse(String.join("\n", out));

    assertThat(result.getReport().getApplications()).isEqualTo(weiyuan.getApplications());
    assertThat(codes(result)).doesNotContain("TEXT-ROW-MISSING", "TEXT-ROW-UNLABELED", "TEXT-ROW-DUPLICATE");
  }

  @Test
  void aTable3CutShortNeverOutweighsTable2sV2021LabelsAndTheYear() {
    String markdown = Corpus.text("2025_shanghai-bgt.txt");
    String snippet = markdown.substring(0, markdown.indexOf("（二）部分公开（区分处理的"));

    ParseResult result = DisclosureText.parse(snippet);

    assertThat(result.getReport().getEdition()).isEqualTo(Edition.V2021);
    assertThat(result.getReport().getYear()).hasValue(2025);
    assertThat(result.getReport().getApplications().orElseThrow().getEdition()).isEqualTo(Edition.V2021);
    assertThat(codes(result)).doesNotContain("TEXT-EDITION-MISMATCH", "TEXT-EDITION-MIXED").contains("TEXT-ROW-MISSING");
  }

  @Test
  void readsTextCellsOfTable2AsTextCellsNotAsAMissingRow() {
    String text = V2021.replace("行政许可2293 ", "行政许可不适用 ").replace("行政强制42", "行政强制/").replace("行政处罚1282", "行政处罚—");

    ParseResult result = DisclosureText.parse(text);

    assertThat(cells(result.getReport(), DisclosureRow.LICENSING)).containsExactly(Cell.text("不适用"));
    assertThat(cells(result.getReport(), DisclosureRow.COERCION)).containsExactly(Cell.text("/"));
    assertThat(cells(result.getReport(), DisclosureRow.PENALTY)).containsExactly(Cell.text("—"));
    assertThat(codes(result)).doesNotContain("TEXT-ROW-MISSING", "TEXT-CELL-UNPLACED", "TEXT-NUMBER-INVALID");
  }

  @Test
  void readsARowWhoseLabelHoldsNoNumbersAsBlankCells() {
    String text = V2021.replace("3.其他1000001（七）总计", "3.其他（七）总计");

    ParseResult result = DisclosureText.parse(text);

    List<Cell> row = Arrays.stream(Applicant.values())
        .map(a -> result.getReport().getApplications().orElseThrow().get(ApplicationRow.OTHER_UNSPECIFIED, a)).toList();
    assertThat(row).containsOnly(Cell.blank()).hasSize(7);
    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).contains(
        "<10:" + (text.indexOf("3.其他（七）") - text.lastIndexOf('\n', text.indexOf("3.其他（七）")))
            + "> TEXT-ROW-BLANK warning: row OTHER_OTHER has its label but no numbers; its 7 cells are blank [3.其他]");
    assertThat(codes(result)).doesNotContain("TEXT-ROW-MISSING");
    assertThat(result.getReport().cell(CellRef.of(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL)).getRaw()).isEqualTo("69");
  }
}
