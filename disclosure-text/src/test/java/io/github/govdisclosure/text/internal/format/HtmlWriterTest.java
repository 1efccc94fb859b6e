package io.github.govdisclosure.text.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.text.TextFormat;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

  @Test
  void escapesMarkupCharacters() {
    StringBuilder out = new StringBuilder();
    HtmlWriter.escape(out, "<无> & \"无\" 'x'");

    assertThat(out).hasToString("&lt;无&gt; &amp; &quot;无&quot; &#39;x&#39;");
  }

  @Test
  void escapesAgencyAndCellsInThePage() {
    ReviewLitigationTable review = ReviewLitigationTable.builder(Edition.V2021)
        .put(ReviewGroup.REVIEW, Outcome.UPHELD, Cell.text("<b>"))
        .build();
    Report report = new Report.Builder().edition(Edition.V2021).agency("A&B局").reviewLitigation(review).build();

    String page = TablePrinter.format(report, TextFormat.HTML);

    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>A&amp;B局政府信息公开工作年度报告</title>\n")
        .contains("<h1>A&amp;B局政府信息公开工作年度报告</h1>")
        .contains("<td class=\"value\">&lt;b&gt;</td>")
        .contains("<td class=\"missing\">?</td>")
        .doesNotContain("<b>")
        .endsWith("</body>\n</html>\n");
  }

  @Test
  void spansTheOfficialStructureOfTable3() {
    Report v2019 = new Report.Builder().edition(Edition.V2019)
        .applications(ApplicationTable.builder(Edition.V2019).build()).build();
    Report v2021 = new Report.Builder().edition(Edition.V2021)
        .applications(ApplicationTable.builder(Edition.V2021).build()).build();

    assertThat(TablePrinter.format(v2021, TextFormat.HTML))
        .contains("<th rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：")
        .contains("<td rowspan=\"22\">三、本年度办理结果</td>")
        .contains("<td rowspan=\"8\">（三）不予公开</td>")
        .contains("<td rowspan=\"3\">（六）其他处理</td>");
    assertThat(TablePrinter.format(v2019, TextFormat.HTML))
        .contains("<td rowspan=\"20\">三、本年度办理结果</td>")
        .contains("<td colspan=\"2\">（六）其他处理</td>")
        .doesNotContain("rowspan=\"3\">（六）其他处理");
  }
}
