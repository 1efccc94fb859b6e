package io.github.govdisclosure.text.internal.narrative;

import static io.github.govdisclosure.text.internal.narrative.Facts.breakdowns;
import static io.github.govdisclosure.text.internal.narrative.Facts.figures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrasings, look-alikes that are not facts, and the shapes of extracted text. */
class NarrativeReaderTest {

  @Test
  void readsEachApplicationResultPhrasing() {
    NarrativeFacts facts =
        Facts.read(
            "本年新收政府信息公开申请40件，上年结转5件，办结42件。其中，予以公开17件，部分公开4件，"
                + "予以公开及部分公开21件，不予公开3件，无法提供7件，不予处理3件，其他处理8件，"
                + "结转下年度继续办理3件。行政复议2件，行政诉讼1件。");

    assertThat(figures(facts))
        .containsExactly(
            "RECEIVED 40 -",
            "CARRIED_OVER 5 -",
            "HANDLED 42 -",
            "DISCLOSED 17 -",
            "PARTIALLY_DISCLOSED 4 -",
            "DISCLOSED_OR_PARTIALLY 21 -",
            "WITHHELD 3 -",
            "UNAVAILABLE 7 -",
            "NOT_PROCESSED 3 -",
            "OTHER 8 -",
            "CARRIED_FORWARD 3 -",
            "REVIEW 2 -",
            "LITIGATION 1 -");
  }

  @Test
  void neverReadsWithheldAsDisclosed() {
    NarrativeFacts facts = Facts.read("“不予公开”3件，占总数的8.57%；不予公开的申请2件。");

    assertThat(figures(facts)).containsExactly("WITHHELD 3 8.57", "WITHHELD 2 -");
  }

  @Test
  void attachesEachShareToTheFigureItFollows() {
    NarrativeFacts facts =
        Facts.read("予以公开17件，占总数的48.57%；部分公开4件，占比11.4%；无法提供7件（20%）；不予处理3件。");

    assertThat(figures(facts))
        .containsExactly(
            "DISCLOSED 17 48.57", "PARTIALLY_DISCLOSED 4 11.4", "UNAVAILABLE 7 20",
            "NOT_PROCESSED 3 -");
    assertThat(facts.figures().get(1).getPercent().orElseThrow().scale()).isEqualTo(1);
  }

  @Test
  void readsAShareStatedWithoutACount() {
    NarrativeFacts facts = Facts.read("予以公开的占48.57%。");

    assertThat(figures(facts)).containsExactly("DISCLOSED - 48.57");
  }

  @Test
  void doesNotReadRatesAsShares() {
    NarrativeFacts facts = Facts.read("办结35件，办结率100%；按时办结率为100%。");

    assertThat(figures(facts)).containsExactly("HANDLED 35 -");
  }

  @Test
  void doesNotReadCountsOfOtherThingsAsApplications() {
    NarrativeFacts facts =
        Facts.read(
            "2021年，县长信箱累计办理群众来信922件，举办“阳光政务”在线访谈20期。"
                + "通过12345平台受理群众诉求累计受理2840件，已办理2840件，办理率100%。"
                + "全年受理网络问政182件。");

    assertThat(facts.figures()).isEmpty();
  }

  @Test
  void doesNotReadChangesOrCumulativeCountsAsFigures() {
    NarrativeFacts facts =
        Facts.read("收到申请35件，同比增加5件；予以公开较上年增加3件。历年累计因政府信息公开申请行政复议1起。");

    assertThat(figures(facts)).containsExactly("RECEIVED 35 -");
  }

  @Test
  void doesNotReadApproximateCounts() {
    NarrativeFacts facts = Facts.read("共收到信息公开申请300余件，其中予以公开近200件。");

    assertThat(facts.figures()).isEmpty();
    assertThat(facts.breakdowns()).isEmpty();
  }

  @Test
  void readsReviewApplicationsAsReviewNotAsReceived() {
    NarrativeFacts facts = Facts.read("全年收到行政复议申请2件，因政府信息公开被提起行政诉讼1起。");

    assertThat(figures(facts)).containsExactly("REVIEW 2 -", "LITIGATION 1 -");
  }

  @Test
  void readsFullWidthDigitsSpacesAndThousandsSeparators() {
    NarrativeFacts facts =
        Facts.read("全年共收到信息公开申请３５件，其中予以公开１７件，占总数的４８．５７％。受理政府信息公开申请 1,295 件。");

    assertThat(figures(facts))
        .containsExactly("RECEIVED 35 -", "DISCLOSED 17 48.57", "RECEIVED 1295 -");
  }

