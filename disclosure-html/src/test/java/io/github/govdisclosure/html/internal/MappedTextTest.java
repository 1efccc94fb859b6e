package io.github.govdisclosure.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MappedTextTest {

  private static MappedText mapped(String text, int firstSource) {
    MappedText out = new MappedText(1);
    for (int i = 0; i < text.length(); i++) {
      out.append(text.charAt(i), firstSource + 2 * i, firstSource + 2 * i + 2);
    }
    return out;
  }

  @Test
  void appendingAnotherTextKeepsEachCharactersSourceRange() {
    MappedText text = mapped("ab", 0);
    text.append(mapped("一二三四五", 100));

    assertThat(text.toString()).isEqualTo("ab一二三四五");
    assertThat(text.sourceStart(2)).isEqualTo(100);
    assertThat(text.sourceEnd(6)).isEqualTo(110);
    assertThat(text.sourceRange(1, 3)).containsExactly(2, 104);
  }

  @Test
  void appendingPartOfAnotherTextTakesOnlyThatPart() {
    MappedText text = new MappedText().append(mapped("规章制度", 10), 1, 3);

    assertThat(text.toString()).isEqualTo("章制");
    assertThat(text.sourceRange(0, 2)).containsExactly(12, 16);
  }

  @Test
  void clearingEmptiesTheTextForItsNextUse() {
    MappedText text = mapped("规章", 0);
    text.clear();
    text.appendAt('\t', 40);

    assertThat(text.toString()).isEqualTo("\t");
    assertThat(text.sourceRange(0, 1)).containsExactly(40, 40);
  }
}
