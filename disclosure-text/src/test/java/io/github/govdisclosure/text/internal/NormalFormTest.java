package io.github.govdisclosure.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.text.internal.shared.LineIndex;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalFormTest {

  /** The prose form of {@code text} from {@code from} to its end, sized as the narrative sizes it (by its line index). */
  private static NormalForm prose(String text, int from) {
    return NormalForm.prose(text, from, text.length(), new LineIndex(text).starts(from, text.length()), null);
  }

  @Test
  void foldsWidthsQuotesAndSpacesInLabels() {
    assertThat(NormalForm.normalize("商业 企业")).isEqualTo("商业企业");
    assertThat(NormalForm.normalize("本年度办 理结果")).isEqualTo("本年度办理结果");
    assertThat(NormalForm.normalize("（一）予以公开")).isEqualTo("(一)予以公开");
    assertThat(NormalForm.normalize("3.危及“三安全一稳定”")).isEqualTo("3.危及三安全一稳定");
    assertThat(NormalForm.normalize("本年收费金额（单位：万元）")).isEqualTo("本年收费金额(单位:万元)");
    assertThat(NormalForm.normalize("３５｜")).isEqualTo("35");
  }

  @Test
  void mapsEveryNormalisedCharacterBackToTheSource() {
    String text = "商业 企业 |\n（一）";
    NormalForm norm = NormalForm.labels(text, 0, text.length());
    assertThat(norm.substring(0, norm.length())).isEqualTo("商业企业(一)");
    assertThat(norm.sourceOf(2)).isEqualTo(3);
    assertThat(norm.sourceOf(4)).isEqualTo(text.indexOf('（'));
    assertThat(norm.indexOf("企业(一", 0, norm.length())).isEqualTo(2);
  }

  private static final String REPORT = "全年共收到\n信息公开申请1,234件，\n\n— 2 —\n（二）依申请公开方面\n"
      + "“予以公开”17件（占４８.５７％）；1 2|3";

  @Test
  void foldsTheSameCharactersInBothLayouts() {
    NormalForm labels = NormalForm.labels(REPORT, 0, REPORT.length());
    NormalForm prose = prose(REPORT, 0);
    assertThat(labels.substring(0, labels.length())).isEqualTo("全年共收到信息公开申请1,234件,—2—(二)依申请公开方面予以公开17件(占48.57%);123");
    assertThat(prose.substring(0, prose.length())).isEqualTo("全年共收到信息公开申请1234件,\n(二)依申请公开方面\n“予以公开”17件(占48.57%);1 2|3");
  }

  @Test
  void keepsTheWordsAsWrittenForPhrases() {
    NormalForm prose = prose(REPORT, 0);
    assertThat(prose.written(0, prose.length()))
        .isEqualTo("全年共收到信息公开申请1234件，\n（二）依申请公开方面\n“予以公开”17件（占４８.５７％）；1 2|3");
  }

  @Test
  void mapsEveryProseCharacterBackToTheSourceCharacterItFolds() {
    String alphabet = "申请 \t\n\r|“”（）１2,3a、。\u3000—#第";
    Random random = new Random(20_261_207L);
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(120); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      int from = random.nextInt(text.length() + 1);
      NormalForm prose = prose(text, from);
      for (int i = 0; i < prose.length(); i++) {
        char c = prose.charAt(i);
        int offset = prose.sourceOf(i);
        assertThat(offset).as("%s", text).isBetween(from, text.length());
        if (c != '\n' && c != ' ') {
          assertThat(c).as("%s at %d", text, i).isEqualTo(NormalForm.fold(text.charAt(offset)));
        }
        if (i > 0) {
          assertThat(offset).isGreaterThanOrEqualTo(prose.sourceOf(i - 1));
        }
      }
    }
  }

  @Test
  void dropsTheSameSpacesInLabelsAsInProse() {
    for (char space : " \t\u3000\u00A0\f\u000B\u2002\u2003\u2009\u200B\uFEFF".toCharArray()) {
      assertThat(NormalForm.isSpace(space)).isTrue();
      assertThat(NormalForm.normalize("商业" + space + "企业")).isEqualTo("商业企业");
      String prose = "商业" + space + "企业";
      NormalForm form = prose(prose, 0);
      assertThat(form.substring(0, form.length())).isEqualTo("商业企业");
    }
  }
}