  @Test
  void readsAPhraseBrokenAcrossLinesAndAPageFooter() {
    String text = "市政府共受理政府信息公开申请 1295 件，不予\n— 2 —\n公开 20 件（1.68%），无法提供\r\n564 件。";
    NarrativeFacts facts = Facts.read(text);

    assertThat(figures(facts))
        .containsExactly("RECEIVED 1295 -", "WITHHELD 20 1.68", "UNAVAILABLE 564 -");
    StatedFigure withheld = facts.figures().get(1);
    assertThat(withheld.getPhrase()).isEqualTo("不予公开20件（1.68%）");
    SourceSpan span = withheld.getSpan().orElseThrow();
    assertThat(text.substring(span.offset(), span.offset() + span.length()))
        .isEqualTo("不予\n— 2 —\n公开 20 件（1.68%）");
    assertThat(span.line()).isEqualTo(1);
    assertThat(facts.figures().get(2).getSpan().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void doesNotJoinNumbersAcrossASpace() {
    NarrativeFacts facts = Facts.read("予以公开1 2件。");

    assertThat(figures(facts)).isEmpty();
  }

  @Test
  void keepsAHeadingOutOfTheNextPhrase() {
    NarrativeFacts facts = Facts.read("（二）依申请公开方面\n市政府共受理政府信息公开申请 1295 件。");

    assertThat(facts.figures()).extracting(StatedFigure::getPhrase).containsExactly("市政府共受理政府信息公开申请1295件");
  }

  @Test
  void readsOnlyTheGivenRange() {
    String text = "共收到信息公开申请35件。予以公开17件。";
    NarrativeFacts facts = Facts.read(text, text.indexOf('予'), text.length());

    assertThat(figures(facts)).containsExactly("DISCLOSED 17 -");
    assertThat(facts.figures().get(0).getSpan().orElseThrow().offset()).isEqualTo(text.indexOf('予'));
  }

  @Test
  void readsOneExampleAsAnIncompleteBreakdown() {
    NarrativeFacts facts = Facts.read("共发布政策解读50条，其中图解34条。");

    assertThat(breakdowns(facts)).containsExactly("50 = [34] examples");
  }

  @Test
  void readsAListEndingInOtherAsComplete() {
    NarrativeFacts facts = Facts.read("全年共公开信息100条，其中，政策文件30条，工作动态40条，其他信息20条。");

    // the parts fall short of the total: the rule will say so, because the split is complete
    assertThat(breakdowns(facts)).containsExactly("100 = [30, 40, 20] complete");
  }

  @Test
  void readsExamplesThatFallShortAsIncomplete() {
    NarrativeFacts facts = Facts.read("全年共公开信息100条，其中，政策文件30条，工作动态40条。");

    assertThat(breakdowns(facts)).containsExactly("100 = [30, 40] examples");
  }

  @Test
  void readsOnlyPartsInTheTotalsUnit() {
    NarrativeFacts facts = Facts.read("共开展培训12次，其中线上培训5次，覆盖300人，线下培训7次。");

    assertThat(breakdowns(facts)).containsExactly("12 = [5, 7] complete");
  }

  @Test
  void reportsApplicationResultsAsFiguresNotAsABreakdown() {
    NarrativeFacts facts = Facts.read("办结申请81件，其中：予以公开42件，不予公开5件；行政复议案件2件。");

    assertThat(facts.breakdowns()).isEmpty();
    assertThat(figures(facts)).containsExactly("HANDLED 81 -", "DISCLOSED 42 -", "WITHHELD 5 -", "REVIEW 2 -");
  }

  @Test
  void readsEachFeeStatement() {
    assertThat(fee("2021年,我县未收取政府信息公开信息处理费。")).containsExactly("false 我县未收取政府信息公开信息处理费");
    assertThat(fee("2023年，无收取信息处理费情况。")).containsExactly("false 无收取信息处理费情况");
    assertThat(fee("本年度没有收取任何信息处理费。")).containsExactly("false 本年度没有收取任何信息处理费");
    assertThat(fee("全年共收取信息处理费300元。")).containsExactly("true 全年共收取信息处理费300元");
    assertThat(fee("全年收取信息处理费0元。")).containsExactly("false 全年收取信息处理费0元");
  }

  @Test
  void doesNotReadFeeTitlesOrTableLabelsAsStatements() {
    assertThat(fee("学习《关于做好政府信息公开信息处理费收入收缴管理有关事项的通知》，要求落实信息处理费有关规定。"))
        .isEmpty();
    assertThat(fee("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")).isEmpty();
    assertThat(fee("行政事业性收费 4221.6528")).isEmpty();
  }

  @Test
  void rejectsProgrammerErrors() {
    LineIndex spans = new LineIndex("abc");
    assertThatThrownBy(() -> NarrativeReader.of(null, spans))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NarrativeReader.of("abc", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NarrativeReader.of("abc", spans).read(2, 1, null))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> NarrativeReader.of("abc", spans).read(0, 4, null))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static List<String> fee(String text) {
    return Facts.read(text).fee().stream()
        .map((FeeStatement f) -> f.isCharged() + " " + f.getPhrase())
        .toList();
  }
}
