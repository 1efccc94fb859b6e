package io.github.govdisclosure.word;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a document's merged cells and wrapped labels become the lines the text parser reads. */
class DocxLayoutTest {
  private final byte[] docx = ReportDocx.render(GeneratedDocxRoundTripTest.report("2021_weiyuan-county.txt"),
      ReportDocx::wrapLabels);

  @Test
  void writesAMergedCellOnceInItsFirstRowAndJoinsItsParagraphs() {
    assertThat(ReportDocx.rows(docx)).contains(
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
        "自然人\t法人或其他组织\t总计",
        "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
        "三、本年度办理结果\t（一）予以公开\t17\t0\t0\t0\t0\t0\t17",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t4\t0\t0\t0\t0\t0\t4",
        "（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1",
        "2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0",
        "行政复议\t行政诉讼",
        "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉");
  }

  @Test
  void namesTheTableAndRowOfEachDiagnostic() {
    ParseResult result = DisclosureWord.parse(docx);

    assertThat(result.getDiagnostics()).allSatisfy(d ->
        assertThat(d.getMessage()).matches(".*\\((table \\d+, row \\d+|paragraph \\d+)\\)"));
  }

  @Test
  void readsADocumentSavedUnderAnyNameByItsContent(@TempDir Path dir) throws IOException {
    Path saved = Files.write(dir.resolve("report.pdf"), docx);

    ParseResult result = DisclosureText.read(saved);

    assertThat(result.getFormat()).isEqualTo("docx");
    assertThat(result.getReport().getApplications().orElseThrow().get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL)
        .asLong()).isEqualTo(OptionalLong.of(35));
    assertThat(DisclosureText.readableFormats()).contains("docx");
  }
}
