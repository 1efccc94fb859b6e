package io.github.govdisclosure.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.testkit.Noise;
import io.github.govdisclosure.testkit.ReportOptions;
import io.github.govdisclosure.testkit.Renderings;
import io.github.govdisclosure.testkit.Reports;
import io.github.govdisclosure.testkit.Shape;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.TextFormat;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** What the properties found in the text parser, each as the shrunk example. */
class TextRegressionTest {

  private static final ReportOptions V2021 = new ReportOptions.Builder().editions(Set.of(Edition.V2021)).build();

  /** Found by property 1 (MARKDOWN): the agency was read as {@code #桃源县住房和城乡建设局}. */
  @Test
  void markdownTitleGivesTheAgencyWithoutTheHeadingMark() {
    Report report = Reports.consistent(new SplittableRandom(0), V2021);
    String text = DisclosureText.format(report, TextFormat.MARKDOWN);
    assertThat(text).startsWith("# 桃源县住房和城乡建设局2027年政府信息公开工作年度报告");

    Report read = DisclosureText.parse(text).getReport();

    assertThat(read.getAgency()).hasValue("桃源县住房和城乡建设局");
    assertThat(read.getYear()).hasValue(2027);
  }

  /** Found by property 5 (a digit typed after a pipe): the 16th number after table 4 was dropped silently. */
  @Test
  void numberAfterTheFifteenCellsOfTable4IsQuoted() {
    Report report = Reports.consistent(new SplittableRandom(3), V2021);
    String text = Renderings.render(report, Shape.PIPE).getText();
    int fifth = text.indexOf("五、存在");
    String damaged = text.substring(0, fifth - 1) + " |\n166315" + text.substring(fifth - 1);

    ParseResult result = DisclosureText.parse(damaged);

    assertThat(result.getDiagnostics()).extracting(Diagnostic::render)
        .contains("<" + (lineOf(damaged, damaged.indexOf("166315")))
            + ":1> TEXT-CELL-UNPLACED warning: '166315' after the 15 cells of table 4 is not placed in any cell [166315]");
    assertThat(result.getReport().getReviewLitigation()).isEqualTo(report.getReviewLitigation());
  }

  /** Found by property 5 in the long run: a digit typed into the Markdown rule line after table 4. */
  @Test
  void digitInTheRuleLineAfterTable4IsQuoted() {
    Report report = Reports.consistent(new SplittableRandom(3), V2021);
    String text = Renderings.render(report, Shape.MARKDOWN).getText();
    int fifth = text.indexOf("五、存在");
    int rule = text.lastIndexOf("|---|", fifth);
    String damaged = text.substring(0, rule + 4) + "9" + text.substring(rule + 4);

    ParseResult result = DisclosureText.parse(damaged);

    assertThat(NumberAccounting.lost(damaged, result)).isEmpty();
    assertThat(result.getReport().getReviewLitigation()).isEqualTo(report.getReviewLitigation());
  }

  /**
   * Property 5 at scale 5, seed 20261206 (example {-5606791509409052529, 2}): TABS with word
   * splitting put the numbering {@code 8} of {@code 8.属于行政查询事项} on a line of its own; the label
   * took it as its numbering and nothing said so.
   */
  @Test
  void labelNumberingOnALineOfItsOwnIsReported() {
    Report report = Reports.consistent(new SplittableRandom(3), V2021);
    String text = Renderings.render(report, Shape.TABS).getText()
        .replace("\n8.属于行政查询事项", "\n8\n.属于行政查询事项");

    ParseResult result = DisclosureText.parse(text);

    assertThat(result.getDiagnostics()).extracting(Diagnostic::render)
        .contains("<" + lineOf(text, text.indexOf("8\n.属于")) + ":1> TEXT-LABEL-NUMBER-APART info: '8' written apart"
            + " from its words is the numbering of row WITHHELD_ADMINISTRATIVE_QUERY, not a cell [8]");
    assertThat(NumberAccounting.lost(text, result)).isEmpty();
    assertThat(result.getReport().getApplications()).isEqualTo(report.getApplications());
  }

