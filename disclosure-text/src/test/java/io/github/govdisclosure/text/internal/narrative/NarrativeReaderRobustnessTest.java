package io.github.govdisclosure.text.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Any text is read without an exception, and every span lies inside the range read. */
class NarrativeReaderRobustnessTest {

  /** Pieces that reach every branch of the reader when shuffled together. */
  private static final List<String> PIECES =
      List.of(
          "共收到信息公开申请", "予以公开", "不予公开", "部分公开", "及", "无法提供", "不予处理", "其他处理",
          "结转下年度继续办理", "上年结转", "办结", "行政复议", "行政诉讼", "其中", "涉及", "其他", "类",
          "占总数的", "占比", "率", "件", "条", "起", "余", "近", "%", "％", "元", "万", "处理费", "收费",
          "未收取", "收取", "信息公开", "《", "》", "（", "）", "(", ")", "，", ",", "。", "；", "、", "：",
          "“", "”", "\n", "\r\n", "\n\n", " ", "— 2 —\n", "（二）", "三、", "|", "#", "35", "0", "1,234",
          "48.57", "３５", "．", "99999999999999999999", "\uD83D\uDE00", "\uD800");

  @Test
  void readsAnyShuffleOfKeywordsNumbersAndPunctuation() {
    Gen<String> texts =
        lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 80)
            .map(indexes -> {
              StringBuilder s = new StringBuilder();
              indexes.forEach(i -> s.append(PIECES.get(i)));
              return s.toString();
            });

    qt().withFixedSeed(20240308L).withExamples(3000).forAll(texts).checkAssert(this::readsSafely);
  }

  @Test
  void readsAnyStringOfTheBasicMultilingualPlane() {
    qt().withFixedSeed(7784L)
        .withExamples(500)
        .forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 400))
        .checkAssert(this::readsSafely);
  }

  @Test
  void readsRandomGarbageFromAFixedSeed() {
    Random random = new Random(35L);
    for (int n = 0; n < 200; n++) {
      char[] chars = new char[random.nextInt(2000)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
      }
      readsSafely(new String(chars));
    }
  }

  @Test
  void readsEmptyText() {
    NarrativeFacts facts = Facts.read("");

    assertThat(facts.figures()).isEmpty();
    assertThat(facts.breakdowns()).isEmpty();
    assertThat(facts.fee()).isEqualTo(Optional.empty());
  }

  @Test
  void readsAnEmptyRangeOfALongerText() {
    NarrativeFacts facts = Facts.read("收到申请35件", 3, 3);

    assertThat(facts.figures()).isEmpty();
  }

  @Test
  void readsAOneMegabyteLine() {
    // facts are sparse: LineIndex counts a column from the line start, so each span on one huge
    // line costs the length of the line
    String unit = "全年共收到信息公开申请35件，其中，“予以公开”17件，占总数的48.57%，共发布政策解读50条，其中图解34条";
    String filler = "持续深化公开内容，不断创新公开方式（详见附件）".repeat(400);
    StringBuilder s = new StringBuilder();
    while (s.length() < 1_000_000) {
      s.append(unit).append(filler);
    }
    NarrativeFacts facts = readsSafely(s.toString());

    assertThat(facts.figures()).hasSizeGreaterThan(200);
    assertThat(facts.breakdowns()).hasSizeGreaterThan(100);
  }

  @Test
  void readsAMegabyteOfNestedMarkersAndBrackets() {
    NarrativeFacts facts = readsSafely("共1条其中（".repeat(120_000));

    assertThat(facts.figures()).isEmpty();
  }

  @Test
  void readsAMegabyteWithoutDigits() {
    NarrativeFacts facts = readsSafely("未收取《信息处理费".repeat(110_000));

    assertThat(facts.figures()).isEmpty();
  }

  private NarrativeFacts readsSafely(String text) {
    NarrativeFacts facts = Facts.read(text);
    List<SourceSpan> spans = new ArrayList<>();
    facts.figures().forEach(f -> spans.add(f.getSpan().orElseThrow()));
    facts.breakdowns().forEach(b -> spans.add(b.getSpan().orElseThrow()));
    facts.fee().ifPresent(f -> spans.add(f.getSpan().orElseThrow()));
    assertThat(spans)
        .allSatisfy(
            span -> {
              assertThat(span.offset()).isBetween(0, text.length());
              assertThat(span.offset() + span.length()).isLessThanOrEqualTo(text.length());
            });
    facts.figures().forEach(f -> assertThat(f.getPhrase().length()).isLessThanOrEqualTo(120));
    facts.breakdowns().forEach(b -> assertThat(b.getPhrase().length()).isLessThanOrEqualTo(120));
    return facts;
  }
}
