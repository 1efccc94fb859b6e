package io.github.govdisclosure.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad pages give a result, never an exception; spans stay inside the source. */
class RobustnessTest {

  /** Reports one diagnostic spanning the whole rendered text and one past its end. */
  private static ParseResult stub(String text) {
    return new ParseResult.Builder()
        .report(new Report.Builder().edition(Edition.V2021)
            .addDiagnostics(diagnostic(new SourceSpan(0, text.length(), 1, 1)))
            .addDiagnostics(diagnostic(new SourceSpan(text.length() + 5, 3, 1, 1)))
            .build())
        .charset("UTF-8")
        .build();
  }

  private static Diagnostic diagnostic(SourceSpan span) {
    return new Diagnostic.Builder().code("TEXT-STUB").severity(Severity.INFO).span(span)
        .message("stub").excerpt("").build();
  }

  private final HtmlReader reader = new HtmlReader(RobustnessTest::stub);

  private void assertReads(String html) {
    ParseResult result = reader.read(html);
    for (Diagnostic d : result.getDiagnostics()) {
      assertThat(d.getSpan().end()).isBetween(0, html.length());
    }
  }

  @Test
  void readsEmptyAndTextOnlyPages() {
    assertReads("");
    assertReads("   ");
    assertReads("一、总体情况 no markup at all");
  }

  @Test
  void readsBrokenMarkup() {
    assertReads("<table><tr><td rowspan=99999999999 colspan=-3>x<td><table></td></tr>");
    assertReads("<p>&#0;&#xFFFFFFFF;&bogus;&amp</p><td>stray cell</td></tr></table>");
    assertReads("<html><body><table><caption>一、总体情况</caption><tr>二、主动公开政府信息情况</tr></table>");
    assertReads("<div>" + "<div><span>".repeat(3000) + "三、收到和处理政府信息公开申请情况");
  }

  @Test
  void readsArbitraryBytes() {
    qt().withFixedSeed(7L).withExamples(100)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300))
        .checkAssert(values -> {
          byte[] bytes = new byte[values.size()];
          for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (int) values.get(i);
          }
          ParseResult result = reader.read(bytes);
          assertThat(result.getCharset()).isNotEmpty();
        });
  }

  @Test
  void readsPagesMadeOfReportMarkupInAnyOrder() {
    List<String> pieces = List.of("<table>", "</table>", "<tr>", "<td rowspan=2>", "<td colspan=3>",
        "</td>", "<p>", "</p>", "<br>", "&nbsp;", "一、总体情况", "26", "<o:p>", "</o:p>", "\r\n", "\t",
        "<script>", "</script>", "<meta charset=gbk>", "二、主动公开政府信息情况");
    qt().withFixedSeed(11L).withExamples(200)
        .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 60))
        .checkAssert(choices -> {
          StringBuilder html = new StringBuilder();
          choices.forEach(i -> html.append(pieces.get(i)));
          assertReads(html.toString());
          reader.read(html.toString().getBytes(StandardCharsets.UTF_8));
        });
  }
}
