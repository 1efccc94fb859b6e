package io.github.govdisclosure.text.internal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.SourceSpan;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void countsLinesAtEveryKindOfLineBreak() {
    LineIndex index = new LineIndex("ab\ncd\r\nef\rgh");

    assertThat(index.span(0, 1)).isEqualTo(new SourceSpan(0, 1, 1, 1));
    assertThat(index.span(4, 1)).isEqualTo(new SourceSpan(4, 1, 2, 2));
    assertThat(index.span(7, 2)).isEqualTo(new SourceSpan(7, 2, 3, 1));
    assertThat(index.span(10, 1)).isEqualTo(new SourceSpan(10, 1, 4, 1));
  }

  @Test
  void countsColumnsInCodePoints() {
    String text = "x\n\uD842\uDFB7a\uD842\uDFB7b";
    LineIndex index = new LineIndex(text);

    assertThat(index.span(text.indexOf('a'), 1).column()).isEqualTo(2);
    assertThat(index.span(text.indexOf('b'), 1).column()).isEqualTo(4);
  }

  @Test
  void agreesWithCodePointCountingOnLongLinesWithSurrogates() {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      int pick = random.nextInt(10);
      if (pick == 0) {
        text.append('\n');
      } else if (pick < 3) {
        text.appendCodePoint(0x20BB7);
      } else {
        text.append('字');
      }
    }
    LineIndex index = new LineIndex(text);

    for (int offset = 0; offset < text.length(); offset += 37) {
      if (Character.isLowSurrogate(text.charAt(offset))) {
        continue;
      }
      int lineStart = text.lastIndexOf("\n", offset - 1) + 1;
      int expected = Character.codePointCount(text, lineStart, offset) + 1;
      assertThat(index.span(offset, 0).column()).as("offset %d", offset).isEqualTo(expected);
    }
  }

  @Test
  void clampsOffsetsPastTheEnd() {
    assertThat(new LineIndex("abc").span(10, 5)).isEqualTo(new SourceSpan(3, 0, 1, 4));
    assertThat(new LineIndex("").span(0, 0)).isEqualTo(new SourceSpan(0, 0, 1, 1));
  }
}
