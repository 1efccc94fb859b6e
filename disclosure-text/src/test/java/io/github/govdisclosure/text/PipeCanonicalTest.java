package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.govdisclosure.fixtures.CanonicalExample;
import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Report;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The PIPE output of the canonical example against the table lines of the canonical file (lines
 * 14–335 of {@code 2021_weiyuan-county.txt}: the table part of the report's first copy, from
 * {@code 二、主动公开政府信息情况} to table 4's last cell): same lines, same pipes, except the header
 * cells the web page wrapped and the flattening cut to their first line.
 */
class PipeCanonicalTest {

  private static List<String> canonicalLines() {
    return Corpus.text(CanonicalExample.FILE).lines().toList().subList(14 - 1, 335);
  }

  private static List<String> pipeLines(TextFormat format) {
    Report report = FormatFixtures.weiyuan();
    String text = DisclosureText.format(report, format);
    assertThat(text).endsWith("\n");
    return List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
  }

  @Test
  void printsTheCanonicalTableLinesExceptWrappedHeaderCells() {
    List<String> canonical = canonicalLines();
    List<String> printed = pipeLines(TextFormat.PIPE.builder().printTitle(false).asciiPunctuation(true).build());

    assertThat(printed).hasSameSizeAs(canonical);
    List<Tuple> differences = new ArrayList<>();
    for (int i = 0; i < canonical.size(); i++) {
      if (!canonical.get(i).equals(printed.get(i))) {
        differences.add(tuple(i + 14, canonical.get(i), printed.get(i)));
      }
    }
    // Line numbers of 2021_weiyuan-county.txt. The page wraps these header cells; the flattening
    // keeps the first line only (结果纠正 → 结果) or joins them with a space (商业 企业).
    assertThat(differences).containsExactly(
        tuple(63, "商业 企业 |", "商业企业 |"),
        tuple(64, "科研 机构 |", "科研机构 |"),
        tuple(303, "结果 |", "结果纠正 |"),
        tuple(304, "其他 |", "其他结果 |"),
        tuple(305, "尚未 |", "尚未审结 |"),
        tuple(310, "结果 |", "结果维持 |"),
        tuple(311, "结果 |", "结果纠正 |"),
        tuple(312, "其他 |", "其他结果 |"),
        tuple(313, "尚未 |", "尚未审结 |"),
        tuple(315, "结果 |", "结果维持 |"),
        tuple(316, "结果 |", "结果纠正 |"),
        tuple(317, "其他 |", "其他结果 |"),
        tuple(318, "尚未 |", "尚未审结 |"));
  }

  @Test
  void printsOfficialFullWidthPunctuationByDefault() {
    List<String> printed = pipeLines(TextFormat.PIPE);

    assertThat(printed.get(0)).isEqualTo("威远县人民政府2021年政府信息公开工作年度报告");
    assertThat(printed).contains("第二十条第（一）项 |", "本年收费金额（单位：万元） |", "（一）予以公开 |")
        .doesNotContain("第二十条第(一)项 |");
    List<String> ascii = pipeLines(TextFormat.PIPE.builder().asciiPunctuation(true).build());
    assertThat(ascii).hasSameSizeAs(printed).contains("第二十条第(一)项 |", "(一)予以公开 |");
  }

  @Test
  void printsV2019SingleOtherHandlingRowAndItsTable2Columns() {
    String text = DisclosureText.format(FormatFixtures.pingtan2019(), TextFormat.PIPE);

    assertThat(text)
        .contains("5.要求行政机关确认或重新出具已获取信息 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n||\n"
            + "（六）其他处理 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n||\n（七）总计 |\n")
        .contains("信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n行政许可 |\n396 |\n0 |\n181 |\n")
        .contains("第二十条第（八）项 |\n|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n|\n行政事业性收费 |\n35 |\n0 |\n|\n")
        .contains("政府集中采购 |\n135 |\n75394432.52元 |\n三、收到和处理政府信息公开申请情况\n")
        .contains("规范性文件 |\n89 |")
        .doesNotContain("申请人无正当理由");
  }

  @Test
  void saysATableIsNotAvailableAndPrintsTheOthers() {
    String text = DisclosureText.format(FormatFixtures.assorted(), TextFormat.PIPE);

    assertThat(text).startsWith("2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n")
        .endsWith("四、政府信息公开行政复议、行政诉讼情况\n（本报告未提供此表）\n");
  }
}
