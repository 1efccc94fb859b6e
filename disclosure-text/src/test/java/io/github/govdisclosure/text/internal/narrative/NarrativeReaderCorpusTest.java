package io.github.govdisclosure.text.internal.narrative;

import io.github.govdisclosure.fixtures.Corpus;
import static io.github.govdisclosure.text.internal.narrative.Facts.breakdowns;
import static io.github.govdisclosure.text.internal.narrative.Facts.figures;
import static io.github.govdisclosure.text.internal.narrative.Facts.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The facts a human reads in the narrative of each real report (the corpus of {@code disclosure-fixtures}). */
class NarrativeReaderCorpusTest {

  @Test
  void readsTheSixSharesOfTheSeedReport() {
    String text = Corpus.text("2021_weiyuan-county.txt");
    int firstCopyEnd = text.indexOf("本报告依据", 10);
    NarrativeFacts facts = Facts.read(text, 0, firstCopyEnd);

    assertThat(figures(facts))
        .containsExactly(
            "RECEIVED 35 -",
            "DISCLOSED 17 48.57",
            "PARTIALLY_DISCLOSED 4 11.43",
            "WITHHELD 3 8.57",
            "UNAVAILABLE 7 20",
            "NOT_PROCESSED 3 8.57",
            "CARRIED_FORWARD 1 2.86");
    StatedFigure unavailable = facts.figures().get(4);
    assertThat(unavailable.getPercent()).contains(new BigDecimal("20"));
    assertThat(unavailable.getPercent().orElseThrow().scale()).isZero();
    assertThat(facts.figures().get(1).getPercent().orElseThrow().scale()).isEqualTo(2);
    assertThat(facts.figures().get(1).getPhrase()).isEqualTo("“予以公开”17件,占总数的48.57%");
    assertThat(facts.figures().get(0).getPhrase()).isEqualTo("全年共收到信息公开申请35件");
  }

  @Test
  void readsTheActiveDisclosureBreakdownsOfTheSeedReport() {
    String text = Corpus.text("2021_weiyuan-county.txt");
    NarrativeFacts facts = Facts.read(text, 0, text.indexOf("本报告依据", 10));

    assertThat(breakdowns(facts))
        .containsExactly(
            "7784 = [689, 3799, 2109, 222, 80, 443, 442] complete", "50 = [34] examples");
    assertThat(facts.breakdowns().get(1).getPhrase()).isEqualTo("共发布政策解读50条,其中图解34条");
  }

  @Test
  void readsTheFeeStatementOfTheSeedReportInSectionSix() {
    String text = Corpus.text("2021_weiyuan-county.txt");
    int from = text.indexOf("六、其他需要报告的事项");
    int to = text.indexOf("本报告依据", from);
    NarrativeFacts facts =
        NarrativeReader.of(text, new LineIndex(text)).read(from, to, Section.OTHER_MATTERS);

    assertThat(facts.figures()).isEmpty();
    assertThat(facts.fee()).map(FeeStatement::isCharged).contains(false);
    assertThat(facts.fee()).map(FeeStatement::getPhrase).contains("我县未收取政府信息公开信息处理费");
    SourceSpan span = facts.fee().orElseThrow().getSpan().orElseThrow();
    assertThat(text.substring(span.offset(), span.offset() + span.length()))
        .isEqualTo("我县未收取政府信息公开信息处理费");
    assertThat(span.line()).isEqualTo(340);
    assertThat(span.column()).isEqualTo(7);
  }

  @Test
  void readsTheFiveStatedSharesOfPingtan2023() {
    NarrativeFacts facts = Facts.read(Corpus.text("2023_pingtan.txt"));

    assertThat(figures(facts))
        .containsExactly(
            "RECEIVED 81 -",
            "HANDLED 81 -",
            "DISCLOSED_OR_PARTIALLY 42 51.85",
            "WITHHELD 5 6.17",
            "UNAVAILABLE 31 38.27",
            "NOT_PROCESSED 1 1.23",
            "OTHER 2 2.47",
            "REVIEW 2 -",
            "LITIGATION 7 -");
    assertThat(breakdowns(facts)).containsExactly("81 = [80, 1] complete");
    assertThat(facts.fee()).map(FeeStatement::getPhrase).contains("无收取信息处理费情况");
    assertThat(facts.fee()).map(FeeStatement::isCharged).contains(false);
  }

