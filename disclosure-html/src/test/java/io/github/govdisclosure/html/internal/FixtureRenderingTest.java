package io.github.govdisclosure.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.fixtures.Truth;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The rendering of the Word-export fixture page, the text the text parser reads. */
class FixtureRenderingTest {
  private static final String PAGE = "2023_shuyang-fgj.html";
  private static final String HTML = Corpus.text(PAGE);
  private static final Truth TRUTH = Corpus.truth(PAGE);

  /** Group headers spanning rows are written in their group's first row. */
  private static final Map<ApplicationRow, String> GROUP_HEADERS = Map.of(
      ApplicationRow.DISCLOSED, "三、本年度办理结果",
      ApplicationRow.WITHHELD_STATE_SECRET, "（三）不予公开",
      ApplicationRow.UNAVAILABLE_NOT_HELD, "（四）无法提供",
      ApplicationRow.NOT_PROCESSED_COMPLAINT, "（五）不予处理",
      ApplicationRow.OTHER_NO_CORRECTION, "（六）其他处理");

  private static final List<Issue> ISSUES = new ArrayList<>();
  private static final MappedText TEXT = HtmlReader.prepare(HTML, ISSUES).text();
  private static final List<String> LINES = Arrays.asList(TEXT.toString().split("\n"));

  private final List<Issue> issues = ISSUES;
  private final MappedText text = TEXT;
  private final List<String> lines = LINES;

  /** The true values of the cells as the page's text writes them, tab-separated; a blank cell is an empty field. */
  private static String row(List<CellRef> cells) {
    return cells.stream().map(ref -> TRUTH.cells().get(ref)).map(v -> v == null ? "" : v.toPlainString())
        .collect(Collectors.joining("\t"));
  }

  @Test
  void startsWithThePageTitleAndLeavesSiteChromeOut() {
    assertThat(lines.get(0)).isEqualTo("沭阳县发展和改革局2023年政府信息公开年度报告");
    assertThat(lines.get(1)).startsWith("根据《中华人民共和国政府信息公开条例》");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("2024年1月17日");
    assertThat(text.toString()).doesNotContain("索引号", "websiteId", "采集时间", "var ", "{");
    assertThat(issues).isEmpty();
  }

  @Test
  void writesSectionHeadingsAsLines() {
    assertThat(lines).contains("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及整改措施", "六、其他需要报告的事项");
  }

  @Test
  void writesTable3HeaderRowsAsInThePage() {
    int corner = lines.indexOf("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况");

    assertThat(corner).isPositive();
    assertThat(lines.subList(corner + 1, corner + 3)).containsExactly(
        "自然人\t法人或其他组织\t总计",
        "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他");
  }

  @Test
  void writesEveryTable3RowAsATabSeparatedLineWithTheTrueValues() {
    List<String> expected = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
      String header = GROUP_HEADERS.containsKey(row) ? GROUP_HEADERS.get(row) + "\t" : "";
      List<CellRef> cells = Arrays.stream(Applicant.values()).map(applicant -> CellRef.of(row, applicant)).toList();
      expected.add(header + row.label() + "\t" + row(cells));
    }

    int first = lines.indexOf(expected.get(0));
    assertThat(first).isPositive();
    assertThat(lines.subList(first, first + expected.size())).containsExactlyElementsOf(expected);
    // blank organisation columns are empty fields, not zeros
    assertThat(expected.get(0)).isEqualTo("一、本年新收政府信息公开申请数量\t26\t\t\t\t\t\t26");
  }

  @Test
  void writesTable4AsHeaderRowsAndOneRowOfFifteenValues() {
    List<CellRef> cells = new ArrayList<>();
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        cells.add(CellRef.of(group, outcome));
      }
    }
    int header = lines.indexOf("行政复议\t行政诉讼");

    assertThat(lines.subList(header, header + 4)).containsExactly(
        "行政复议\t行政诉讼",
        "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉",
        "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
        row(cells));
  }

  @Test
  void mapsEveryRenderedCharacterToTheSameTextInTheSource() {
    int checked = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == ' ') {
        continue;
      }
      String source = HTML.substring(text.sourceStart(i), text.sourceEnd(i));
      assertThat(Parser.unescapeEntities(source, false)).as("character %d", i).isEqualTo(String.valueOf(c));
      checked++;
    }
    assertThat(checked).isGreaterThan(2000);
  }

  @Test
  void placesAValueAtItsDigitsAndABlankCellAtItsTd() {
    SourceLines source = new SourceLines(HTML);
    String row = "一、本年新收政府信息公开申请数量\t26\t\t";
    int at = text.toString().indexOf(row) + row.indexOf("26");

    int[] value = text.sourceRange(at, 2);
    assertThat(source.span(value[0], value[1])).isEqualTo(spanAt(418, 116, value[0], 2));
    assertThat(HTML.substring(value[0], value[1])).isEqualTo("26");

    int[] blank = text.sourceRange(at + 3, 0);
    assertThat(source.span(blank[0], blank[1]).toString()).isEqualTo("420:7");
    assertThat(HTML.substring(blank[0])).startsWith("<td style=\"font-family: 微软雅黑;\" width=\"46\"");
  }

  private static SourceSpan spanAt(int line, int column, int offset, int length) {
    return new SourceSpan(offset, length, line, column);
  }
}
