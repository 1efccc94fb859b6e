package io.github.govdisclosure.text.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void countsAsciiOneColumnEach() {
    assertThat(DisplayWidth.of("4221.6528")).isEqualTo(9);
    assertThat(DisplayWidth.of("")).isZero();
  }

  @Test
  void countsCjkIdeographsTwoColumns() {
    assertThat(DisplayWidth.of("规章")).isEqualTo(4);
    assertThat(DisplayWidth.of("12.5万元")).isEqualTo(8);
  }

  @Test
  void countsFullWidthFormsAndCjkPunctuationTwoColumns() {
    assertThat(DisplayWidth.of("３５")).isEqualTo(4);
    assertThat(DisplayWidth.of("（一）")).isEqualTo(6);
    assertThat(DisplayWidth.of("：，")).isEqualTo(4);
    assertThat(DisplayWidth.of("、。")).isEqualTo(4);
    assertThat(DisplayWidth.of("\u3000")).isEqualTo(2);
  }

  @Test
  void countsAmbiguousQuotesOneColumn() {
    assertThat(DisplayWidth.of("3.危及“三安全一稳定”")).isEqualTo(2 + 2 * 8 + 2);
  }

  @Test
  void countsCombiningMarksAndZeroWidthCharactersZero() {
    assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
    assertThat(DisplayWidth.of("a\u200bb")).isEqualTo(2);
    assertThat(DisplayWidth.of("无\ufe0f")).isEqualTo(2);
  }

  @Test
  void countsSupplementaryIdeographsTwoColumnsAsOneCodePoint() {
    assertThat(DisplayWidth.of("\ud840\udc00")).isEqualTo(2);
  }

  @Test
  void countsHangulAndKanaTwoColumns() {
    assertThat(DisplayWidth.of("한カ")).isEqualTo(4);
  }
}
