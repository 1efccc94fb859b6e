package io.github.govdisclosure.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.ParseResult;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The HTML reader around a stand-in text parser that reports spans in the rendered text, as the
 * real one does: every span must come back as a position in the HTML source.
 */
class HtmlReaderTest {
  private static final String PAGE = "2023_shuyang-fgj.html";
  private static final String HTML = Corpus.text(PAGE);

  private final List<String> rendered = new ArrayList<>();

  /** Reads the NEW_RECEIVED row's first two cells, a stated figure, the fee phrase; one diagnostic. */
  private final Function<String, ParseResult> stub = text -> {
    rendered.add(text);
    String row = "一、本年新收政府信息公开申请数量\t";
    int value = text.indexOf(row) + row.length();
    int blank = value + 3;
    int heading = text.indexOf("二、主动公开政府信息情况");
    int figure = text.indexOf("26件");
    int fee = text.indexOf("未发生收费");
    ApplicationTable table = ApplicationTable.builder(Edition.V2021)
        .put(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON,
            new Cell.Builder().from(Cell.of(26)).span(span(text, value, 2)).build())
        .put(ApplicationRow.NEW_RECEIVED, Applicant.COMMERCIAL_ENTERPRISE,
            new Cell.Builder().from(Cell.blank()).span(span(text, blank, 0)).build())
        .addExtraRows(new ExtraRow.Builder().label("规章").addCells(Cell.of(0))
            .span(span(text, text.indexOf("规章\t"), 2)).build())
        .build();
    Report report = new Report.Builder().edition(Edition.V2021).year(2023)
        .applications(table)
        .addStatedFigures(new StatedFigure.Builder().quantity(Quantity.RECEIVED).count(26)
            .phrase("26件").span(span(text, figure, 3)).build())
        .feeStatement(new FeeStatement.Builder().charged(false).phrase("未发生收费")
            .span(span(text, fee, 5)).build())
        .build();
    return new ParseResult.Builder().charset("UTF-8")
        .report(new Report.Builder().from(report)
            .addDiagnostics(new Diagnostic.Builder().code("TEXT-STUB").severity(Severity.WARNING)
                .span(span(text, heading, 12)).message("a heading").excerpt("二、主动公开政府信息情况").build())
            .build())
        .build();
  };

  private final HtmlReader reader = new HtmlReader(stub);

  /** A span in the rendered text (at its start if the stub did not find its phrase). */
  private static SourceSpan span(String text, int offset, int length) {
    return offset < 0 ? new SourceSpan(0, 0, 1, 1) : new SourceSpan(offset, length, 1, 1);
  }

  @Test
  void movesCellSpansToTheHtmlSource() {
    ApplicationTable table = reader.read(HTML).getReport().getApplications().orElseThrow();

    SourceSpan value = table.get(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON).getSpan().orElseThrow();
    assertThat(value.toString()).isEqualTo("418:116");
    assertThat(HTML.substring(value.offset(), value.end())).isEqualTo("26");

    SourceSpan blank = table.get(ApplicationRow.NEW_RECEIVED, Applicant.COMMERCIAL_ENTERPRISE).getSpan().orElseThrow();
    assertThat(blank.toString()).isEqualTo("420:7");
    assertThat(blank.length()).isZero();

    SourceSpan extra = table.getExtraRows().get(0).getSpan().orElseThrow();
    assertThat(HTML.substring(extra.offset(), extra.end())).isEqualTo("规章");
  }

  @Test
  void keepsValuesWhileMovingSpans() {
    Report report = reader.read(HTML).getReport();

    assertThat(report.getApplications().orElseThrow().get(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON))
        .isEqualTo(Cell.of(26));
    assertThat(report.getStatedFigures()).extracting(StatedFigure::getCount)
        .containsExactly(java.util.OptionalLong.of(26));
    assertThat(report.getYear()).hasValue(2023);
  }

  @Test
  void movesNarrativeSpansToTheHtmlSource() {
    Report report = reader.read(HTML).getReport();

    SourceSpan figure = report.getStatedFigures().get(0).getSpan().orElseThrow();
    assertThat(HTML.substring(figure.offset(), figure.end()))
        .isEqualTo("26</font><font style=\"font-family: 微软雅黑;\" face=\"方正仿宋_GBK\">件");
    assertThat(figure.line()).isEqualTo(236);
    SourceSpan fee = report.getFeeStatement().orElseThrow().getSpan().orElseThrow();
    assertThat(HTML.substring(fee.offset(), fee.end())).isEqualTo("未发生收费");
  }

