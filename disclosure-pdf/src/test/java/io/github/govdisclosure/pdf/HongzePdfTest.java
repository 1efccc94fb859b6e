package io.github.govdisclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.fixtures.Truth;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published PDF of 淮安市洪泽区人民政府 (2024): its plain text extraction emits the table blocks
 * column by column; rebuilt from glyph positions and ruling lines it reads every cell of its truth.
 */
class HongzePdfTest {
  private static byte[] pdf;
  private static ParseResult result;
  private static Truth truth;

  @BeforeAll
  static void read() {
    pdf = Corpus.bytes(Reports.HONGZE);
    result = DisclosurePdf.parse(pdf);
    truth = Corpus.truth(Reports.HONGZE);
  }

  @Test
  void laysThePagesOutAsTheGoldenText() throws IOException {
    String golden;
    try (InputStream in = HongzePdfTest.class.getResourceAsStream("/golden/2024_hongze-qzf.layout.txt")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(DisclosurePdf.layoutText(pdf)).isEqualTo(golden);
  }

  @Test
  void readsEveryCellOfTableThreeOfItsTruth() {
    ApplicationTable t3 = result.getReport().getApplications().orElseThrow();
    int compared = 0;
    // the truth leaves out the three V2021 （六） rows the PDF does not print
    for (Map.Entry<CellRef, BigDecimal> cell : truth.cells().entrySet()) {
      if (cell.getKey().table() == Table.APPLICATIONS) {
        compare(t3.get(cell.getKey()), cell.getKey().toString(), cell.getValue());
        compared++;
      }
    }
    for (Applicant applicant : Applicant.values()) {
      if (t3.getEdition() == Edition.V2019) {
        // the single 「（六）其他处理」 row the PDF prints, read in the V2019 layout
        compare(t3.get(ApplicationRow.OTHER_HANDLING, applicant), "OTHER_HANDLING " + applicant,
            truth.otherHandlingSingleRow().get(applicant.ordinal()));
        compared++;
      } else {
        // read in the V2021 layout, a row the PDF does not print is never a number
        for (ApplicationRow row : ApplicationGroup.OTHER.rows(Edition.V2021)) {
          assertThat(t3.get(row, applicant).isNumber()).as("%s %s", row, applicant).isFalse();
        }
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(22 * 7);
  }

  private static void compare(Cell read, String where, BigDecimal expected) {
    if (expected == null) {
      assertThat(read.isNumber()).as(where).isFalse();
    } else {
      assertThat(read.asLong()).as(where).isEqualTo(OptionalLong.of(expected.longValueExact()));
    }
  }

  @Test
  void readsEveryCellOfTableFourOfItsTruth() {
    ReviewLitigationTable t4 = result.getReport().getReviewLitigation().orElseThrow();
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        compare(t4.get(group, outcome), group + " " + outcome, truth.cells().get(CellRef.of(group, outcome)));
      }
    }
  }

  @Test
  void laysTableTwoOutRowByRowWithItsCaptions() {
    assertThat(DisclosurePdf.layoutText(pdf)).contains(String.join("\n",
        "第二十条第（一）项",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "规章\t0\t0\t0",
        "行政规范性文件\t3\t0\t8",
        "第二十条第（五）项",
        "信息内容\t本年处理决定数量",
        "行政许可\t9487",
        "第二十条第（六）项",
        "信息内容\t本年处理决定数量",
        "行政处罚\t2776",
        "行政强制\t84",
        "第二十条第（八）项",
        "信息内容\t本年收费金额（单位：万元）",
        "行政事业性收费\t7545"));
  }

  @Test
  void readsTheNarrativeCountOfTheOfficeAlone() {
    assertThat(result.getReport().getStatedFigures())
        .anySatisfy(f -> {
          assertThat(f.getQuantity()).isEqualTo(Quantity.RECEIVED);
          assertThat(f.getCount()).hasValue(17);
        });
  }

  @Test
  void theWrappedLabelsAndTheVerticalLabelAreOneFieldEach() {
    String text = DisclosurePdf.layoutText(pdf);

    assertThat(text).contains("三、本年度办理结果\t（一）予以公开\t50\t0\t0\t0\t0\t0\t50\n")
        .contains("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t9\t0\t0\t0\t0\t0\t9\n")
        .contains("5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0\n")
        // 「大量反复 申请」: a gap between wide characters is no space
        .contains("4.无正当理由大量反复申请\t0")
        // table 4's header cells 「结果 / 维持」 split word by word over two lines
        .contains("结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持");
  }

  @Test
  void leavesThePageNumbersInsideTheTableOut() {
    String text = DisclosurePdf.layoutText(pdf);

    assertThat(text).doesNotContain("-3-").doesNotContain("-4-");
    assertThat(text).contains("（四）无法提供\t1.本机关不掌握相关政府信息\t31\t0\t0\t0\t0\t0\t31\n"
        + "\t\t2.没有现成信息需要另行制作\t1\t0\t0\t0\t0\t0\t1\n");
  }

  @Test
  void readsTheLabelWithItsTypoAsItsRow() {
    assertThat(DisclosurePdf.layoutText(pdf)).contains("2.其他法律行政止公开\t0\t0\t0\t0\t0\t0\t0\n");
    assertThat(result.getDiagnostics()).noneMatch(d -> d.getCode().equals("TEXT-CELL-UNPLACED")
        || d.getCode().equals("TEXT-ROW-UNLABELED") || d.getCode().startsWith("PDF-"));
  }

  @Test
  void saysItReadAPdfAndNamesThePageOfEachDiagnostic() {
    assertThat(result.getFormat()).isEqualTo("pdf");
    assertThat(result.getDiagnostics()).allMatch(d -> d.getMessage().matches(".*\\(page \\d\\)"));
  }
}
