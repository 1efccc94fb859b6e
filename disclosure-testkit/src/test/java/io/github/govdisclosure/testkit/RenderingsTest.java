package io.github.govdisclosure.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RenderingsTest {

  private static final ReportOptions MESSY = new ReportOptions.Builder()
      .blanks(true).textCells(true).annotations(true).build();

  /** The text with half-width brackets turned back, so that raw tokens compare under BRACKET_SWAP. */
  private static String unswapped(Rendering r) {
    String text = r.getText();
    return r.getNoise().contains(Noise.BRACKET_SWAP) ? text.replace('(', '（').replace(')', '）') : text;
  }

  private static Set<String> tokens(String text) {
    return new HashSet<>(List.of(text.split("[\\s|]+")));
  }

  private static List<String> labels(Edition edition) {
    List<String> labels = new ArrayList<>();
    for (DisclosureItem item : DisclosureItem.values()) {
      if (item.in(edition)) {
        labels.add(item.caption());
      }
    }
    for (DisclosureRow row : DisclosureRow.rows(edition)) {
      labels.add(edition == Edition.V2019 && row == DisclosureRow.NORMATIVE_DOCUMENTS ? "规范性文件" : row.label());
      for (DisclosureColumn column : row.columns(edition)) {
        labels.add(edition == Edition.V2019 && column == DisclosureColumn.DECISIONS ? "处理决定数量" : column.label());
      }
    }
    for (ApplicationRow row : ApplicationRow.rows(edition)) {
      labels.add(row.label());
    }
    labels.addAll(List.of("三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理",
        "申请人情况", "法人或其他组织", "自然人", "社会公益组织", "法律服务机构", "总计",
        "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持"));
    for (Section section : Section.values()) {
      labels.add(section.heading());
    }
    return labels;
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void containsTitlePeriodHeadingsAndLabelsOfTheEdition(Shape shape) {
    for (long seed = 0; seed < 40; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed), MESSY);
      Rendering r = Renderings.render(report, shape);
      int year = report.getYear().orElseThrow();
      assertThat(r.getNoise()).isEmpty();
      assertThat(r.getText())
          .contains(report.getAgency().orElseThrow() + year + "年政府信息公开工作年度报告")
          .contains("本报告中所列数据的统计期限自" + year + "年1月1日至" + year + "年12月31日")
          .contains(labels(report.getEdition()))
          .contains("商业企业", "科研机构", "结果纠正", "其他结果", "尚未审结");
      for (String text : report.getSections().values()) {
        assertThat(r.getText()).contains(text);
      }
      if (report.getEdition() == Edition.V2019) {
        assertThat(r.getText()).doesNotContain("本年制发件数", "3.其他").contains("本年增/减");
      } else {
        assertThat(r.getText()).doesNotContain("本年新制作数量", "其他对外管理服务事项").contains("本年制发件数");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Shape.class, names = {"PIPE", "LINES", "TABS", "MARKDOWN"})
  void everyCellValueAppearsAsATokenUnderAnyNoise(Shape shape) {
    for (long seed = 0; seed < 60; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed), MESSY);
      Rendering r = Renderings.render(report, shape, EnumSet.allOf(Noise.class), new SplittableRandom(seed));
      assertThat(r.getNoise()).isEqualTo(Noise.applicableTo(shape));
      Set<String> tokens = tokens(unswapped(r));
      for (Table t : Table.values()) {
        for (Cell cell : report.table(t).orElseThrow().getCells().values()) {
          if (cell.getKind() != Cell.Kind.BLANK) {
            assertThat(tokens).as("%s seed %d", r.describe(), seed).contains(cell.getRaw());
          }
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void crawlerTextRunsEachRowsCellsTogetherAfterItsLabel(Edition edition) {
    if (edition == Edition.PRE_2019) {
      return;
    }
    ReportOptions options = new ReportOptions.Builder().editions(Set.of(edition)).build();
    for (long seed = 0; seed < 40; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed), options);
      String text = Renderings.render(report, Shape.CRAWLER).getText();
      assertThat(text).doesNotContain("\n", "|", "\t");
      for (ApplicationRow row : ApplicationRow.rows(edition)) {
        StringBuilder run = new StringBuilder(row.label());
        for (Applicant c : Applicant.values()) {
          run.append(report.cell(CellRef.of(row, c)).getRaw());
        }
        assertThat(text).contains(run);
      }
      StringBuilder table4 = new StringBuilder("尚未审结总计");
      for (ReviewGroup g : ReviewGroup.values()) {
        for (Outcome o : Outcome.values()) {
          table4.append(report.cell(CellRef.of(g, o)).getRaw());
        }
      }
      assertThat(text).contains(table4);
    }
  }

  @Test
  void pipeShapeFollowsTheSeedReport() {
    Report report = Reports.consistent(new SplittableRandom(3), new ReportOptions.Builder()
        .editions(Set.of(Edition.V2021)).build());
    String text = Renderings.render(report, Shape.PIPE).getText();
    String t3 = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |\n申请人情况 |\n||||||||\n"
        + "自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n"
        + "一、本年新收政府信息公开申请数量 |\n";
    assertThat(text).contains("第二十条第（一）项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n规章 |\n");
    assertThat(text).contains(t3);
    assertThat(text).contains("三、本年度办理结果 |\n（一）予以公开 |\n");
    String last = report.cell(CellRef.of(ReviewGroup.LITIGATION_AFTER_REVIEW, Outcome.TOTAL)).getRaw();
    assertThat(text).contains(" |\n" + last + "\n五、存在的主要问题及改进情况\n");
    assertThat(text).contains("尚未审结 |\n总计 |\n未经复议直接起诉 |\n复议后起诉 |\n||||||||\n");
  }

  @Test
  void eachNoiseLeavesItsMark() {
    Report report = Reports.consistent(new SplittableRandom(11));
    String title = report.getTitle().orElseThrow();
    assertThat(render(report, Shape.PIPE, Noise.REPEATED).split(title, -1)).hasSize(3);
    assertThat(render(report, Shape.CRAWLER, Noise.REPEATED).split(title, -1)).hasSize(3);
    assertThat(render(report, Shape.PIPE, Noise.BRACKET_SWAP)).doesNotContain("（", "）").contains("(一)予以公开");
    assertThat(render(report, Shape.TABS, Noise.TRUNCATED_HEADERS))
        .doesNotContain("结果纠正", "其他结果", "尚未审结").contains("结果维持\t结果\t其他\t尚未\t总计");
    assertThat(render(report, Shape.LINES, Noise.SPLIT_WORDS)).contains("\n商业 企业\n", "\n科研 机构\n");
    assertThat(render(report, Shape.MARKDOWN, Noise.PAGE_FOOTERS)).containsPattern("\n— \\d+ —\n\\| ");
    assertThat(render(report, Shape.LINES, Noise.PAGE_FOOTERS)).containsPattern("\n— \\d+ —\n");
    assertThat(render(report, Shape.PIPE, Noise.EXTRA_SPACING))
        .isNotEqualTo(Renderings.render(report, Shape.PIPE).getText())
        .containsPattern("  +\\|");
    assertThat(render(report, Shape.CRAWLER, Noise.EXTRA_SPACING)).contains(" ");
  }

  @Test
  void pageFootersAreNotAddedWhereTheShapeHasNoRows() {
    Report report = Reports.consistent(new SplittableRandom(11));
    for (Shape shape : List.of(Shape.PIPE, Shape.TABS, Shape.CRAWLER)) {
      Rendering r = Renderings.render(report, shape, EnumSet.of(Noise.PAGE_FOOTERS), new SplittableRandom(1));
      assertThat(r.getNoise()).isEmpty();
      assertThat(r.getText()).isEqualTo(Renderings.render(report, shape).getText());
    }
  }

  @Test
  void sameSeedGivesTheSameRendering() {
    for (long seed = 0; seed < 20; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed), MESSY);
      assertThat(Renderings.random(report, new SplittableRandom(seed)))
          .isEqualTo(Renderings.random(report, new SplittableRandom(seed)));
    }
  }

  @Test
  void randomRenderingsCoverEveryShape() {
    Set<Shape> shapes = EnumSet.noneOf(Shape.class);
    Report report = Reports.consistent(new SplittableRandom(1));
    for (long seed = 0; seed < 60; seed++) {
      Rendering r = Renderings.random(report, new SplittableRandom(seed));
      assertThat(Noise.applicableTo(r.getShape())).containsAll(r.getNoise());
      shapes.add(r.getShape());
    }
    assertThat(shapes).containsExactlyInAnyOrder(Shape.values());
  }

  private static String render(Report report, Shape shape, Noise noise) {
    Rendering r = Renderings.render(report, shape, EnumSet.of(noise), new SplittableRandom(2));
    assertThat(r.getNoise()).containsExactly(noise);
    return r.getText();
  }
}