  @Test
  void movesDiagnosticSpansToTheHtmlSourceAndKeepsTheirText() {
    ParseResult result = reader.read(HTML);

    Diagnostic diagnostic = result.getDiagnostics().get(0);
    assertThat(diagnostic.render()).isEqualTo("<243:177> TEXT-STUB warning: a heading [二、主动公开政府信息情况]");
    assertThat(HTML.substring(diagnostic.getSpan().offset(), diagnostic.getSpan().end()))
        .isEqualTo("二、主动公开政府信息情况");
  }

  @Test
  void reportsUtf8ForDecodedText() {
    ParseResult result = reader.read(HTML);

    assertThat(result.getCharset()).isEqualTo("UTF-8");
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("TEXT-STUB");
  }

  @Test
  void readsTheFixtureBytesAsUtf8WithoutCharsetDiagnostic() {
    ParseResult result = reader.read(Corpus.bytes(PAGE));

    assertThat(result.getCharset()).isEqualTo("UTF-8");
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("TEXT-STUB");
  }

  @Test
  void readsAGbkPageWithoutDeclarationAndSaysSo() {
    String page = "<html><head><title>x</title></head><body>\n<p>二、主动公开政府信息情况</p>\n"
        + "<p>六、其他需要报告的事项</p><table><tr><td>一、本年新收政府信息公开申请数量</td><td>26</td>"
        + "<td>&nbsp;</td></tr></table><p>共收到26件，未发生收费。</p></body></html>";

    ParseResult result = reader.read(page.getBytes(Charset.forName("GBK")));

    assertThat(result.getCharset()).isEqualTo("GB18030");
    assertThat(rendered.get(0)).contains("一、本年新收政府信息公开申请数量\t26\t");
    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).containsExactly(
        "<1:1> HTML-CHARSET info: decoded as GB18030: no charset declared and the bytes are not valid UTF-8",
        "<2:4> TEXT-STUB warning: a heading [二、主动公开政府信息情况]");
    SourceSpan value = result.getReport().getApplications().orElseThrow()
        .get(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON).getSpan().orElseThrow();
    assertThat(value.toString()).isEqualTo("3:59");
  }

  @Test
  void pointsTheCharsetDiagnosticAtTheDeclaration() {
    String page = "<html><head>\n  <meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        + "</head><body><p>二、主动公开政府信息情况</p><p>五、存在的主要问题及改进情况</p>"
        + "<table><tr><td>一、本年新收政府信息公开申请数量</td><td>1</td></tr></table>"
        + "<p>26件 未发生收费</p></body></html>";

    ParseResult result = reader.read(page.getBytes(Charset.forName("GBK")));

    assertThat(result.getDiagnostics().get(0).render()).isEqualTo("<2:3> HTML-CHARSET info: decoded as GB18030"
        + " (declared gb2312) [<meta http-equiv=\"Content-Type\" content…]");
  }

  @Test
  void readsThePageBodyWhenNoReportHeadingsAreFound() {
    ParseResult result = reader.read("<body><p>一、本年新收政府信息公开申请数量</p><p>二、主动公开政府信息情况</p></body>");

    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode)
        .containsExactly("HTML-NO-REPORT-BODY", "TEXT-STUB");
    assertThat(result.getDiagnostics().get(0).getSeverity()).isEqualTo(Severity.INFO);
  }

  @Test
  void rejectsNullAtOnce() {
    assertThatNullPointerException().isThrownBy(() -> reader.read((String) null));
    assertThatNullPointerException().isThrownBy(() -> reader.read((byte[]) null));
  }

  @Test
  void handsTheTextParserPlainLinesAndTabSeparatedRows() {
    reader.read("<p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>&nbsp;</td><td>0</td></tr></table>"
        + "<p>四、政府信息公开行政复议、行政诉讼情况</p>");

    assertThat(rendered).containsExactly("二、主动公开政府信息情况\n规章\t\t0\n四、政府信息公开行政复议、行政诉讼情况\n");
  }
}