  @Test
  void readsBracketedSharesAcrossPdfLineBreaksInShanghai2025() {
    String text = Corpus.text("2025_shanghai-bgt.txt");
    NarrativeFacts facts = Facts.read(text);

    assertThat(figures(facts))
        .containsExactly(
            "RECEIVED 1295 -",
            "HANDLED 1191 -",
            "CARRIED_OVER 189 -",
            "DISCLOSED_OR_PARTIALLY 208 17.46",
            "WITHHELD 20 1.68",
            "UNAVAILABLE 564 47.36",
            "NOT_PROCESSED 80 6.72",
            "OTHER 319 26.78");
    // 予以公开及部\n分公开 208 件（17.46%）: one phrase across the line break
    StatedFigure either = facts.figures().get(3);
    assertThat(either.getPhrase()).isEqualTo("予以公开及部分公开208件（17.46%）");
    SourceSpan span = either.getSpan().orElseThrow();
    assertThat(text.substring(span.offset(), span.offset() + span.length()))
        .isEqualTo("予以公开及部\n分公开 208 件（17.46%）");
    assertThat(breakdowns(facts)).containsExactly("403 = [19] examples");
    assertThat(facts.fee()).map(FeeStatement::isCharged).contains(false);
  }

  @Test
  void readsCountsWrittenBeforeTheirKeywordInPingtan2021() {
    NarrativeFacts facts = Facts.read(Corpus.text("2021_pingtan.txt"));

    assertThat(figures(facts))
        .containsExactly("RECEIVED 70 -", "HANDLED 69 -", "CARRIED_FORWARD 1 -");
    assertThat(facts.figures().get(0).getPhrase()).isEqualTo("本年度全区共收到70件申请");
    assertThat(facts.figures().get(2).getPhrase()).isEqualTo("1件结转下年度继续办理");
    // the 《…信息处理费收入收缴管理…通知》 title earlier is not a statement
    assertThat(facts.fee()).map(FeeStatement::getPhrase).contains("无收取信息处理费情况");
  }

  @Test
  void readsPingtanJtj2022WithoutTheHotlineCases() {
    NarrativeFacts facts = Facts.read(Corpus.text("2022_pingtan-jtj.txt"));

    // 累计受理2840件，已办理2840件，办理率100% are 12345 hotline requests, not applications
    assertThat(figures(facts)).containsExactly("RECEIVED 11 -");
    assertThat(breakdowns(facts))
        .containsExactly("126 = [4, 9, 6, 1, 26, 44, 36] complete", "11 = [5, 6] complete");
    assertThat(facts.fee()).map(FeeStatement::getPhrase).contains("本年度没有产生信息公开处理费");
  }

  @Test
  void readsPartsThatFollowTheFullStopInPingtanZrz2020() {
    NarrativeFacts facts = Facts.read(Corpus.text("2020_pingtan-zrz.txt"));

    assertThat(figures(facts)).isEmpty();
    assertThat(breakdowns(facts)).containsExactly("225 = [5, 5, 40, 121, 39, 15] complete");
    assertThat(facts.fee()).isEmpty();
  }

  @Test
  void readsBracketedAndNestedBreakdownsOfPingtan2019() {
    NarrativeFacts facts = Facts.read(Corpus.text("2019_pingtan.txt"));

    assertThat(figures(facts)).isEmpty();
    // （政府预决算32条、部门预决算公开165条） is inside the part 197, not a part of 380
    assertThat(breakdowns(facts))
        .containsExactly(
            "2599 = [25, 68, 28, 69, 90, 175, 67, 983, 48, 124, 856] complete",
            "380 = [152, 197, 27, 4] complete");
  }

  @Test
  void readsTheOneApplicationOfPingtanHzs2020() {
    NarrativeFacts facts = Facts.read(Corpus.text("2020_pingtan-hzs.txt"));

    assertThat(figures(facts)).containsExactly("RECEIVED 1 -");
    assertThat(facts.breakdowns()).isEmpty();
    assertThat(facts.fee()).isEmpty();
  }

  @Test
  void readsShuyang2023Narrative() {
    NarrativeFacts facts = Facts.read(resource("2023_shuyang-fgj.excerpt.txt"));

    // 全年受理网络问政182件 is not an application
    assertThat(figures(facts)).containsExactly("RECEIVED 26 -");
    assertThat(breakdowns(facts)).containsExactly("249 = [9, 7, 39, 6, 1, 1, 185, 1] complete");
    assertThat(facts.fee()).map(FeeStatement::getPhrase).contains("县发展和改革局政府信息公开未发生收费情况");
    assertThat(facts.fee()).map(FeeStatement::isCharged).contains(false);
  }

  @Test
  void givesEveryFactTheSectionItWasReadIn() {
    String text = Corpus.text("2023_pingtan.txt");
    NarrativeFacts facts =
        NarrativeReader.of(text, new LineIndex(text)).read(0, text.length(), Section.OVERVIEW);

    assertThat(facts.figures()).extracting(StatedFigure::getSection).containsOnly(java.util.Optional.of(Section.OVERVIEW));
    assertThat(facts.breakdowns()).extracting(StatedBreakdown::getSection).containsOnly(java.util.Optional.of(Section.OVERVIEW));
    assertThat(facts.figures()).extracting(StatedFigure::getQuantity).contains(Quantity.REVIEW, Quantity.LITIGATION);
  }
}
