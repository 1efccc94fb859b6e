package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Heading;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import org.junit.jupiter.api.Test;

/**
 * Section headings as real reports write them, found by their words, and recorded as written
 * ({@link Report#getHeadings()}, the fact {@code structure.heading-numbering} judges): reworded,
 * renumbered around an extra section, misnumbered. Made from the canonical report
 * {@code 2021_weiyuan-county.txt}.
 */
class HeadingsTest {
  private static final String WEIYUAN = Corpus.text("2021_weiyuan-county.txt");

  @Test
  void recordsTheSixHeadingsOfThePublishedReportAsWritten() {
    Report report = DisclosureText.parse(WEIYUAN).getReport();

    assertThat(report.getHeadings()).extracting(Heading::getNumber, Heading::getTitle, h -> h.getSection().orElse(null))
        .containsExactly(
            tuple("一", "总体情况", Section.OVERVIEW),
            tuple("二", "主动公开政府信息情况", Section.ACTIVE_DISCLOSURE),
            tuple("三", "收到和处理政府信息公开申请情况", Section.APPLICATIONS),
            tuple("四", "政府信息公开行政复议、行政诉讼情况", Section.REVIEW_LITIGATION),
            tuple("五", "存在的主要问题及改进情况", Section.PROBLEMS),
            tuple("六", "其他需要报告的事项", Section.OTHER_MATTERS));
    assertThat(report.getHeadings().get(0).getSpan()).map(Object::toString).hasValue("2:1");
  }

  @Test
  void findsSectionsByTheirWordsAroundAnExtraFeeSectionAndAReworded六() {
    String text = WEIYUAN.replace("五、存在的主要问题及改进情况", "五、信息处理费收取情况\n本年度未收取信息处理费。\n六、存在的主要问题及改进情况")
        .replace("六、其他需要报告的事项", "七、需要说明的其他事项与附表");

    ParseResult result = DisclosureText.parse(text);

    assertThat(result.getReport().getHeadings()).extracting(Heading::getNumber, h -> h.getSection().orElse(null))
        .containsExactly(tuple("一", Section.OVERVIEW), tuple("二", Section.ACTIVE_DISCLOSURE),
            tuple("三", Section.APPLICATIONS), tuple("四", Section.REVIEW_LITIGATION), tuple("五", null),
            tuple("六", Section.PROBLEMS), tuple("七", Section.OTHER_MATTERS));
    assertThat(result.getReport().getHeadings().get(4).getTitle()).isEqualTo("信息处理费收取情况");
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode)
        .doesNotContain("TEXT-SECTION-MISSING", "TEXT-CELL-UNPLACED");
    assertThat(result.getReport().getReviewLitigation()).isEqualTo(DisclosureText.parse(WEIYUAN).getReport().getReviewLitigation());
  }

  @Test
  void findsHeadingsWrittenWithoutTheirNumeralsOnLinesOfTheirOwn() {
    String text = WEIYUAN.replace("一、总体情况", "总体情况").replace("二、主动公开政府信息情况", "## 主动公开政府信息情况")
        .replace("三、收到和处理政府信息公开申请情况", "**收到和处理政府信息公开申请情况**")
        .replace("四、政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议、行政诉讼情况：")
        .replace("五、存在的主要问题及改进情况", "存在的主要问题及改进情况")
        .replace("六、其他需要报告的事项", "其他需要报告的事项");

    ParseResult result = DisclosureText.parse(text);
    Report original = DisclosureText.parse(WEIYUAN).getReport();

    assertThat(result.getReport().getHeadings()).extracting(Heading::getNumber, h -> h.getSection().orElse(null))
        .containsExactly(tuple("", Section.OVERVIEW), tuple("", Section.ACTIVE_DISCLOSURE),
            tuple("", Section.APPLICATIONS), tuple("", Section.REVIEW_LITIGATION), tuple("", Section.PROBLEMS),
            tuple("", Section.OTHER_MATTERS));
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).doesNotContain("TEXT-SECTION-MISSING");
    assertThat(result.getReport().getApplications()).isEqualTo(original.getApplications());
    assertThat(result.getReport().getActiveDisclosure()).isEqualTo(original.getActiveDisclosure());
    assertThat(result.getReport().getReviewLitigation()).isEqualTo(original.getReviewLitigation());
    assertThat(result.getReport().getSections().get(Section.PROBLEMS)).isEqualTo(original.getSections().get(Section.PROBLEMS));
  }

  @Test
  void headingWordsInsideASentenceAreNoHeading() {
    String text = WEIYUAN.replace("六、其他需要报告的事项", "本年度其他需要报告的事项如下");

    ParseResult result = DisclosureText.parse(text);

    assertThat(result.getReport().getHeadings()).extracting(h -> h.getSection().orElse(null))
        .doesNotContain(Section.OTHER_MATTERS);
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).contains("TEXT-SECTION-MISSING");
  }

  @Test
  void findsMisnumberedSectionsByTheirWordsAndKeepsTheNumbersAsWritten() {
    String text = WEIYUAN.replace("二、主动公开", "三、主动公开").replace("三、收到和处理", "四、收到和处理")
        .replace("四、政府信息公开行政复议", "五、政府信息公开行政复议").replace("六、其他需要报告", "七、其他需要报告");

    Report report = DisclosureText.parse(text).getReport();

    assertThat(report.getHeadings()).extracting(Heading::getNumber, h -> h.getSection().orElse(null))
        .containsExactly(tuple("一", Section.OVERVIEW), tuple("三", Section.ACTIVE_DISCLOSURE),
            tuple("四", Section.APPLICATIONS), tuple("五", Section.REVIEW_LITIGATION), tuple("五", Section.PROBLEMS),
            tuple("七", Section.OTHER_MATTERS));
    assertThat(report.getApplications()).isEqualTo(DisclosureText.parse(WEIYUAN).getReport().getApplications());
  }
}
