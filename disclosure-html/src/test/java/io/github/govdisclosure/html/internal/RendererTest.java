package io.github.govdisclosure.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class RendererTest {

  private final List<Issue> issues = new ArrayList<>();

  private Rendering rendering(String html) {
    Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    return new Renderer(html, issues).render(document.body());
  }

  private String render(String html) {
    return rendering(html).toString();
  }

  @Test
  void writesEachParagraphAsOneLine() {
    assertThat(render("<p>一、总体情况</p><p>正文<b>加粗</b>继续</p><div>二、主动公开政府信息情况</div>"))
        .isEqualTo("一、总体情况\n正文加粗继续\n二、主动公开政府信息情况\n");
  }

  @Test
  void joinsLabelsSplitOverWordSpans() {
    String word = "<p class=MsoNormal><span style='font-family:仿宋'>三</span>"
        + "<span style='font-family:仿宋'>、本</span><span>年</span><span>度</span>"
        + "<span lang=EN-US>办理结果<o:p></o:p></span></p>";

    assertThat(render(word)).isEqualTo("三、本年度办理结果\n");
  }

  @Test
  void dropsWhiteSpaceNextToChineseButKeepsItBetweenDigits() {
    assertThat(render("<p>共收到\n  <font>26</font>\n件，其中 10 0 00 0 1</p>"))
        .isEqualTo("共收到26件，其中10 0 00 0 1\n");
  }

  @Test
  void breaksLinesAtBrInNarrative() {
    assertThat(render("<p>沭阳县发展和改革局<br>2024年1月17日</p>"))
        .isEqualTo("沭阳县发展和改革局\n2024年1月17日\n");
  }

  @Test
  void writesATableRowAsOneTabSeparatedLine() {
    assertThat(render("<table><tr><td>（一）予以公开</td><td>26</td><td>0</td></tr></table>"))
        .isEqualTo("（一）予以公开\t26\t0\n");
  }

  @Test
  void readsNbspAndEmptyWordParagraphCellsAsEmptyFields() {
    String html = "<table><tr><td>一、本年新收政府信息公开申请数量</td><td><p><span>26</span></p></td>"
        + "<td>&nbsp;</td><td><p><span><o:p>&nbsp;</o:p></span></p></td><td>\u3000</td>"
        + "<td></td><td>26</td></tr></table>";

    assertThat(render(html)).isEqualTo("一、本年新收政府信息公开申请数量\t26\t\t\t\t\t26\n");
  }

  @Test
  void joinsWrappedHeaderCellsWithoutSpace() {
    String html = "<table><tr><td>结果<br>纠正</td><td><p>商业</p><p>企业</p></td>"
        + "<td>其<span>他</span>结果</td><td>Total<br>count</td></tr></table>";

    assertThat(render(html)).isEqualTo("结果纠正\t商业企业\t其他结果\tTotal count\n");
  }

  @Test
  void writesASpanningCellOnceInItsFirstRow() {
    String html = "<table>"
        + "<tr><td rowspan=2>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>"
        + "<tr><td>2.其他法律行政法规禁止公开</td><td>0</td></tr>"
        + "<tr><td colspan=2>（七）总计</td><td>26</td></tr>"
        + "</table>";

    assertThat(render(html)).isEqualTo(
        "（三）不予公开\t1.属于国家秘密\t0\n"
            + "2.其他法律行政法规禁止公开\t0\n"
            + "（七）总计\t26\n");
  }

  @Test
  void keepsEmptyFieldsInsideARowAndDropsRowsWithoutText() {
    String html = "<table><tr><td>&nbsp;</td><td>a</td><td></td><td>b</td><td></td></tr>"
        + "<tr><td>&nbsp;</td><td><o:p></o:p></td></tr></table>";

    assertThat(render(html)).isEqualTo("\ta\t\tb\t\n");
  }

  @Test
  void replacesTabsAndLineBreaksInsideCells() {
    assertThat(render("<table><tr><td>a\tb\nc</td><td>d</td></tr></table>")).isEqualTo("a b c\td\n");
  }

  @Test
  void readsLayoutTablesAsBlocks() {
    String html = "<table><tr><td><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table>"
        + "<p>二、主动公开政府信息情况</p></td></tr></table>";

    assertThat(render(html)).isEqualTo("一、总体情况\n规章\t0\n二、主动公开政府信息情况\n");
  }

  @Test
  void skipsScriptsStylesNavigationAndHiddenElements() {
    String html = "<nav>首页</nav><script>var x = '一、总体情况';</script><style>p{}</style>"
        + "<p>正文</p><div style=\"DISPLAY: none\">隐藏</div><span style='mso-hide:all'>藏</span>"
        + "<div hidden>隐</div><footer>版权所有</footer><!-- 注释 -->";

    assertThat(render(html)).isEqualTo("正文\n");
  }

  @Test
  void hidesByStyleInAnyCaseButNotForOtherNones() {
    String html = "<p style='text-decoration:none;border:None'>可见</p>"
        + "<p style='Display : NONE'>隐藏</p><p style='MSO-HIDE: ALL'>藏</p>"
        + "<p style='mso-hide:none'>也可见</p>";

    assertThat(render(html)).isEqualTo("可见\n也可见\n");
  }

  @Test
  void readsATableInsideALayoutTableAsRows() {
    String html = "<table><tr><td><div><table><tr><td>规章</td><td>0</td></tr></table></div>"
        + "</td></tr></table><table><tr><td>规范性文件</td><td>1</td></tr></table>";

    assertThat(render(html)).isEqualTo("规章\t0\n规范性文件\t1\n");
  }

  @Test
  void aRendererReportingElsewhereWritesTheSameTablesAndTheirIssues() {
    String html = "<div><p>一、总体情况</p><table><tr><td>规章</td><td rowspan=2>1</td></tr>"
        + "<tr><td colspan=2>2</td></tr></table><table><td>规范性文件</td><td>4</td></table></div>";
    Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    Element container = document.selectFirst("div");
    Renderer page = new Renderer(html, issues);
    Rendering first = page.render(container);
    List<Issue> otherIssues = new ArrayList<>();

    Rendering second = page.reporting(otherIssues).render(container);

    assertThat(second.toString()).isEqualTo(first.toString())
        .isEqualTo("一、总体情况\n规章\t1\n2\n规范性文件\t4\n");
    assertThat(second.lines()).isEqualTo(first.lines());
    for (int i = 0; i < first.text().length(); i++) {
      assertThat(second.text().sourceRange(i, 1)).containsExactly(first.text().sourceRange(i, 1));
    }
    assertThat(otherIssues).isEqualTo(issues).extracting(Issue::code)
        .containsExactly("HTML-TABLE-OVERLAP");
  }

  @Test
  void mapsEveryCharacterBackToItsSource() {
    String html = "<p>a&amp;b&nbsp;c&#x4e2d;\u6587</p>";
    Rendering rendering = rendering(html);
    MappedText text = rendering.text();

    assertThat(rendering.toString()).isEqualTo("a&b c中文\n");
    assertThat(html.substring(text.sourceStart(1), text.sourceEnd(1))).isEqualTo("&amp;");
    assertThat(html.substring(text.sourceStart(3), text.sourceEnd(3))).isEqualTo("&nbsp;");
    assertThat(html.substring(text.sourceStart(5), text.sourceEnd(5))).isEqualTo("&#x4e2d;");
    assertThat(html.substring(text.sourceStart(6), text.sourceEnd(6))).isEqualTo("文");
  }

  @Test
  void placesEmptyFieldsAtTheirCells() {
    String html = "<table><tr><td>规章</td><td>&nbsp;</td><td>0</td></tr></table>";
    MappedText text = rendering(html).text();

    // "规章\t\t0": the empty field is the separator at offset 3, which stands at its <td>
    int[] empty = text.sourceRange(3, 0);
    assertThat(html.substring(empty[0])).startsWith("<td>&nbsp;</td>");
    int[] zero = text.sourceRange(4, 1);
    assertThat(html.substring(zero[0], zero[1])).isEqualTo("0");
  }

  @Test
  void recordsTheElementEachLineCameFrom() {
    Rendering rendering = rendering("<p>x</p><table><tr><td>a</td><td>b</td></tr></table>");

    assertThat(rendering.lines()).extracting(line -> line.anchor().normalName(), Rendering.Line::tableRow)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("p", false),
            org.assertj.core.groups.Tuple.tuple("tr", true));
  }
}
