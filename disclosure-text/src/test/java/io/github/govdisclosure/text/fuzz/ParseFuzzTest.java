package io.github.govdisclosure.text.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.TextFormat;
import io.github.govdisclosure.text.internal.Charsets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes {@link DisclosureText#parse(byte[])} and {@link DisclosureText#parse(String)}: any input
 * gives a result (never an exception), every span lies inside the decoded text, diagnostics are
 * capped and in source order, and every preset formats the report read.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code ParseFuzzTestInputs/<method>/} (the seed
 * corpus and every input that ever failed) and, as a plain test, every text report of the corpus
 * and the synthetic shapes; see {@code docs/robustness.md} for how to fuzz.
 */
class ParseFuzzTest {
  /** The parser caps its diagnostics at 500, plus one saying the rest were dropped. */
  private static final int MAX_DIAGNOSTICS = 501;
  private static final List<TextFormat> PRESETS =
      List.of(TextFormat.PIPE, TextFormat.PLAIN, TextFormat.MARKDOWN, TextFormat.CSV, TextFormat.HTML);

  @FuzzTest(maxDuration = "30m")
  @DictionaryEntries({"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
      "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项",
      "信息内容", "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "（七）总计", "结转下年度继续办理",
      "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计", "结果维持", "结果纠正",
      "其他结果", "尚未审结", "行政复议", "未经复议直接起诉", "复议后起诉", "占总数的", "%", "件", "万元", "元",
      " |", "|||", "\t", "（其中", "）", "２０２１年", "2021年", "予以公开", "部分公开", "不予公开", "无法提供",
      "不予处理", "其他处理", "信息处理费", "共", "其中", "条", "、", "，", "1,234", "+4", "-2", "—", "/", "无"})
  void parsesAnyBytesIntoAResultWhoseSpansLieInTheText(byte[] input) {
    ParseResult fromBytes = DisclosureText.parse(input);
    String decoded = Charsets.decode(input).text();
    check(fromBytes, decoded);

    // The String entry point gets the same bytes read as UTF-8 (malformed bytes replaced).
    String text = new String(input, StandardCharsets.UTF_8);
    ParseResult fromText = DisclosureText.parse(text);
    check(fromText, text);
    if (fromBytes.getCharset().equals("UTF-8") && decoded.equals(text)) {
      assertThat(fromText.getReport()).isEqualTo(fromBytes.getReport());
      assertThat(fromText.getDiagnostics()).isEqualTo(fromBytes.getDiagnostics());
    }
  }

  static List<String> readableInputs() {
    List<String> inputs = new ArrayList<>(Corpus.TEXTS);
    inputs.add("synthetic/lines-2021.txt");
    inputs.add("synthetic/tabs-2021.txt");
    return inputs;
  }

  /** The real reports and the synthetic shapes, kept where they are instead of copied into the seeds. */
  @ParameterizedTest
  @MethodSource("readableInputs")
  void everyCorpusReportAndSyntheticShapeMeetsTheFuzzedProperties(String name) throws IOException {
    byte[] input;
    if (name.startsWith("synthetic/")) {
      try (InputStream in = ParseFuzzTest.class.getResourceAsStream("/" + name)) {
        input = in.readAllBytes();
      }
    } else {
      input = Corpus.bytes(name);
    }
    parsesAnyBytesIntoAResultWhoseSpansLieInTheText(input);
  }

  private static void check(ParseResult result, String text) {
    assertThat(result).isNotNull();
    Report report = result.getReport();
    assertThat(report).isNotNull();
    assertThat(result.getCharset()).isNotEmpty();
    List<Diagnostic> diagnostics = result.getDiagnostics();
    assertThat(diagnostics).hasSizeLessThanOrEqualTo(MAX_DIAGNOSTICS);
    int lines = lineCount(text);
    int previous = 0;
    for (Diagnostic d : diagnostics) {
      assertThat(d.getCode()).startsWith("TEXT-");
      assertThat(d.getMessage()).isNotEmpty();
      assertSpanWithin(d.getSpan(), text, lines);
      assertThat(d.getSpan().offset()).as("diagnostics in source order").isGreaterThanOrEqualTo(previous);
      previous = d.getSpan().offset();
      String excerpt = d.getExcerpt();
      assertThat(excerpt.codePointCount(0, excerpt.length())).isLessThanOrEqualTo(40);
      assertThat(excerpt).doesNotContain("\n", "\r");
      assertThat(d.render()).startsWith("<" + d.line() + ":" + d.column() + "> " + d.getCode());
    }
    for (StandardTable table : tables(report)) {
      assertThat(table.getEdition()).isEqualTo(report.getEdition());
      for (Cell cell : table.getCells().values()) {
        assertThat(cell.getKind()).isNotEqualTo(Cell.Kind.MISSING);
        cell.getSpan().ifPresent(span -> assertSpanWithin(span, text, lines));
      }
    }
    for (StatedFigure figure : report.getStatedFigures()) {
      figure.getSpan().ifPresent(span -> assertSpanWithin(span, text, lines));
    }
    for (StatedBreakdown breakdown : report.getStatedBreakdowns()) {
      breakdown.getSpan().ifPresent(span -> assertSpanWithin(span, text, lines));
    }
    report.getFeeStatement().flatMap(fee -> fee.getSpan()).ifPresent(span -> assertSpanWithin(span, text, lines));
    for (TextFormat format : PRESETS) {
      assertThat(DisclosureText.format(report, format)).isNotNull();
    }
  }

  private static List<StandardTable> tables(Report report) {
    return java.util.stream.Stream.of(report.getActiveDisclosure(), report.getApplications(),
            report.getReviewLitigation())
        .flatMap(java.util.Optional::stream)
        .map(StandardTable.class::cast)
        .toList();
  }

  private static void assertSpanWithin(SourceSpan span, String text, int lines) {
    assertThat(span.offset()).isBetween(0, text.length());
    assertThat(span.length()).isBetween(0, text.length() - span.offset());
    assertThat(span.line()).isBetween(1, lines);
    assertThat(span.column()).isBetween(1, text.length() + 1);
  }

  /** Lines end at \n, \r\n or a lone \r, as the parser counts them. */
  private static int lineCount(String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        lines++;
      }
    }
    return lines;
  }
}
