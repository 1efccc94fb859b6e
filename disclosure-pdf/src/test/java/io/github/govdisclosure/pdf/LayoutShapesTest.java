package io.github.govdisclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Unit;
import io.github.govdisclosure.text.ParseResult;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shapes real report PDFs take, each drawn small and laid out as the text parser reads it. */
class LayoutShapesTest {
  private static final float[] COLUMNS = {72, 130, 300, 330, 360, 390, 420, 450, 480, 510};

  @BeforeEach
  void font() {
    CjkFont.assume();
  }

  @Test
  void joinsAGroupLabelCutByAPageBreakAndLeavesThePageNumberOut() {
    byte[] pdf;
    try (PdfCanvas canvas = new PdfCanvas()) {
      ruledRows(canvas, 700, List.<String[]>of(
          new String[] {"（四）无", "1.本机关不掌握相关政府信息", "31", "0", "0", "0", "0", "0", "31"}));
      canvas.text(290, PdfCanvas.HEIGHT - 40, 10, "-3-");
      canvas.newPage();
      ruledRows(canvas, 72, List.<String[]>of(
          new String[] {"法提供", "2.没有现成信息需要另行制作", "1", "0", "0", "0", "0", "0", "1"},
          new String[] {"", "3.补正后申请内容仍不明确", "0", "0", "0", "0", "0", "0", "0"}));
      pdf = canvas.bytes();
    }

    assertThat(DisclosurePdf.layoutText(pdf)).isEqualTo(
        "（四）无法提供\t1.本机关不掌握相关政府信息\t31\t0\t0\t0\t0\t0\t31\n"
            + "\t2.没有现成信息需要另行制作\t1\t0\t0\t0\t0\t0\t1\n"
            + "\t3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0\n");
  }

  @Test
  void joinsALabelWrappedOverThreeLinesWithTheNumbersOnTheMiddleOne() {
    byte[] pdf;
    try (PdfCanvas canvas = new PdfCanvas()) {
      unruledRow(canvas, 200, "（一）予以公开", "50");
      canvas.text(130, 218, 9, "（二）部分公开（区分处理的，");
      unruledRow(canvas, 229, "只计这一情形，不计其他", "9");
      canvas.text(130, 240, 9, "情形）");
      unruledRow(canvas, 258, "1.属于国家秘密", "0");
      pdf = canvas.bytes();
    }

    assertThat(DisclosurePdf.layoutText(pdf)).isEqualTo(
        "（一）予以公开\t50\t0\t0\t0\t0\t0\t50\n"
            + "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t9\t0\t0\t0\t0\t0\t9\n"
            + "1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n");
  }

  @Test
  void joinsALabelWhoseNumbersStandBetweenItsTwoLines() {
    byte[] pdf;
    try (PdfCanvas canvas = new PdfCanvas()) {
      canvas.text(130, 200, 9, "5.要求行政机关确认或重");
      unruledRow(canvas, 206, "", "0");
      canvas.text(130, 212, 9, "新出具已获取信息");
      unruledRow(canvas, 240, "（六）其他处理", "0");
      pdf = canvas.bytes();
    }

    assertThat(DisclosurePdf.layoutText(pdf)).isEqualTo(
        "5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0\n"
            + "（六）其他处理\t0\t0\t0\t0\t0\t0\t0\n");
  }

  @Test
  void aGapBetweenWideCharactersIsNoSpaceAndAColumnGapIsATab() {
    byte[] pdf;
    try (PdfCanvas canvas = new PdfCanvas()) {
      canvas.text(130, 200, 9, "4.无正当理由大量反复").text(130 + canvas.width("4.无正当理由大量反复", 9) + 4, 200, 9, "申请");
      for (int c = 0; c < 7; c++) {
        canvas.text(COLUMNS[c + 2] + 10, 200, 9, "0");
      }
      canvas.text(72, 240, 12, "2024 年共收到申请 17 件。");
      pdf = canvas.bytes();
    }

    assertThat(DisclosurePdf.layoutText(pdf)).isEqualTo(
        "4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0\n"
            + "2024年共收到申请17件。\n");
  }

  @Test
  void readsSubRowsNumberedWithAnIdeographicComma() {
    Report source = Reports.report("2021_weiyuan-county.txt");
    byte[] pdf = ReportPdf.render(source, ReportPdf.Flow.ACROSS_PAGES, true,
        label -> label.replaceFirst("^(\\d)\\.", "$1、"));

    assertThat(DisclosurePdf.layoutText(pdf)).contains("\t1、属于国家秘密\t");
    assertThat(Reports.cells(DisclosurePdf.parse(pdf).getReport())).containsExactlyEntriesOf(Reports.cells(source));
  }

  @Test
  void readsTheFeeInYuanInTheTextAndTheChargesInWanYuanInTableTwo() {
    Report source = Reports.report("2021_weiyuan-county.txt");
    byte[] pdf = ReportPdf.render(source, ReportPdf.Flow.ACROSS_PAGES, true);

    ParseResult read = DisclosurePdf.parse(pdf);

    assertThat(read.getReport().getFeeStatement()).hasValueSatisfying(f -> assertThat(f.isCharged()).isFalse());
    assertThat(read.getReport().getActiveDisclosure().orElseThrow().getCells().entrySet())
        .filteredOn(e -> e.getKey().toString().contains("ADMINISTRATIVE_FEES"))
        .allSatisfy(e -> assertThat(e.getValue().getUnit()).isEmpty().isEqualTo(source.getActiveDisclosure()
            .orElseThrow().get(e.getKey()).getUnit()));
    ParseResult hongze = DisclosurePdf.parse(Corpus.bytes(Reports.HONGZE));
    assertThat(hongze.getReport().getFeeStatement()).hasValueSatisfying(f -> assertThat(f.getPhrase()).contains("0元"));
    assertThat(DisclosurePdf.layoutText(Corpus.bytes(Reports.HONGZE)))
        .contains("信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t7545\n");
    assertThat(Unit.WAN_YUAN.symbol()).isEqualTo("万元");
  }

  /** Draws rows of a ruled table: fields in {@link #COLUMNS} (the first two labels, then seven numbers). */
  private static void ruledRows(PdfCanvas canvas, float top, List<String[]> rows) {
    float y = top;
    for (String[] row : rows) {
      canvas.line(COLUMNS[0], y, COLUMNS[9], y);
      for (int c = 0; c < row.length; c++) {
        canvas.text(COLUMNS[c] + 3, y + 13, 9, row[c]);
      }
      for (float x : COLUMNS) {
        canvas.line(x, y, x, y + 20);
      }
      y += 20;
      canvas.line(COLUMNS[0], y, COLUMNS[9], y);
    }
  }

  /** Draws a row of an unruled table: a label at 130, the number in the first column and the total, zeros between. */
  private static void unruledRow(PdfCanvas canvas, float baseline, String label, String number) {
    if (!label.isEmpty()) {
      canvas.text(130, baseline, 9, label);
    }
    for (int c = 0; c < 7; c++) {
      canvas.text(COLUMNS[c + 2] + 10, baseline, 9, c == 0 || c == 6 ? number : "0");
    }
  }
}