  /**
   * Property 5 at scale 5, seed 627794304 (example {2797665079745066367, 3}): a digit typed at the
   * end of the heading line of section 三 ({@code 三、收到和处理政府信息公开申请情况4}) was taken into
   * the heading and said nowhere.
   */
  @Test
  void digitAfterATableSectionsHeadingIsQuoted() {
    SplittableRandom rng = new SplittableRandom(2797665079745066367L);
    Report report = Reports.consistent(rng, Examples.ALL.get(rng.nextInt(Examples.ALL.size())));
    String text = Mutations.mutate(Renderings.random(report, rng).getText(), 3, report, rng);
    assertThat(text).contains("三、收到和处理政府信息公开申请情况4\n");

    ParseResult result = DisclosureText.parse(text);

    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).contains("<68:18> TEXT-CELL-UNPLACED warning:"
        + " '4' in the heading of section APPLICATIONS is not placed in any cell [4]");
    assertThat(NumberAccounting.lost(text, result)).isEmpty();
  }

  /**
   * Property 5 at scale 5, seeds 627794304 and 1403084602 (examples {1167358213035005965, 2} and
   * {2771329501345237244, 7}): a digit typed after the last sentence of a table's section, right
   * before the table ({@code …情况如下。1⏎行政复议…}, {@code （6本列数据…}), was in no cell and said nowhere.
   */
  @Test
  void digitsBetweenASectionsLastSentenceAndItsTableAreQuoted() {
    for (long[] example : new long[][] {{1167358213035005965L, 2}, {2771329501345237244L, 7}}) {
      SplittableRandom rng = new SplittableRandom(example[0]);
      Report report = Reports.consistent(rng, Examples.ALL.get(rng.nextInt(Examples.ALL.size())));
      String text = Mutations.mutate(Renderings.random(report, rng).getText(), (int) example[1], report, rng);

      ParseResult result = DisclosureText.parse(text);

      assertThat(NumberAccounting.lost(text, result)).isEmpty();
      assertThat(result.getDiagnostics()).extracting(Diagnostic::getMessage).anyMatch(m -> m.contains("' before table"));
    }
  }

  /**
   * Property 5 (long run, seed 20240601, example {-4204299764159754792, 1}): a digit typed into the
   * corner note ({@code （本6列数据的勾稽关系为…}) breaks the marker {@code 本列数据}; table 3 then starts
   * at {@code 勾稽关系}, after the digit, which is left to section 三's narrative unquoted. Same cause
   * as the disabled {@code ParserRobustnessPropertyTest.parserNeverLosesANumberOfArbitraryTextInsideATable}.
   */
  @Disabled("not fixed: a digit inside the marker words (本6列数据) moves table 3's start to 勾稽关系; the digit is"
      + " then inside the note's words, where a number may belong to a sentence, so it is not quoted")
  @Test
  void digitInsideTheCornerNoteIsQuoted() {
    Report report = Reports.consistent(new SplittableRandom(3), V2021);
    String text = Renderings.render(report, Shape.TABS).getText().replace("（本列数据", "（本6列数据");

    ParseResult result = DisclosureText.parse(text);

    assertThat(NumberAccounting.lost(text, result)).isEmpty();
  }

  private static Report withBlank(Report report, CellRef ref) {
    if (ref.table() == io.github.govdisclosure.model.Table.ACTIVE_DISCLOSURE) {
      ActiveDisclosureTable t = report.getActiveDisclosure().orElseThrow();
      return new Report.Builder().from(report)
          .activeDisclosure(ActiveDisclosureTable.builder(t.getEdition()).from(t).putCells(ref, Cell.blank()).build())
          .build();
    }
    ReviewLitigationTable t = report.getReviewLitigation().orElseThrow();
    return new Report.Builder().from(report)
        .reviewLitigation(ReviewLitigationTable.builder(t.getEdition()).from(t).putCells(ref, Cell.blank()).build())
        .build();
  }

  /**
   * Property 1 with blank cells (PIPE): the PIPE writer prints a blank cell as a lone {@code |}
   * line, which the tokenizer does not read as a cell, so the row's later numbers shift left.
   */
  @Test
  void pipeBlankCellReadsBack() {
    CellRef ref = CellRef.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED);
    Report report = withBlank(Reports.consistent(new SplittableRandom(1), V2021), ref);

    Report read = DisclosureText.parse(DisclosureText.format(report, TextFormat.PIPE)).getReport();

    assertThat(read.cell(ref)).isEqualTo(Cell.blank());
    assertThat(read.getActiveDisclosure()).isEqualTo(report.getActiveDisclosure());
  }

  /**
   * Property 1 with blank cells (PIPE), shrunk from seed 1441488484847828044: a blank first cell of
   * a V2019 table 2 row ({@code 规范性文件 |} then a lone {@code |}) is read as the row's last
   * cell, so the numbers after it shift left.
   */
  @Test
  void pipeBlankFirstCellOfATable2RowReadsBack() {
    CellRef ref = CellRef.of(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_MADE);
    Report report = withBlank(Reports.consistent(new SplittableRandom(1),
        new io.github.govdisclosure.testkit.ReportOptions.Builder()
            .editions(java.util.Set.of(io.github.govdisclosure.model.Edition.V2019)).build()), ref);

    Report read = DisclosureText.parse(DisclosureText.format(report, TextFormat.PIPE)).getReport();

    assertThat(read.cell(ref)).isEqualTo(Cell.blank());
    assertThat(read.getActiveDisclosure()).isEqualTo(report.getActiveDisclosure());
  }

  /** Property 1 with blank cells (MARKDOWN): a blank first cell of table 4 shifts the row. */
  @Test
  void markdownBlankCellOfTable4ReadsBack() {
    CellRef ref = CellRef.of(ReviewGroup.REVIEW, Outcome.UPHELD);
    Report report = withBlank(Reports.consistent(new SplittableRandom(1), V2021), ref);

    Report read = DisclosureText.parse(DisclosureText.format(report, TextFormat.MARKDOWN)).getReport();

    assertThat(read.cell(ref)).isEqualTo(Cell.blank());
    assertThat(read.getReviewLitigation()).isEqualTo(report.getReviewLitigation());
  }

  /**
   * Property 2, CRAWLER with annotated cells: {@code 规章114（含自然失效0件）11} (cells 1, 4 with its
   * note, 11) is split [1, 1, 4] with no diagnostic naming row RULES; the annotation and the 11 are
   * only quoted as {@code TEXT-CELL-UNPLACED}.
   */
  @Disabled("bug: crawler run with an annotated cell is split wrongly without naming the row")
  @Test
  void crawlerRunWithAnAnnotatedCellIsReadOrNamed() {
    SplittableRandom rng = new SplittableRandom(198246183580887L);
    Report report = Reports.consistent(rng, new ReportOptions.Builder().annotations(true).build());
    String text = Renderings.render(report, Shape.CRAWLER, EnumSet.noneOf(Noise.class), rng).getText();
    assertThat(text).contains("规章114（含自然失效0件）11规范性文件");

    ParseResult result = DisclosureText.parse(text);

    assertThat(RenderingPropertyTest.unnamedDifferences(report, result)).isEmpty();
  }

  /**
   * Property 2, CRAWLER of a V2019 report: {@code 行政处罚338-3380} (cells 338, -338, 0) is read
   * [3, 3, 8] with no diagnostic naming row PENALTY.
   */
  @Test
  void crawlerRunWithANegativeNetChangeIsReadOrNamed() {
    SplittableRandom rng = new SplittableRandom(1304270226894495215L);
    Report report = Reports.consistent(rng, new ReportOptions.Builder().largeValues(true).build());
    String text = Renderings.render(report, Shape.CRAWLER, EnumSet.noneOf(Noise.class), rng).getText();
    assertThat(text).contains("行政处罚338-3380");

    ParseResult result = DisclosureText.parse(text);

    assertThat(RenderingPropertyTest.unnamedDifferences(report, result)).isEmpty();
  }

  /**
   * Property 2 (long run), CRAWLER with a text cell: {@code 行政规范性文件213无} (cells 2, 13, 无) is
   * read [2, 1, 3] with no diagnostic naming row NORMATIVE_DOCUMENTS.
   */
  @Disabled("bug: crawler run ending in a text cell is split wrongly without naming the row")
  @Test
  void crawlerRunWithATextCellIsReadOrNamed() {
    SplittableRandom rng = new SplittableRandom(363747551829635041L);
    Report report = Reports.consistent(rng, new ReportOptions.Builder().editions(Set.of(Edition.V2021))
        .textCells(true).build());
    String text = Renderings.render(report, Shape.CRAWLER, EnumSet.noneOf(Noise.class), rng).getText();
    assertThat(text).contains("行政规范性文件213无第二十条");

    ParseResult result = DisclosureText.parse(text);

    assertThat(RenderingPropertyTest.unnamedDifferences(report, result)).isEmpty();
  }

  /**
   * Found by property 5 in the long run (seed 20240601, example {-1178228820625410672, 6}): an
   * excerpt of 41 code points, a space before the 40th making one too many.
   */
  @Test
  void excerptsHaveAtMost40CodePoints() {
    SplittableRandom rng = new SplittableRandom(-1178228820625410672L);
    Report report = Reports.consistent(rng, Examples.ALL.get(rng.nextInt(Examples.ALL.size())));
    String rendered = Renderings.random(report, rng).getText();
    String text = Mutations.mutate(rendered, 6, report, rng);

    ParseResult result = DisclosureText.parse(text);

    assertThat(result.getDiagnostics()).allSatisfy(
        d -> assertThat(d.getExcerpt().codePointCount(0, d.getExcerpt().length())).isLessThanOrEqualTo(40));
    assertThat(DisclosureText.parse("第二十条第（一）项\n规章\n" + "数".repeat(38) + " 12345（" + "x".repeat(50) + "）")
        .getDiagnostics()).allSatisfy(
        d -> assertThat(d.getExcerpt().codePointCount(0, d.getExcerpt().length())).isLessThanOrEqualTo(40));
  }

  /**
   * Property 5, arbitrary text inside a table: a line {@code # 1120-行政处罚} is skipped as a
   * Markdown heading, its number with it, and no diagnostic quotes it.
   */
  @Test
  void markdownHeadingLineInsideATableQuotesItsNumbers() {
    Report report = Reports.consistent(new SplittableRandom(3), V2021);
    String text = Renderings.render(report, Shape.LINES).getText().replace("\n行政处罚\n", "\n# 1120-行政处罚\n");
    assertThat(text).contains("# 1120-行政处罚");

    ParseResult result = DisclosureText.parse(text);

    assertThat(NumberAccounting.lost(text, result)).isEmpty();
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
