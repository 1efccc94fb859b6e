package io.github.govdisclosure.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormTest {

  @Test
  void foldsWidthsQuotesAndSpacesInLabels() {
    assertThat(Norm.normalize("商业 企业")).isEqualTo("商业企业");
    assertThat(Norm.normalize("本年度办 理结果")).isEqualTo("本年度办理结果");
    assertThat(Norm.normalize("（一）予以公开")).isEqualTo("(一)予以公开");
    assertThat(Norm.normalize("3.危及“三安全一稳定”")).isEqualTo("3.危及三安全一稳定");
    assertThat(Norm.normalize("本年收费金额（单位：万元）")).isEqualTo("本年收费金额(单位:万元)");
    assertThat(Norm.normalize("３５｜")).isEqualTo("35");
  }

  @Test
  void mapsEveryNormalisedCharacterBackToTheSource() {
    String text = "商业 企业 |\n（一）";
    Norm norm = Norm.of(text, 0, text.length());
    assertThat(norm.substring(0, norm.length())).isEqualTo("商业企业(一)");
    assertThat(norm.sourceOf(2)).isEqualTo(3);
    assertThat(norm.sourceOf(4)).isEqualTo(text.indexOf('（'));
    assertThat(norm.indexOf("企业(一", 0)).isEqualTo(2);
  }
}
