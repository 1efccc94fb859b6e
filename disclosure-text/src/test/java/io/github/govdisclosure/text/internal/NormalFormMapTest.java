package io.github.govdisclosure.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact source map of the labels layout of {@link NormalForm} against the plain one: an offset per kept character. */
class NormalFormMapTest {
  private static final String ALPHABET = "商业 \t\n\r|“”（）１a、。\u3000";

  @Test
  void mapsIndexesAndOffsetsLikeAnOffsetPerCharacter() {
    Random random = new Random(20_240_601L);
    for (int round = 0; round < 400; round++) {
      int size = random.nextInt(round < 200 ? 70 : 400);
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < size; k++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = b.toString();
      int from = size == 0 ? 0 : random.nextInt(size + 1);
      int to = from + (size == from ? 0 : random.nextInt(size - from + 1));
      NormalForm norm = NormalForm.labels(text, from, to);
      int[] source = new int[to - from];
      StringBuilder chars = new StringBuilder();
      int n = 0;
      for (int i = from; i < to; i++) {
        char c = NormalForm.labelChar(text.charAt(i));
        if (c != 0) {
          chars.append(c);
          source[n++] = i;
        }
      }
      assertThat(norm.length()).isEqualTo(n);
      assertThat(norm.substring(0, n)).isEqualTo(chars.toString());
      for (int i = 0; i <= n; i++) {
        int expectedOf = i < n ? source[i] : n == 0 ? 0 : source[n - 1] + 1;
        int expectedEnd = i == 0 ? (n == 0 ? 0 : source[0]) : source[i - 1] + 1;
        assertThat(norm.sourceOf(i)).isEqualTo(expectedOf);
        assertThat(norm.sourceEnd(i)).isEqualTo(expectedEnd);
      }
      if (n > 0) {
        int a = random.nextInt(n);
        String key = chars.substring(a, a + 1 + random.nextInt(Math.min(3, n - a)));
        int f = random.nextInt(n + 1);
        int limit = random.nextInt(n + 2);
        int expected = chars.indexOf(key, f);
        if (expected >= limit) {
          expected = -1;
        }
        assertThat(norm.indexOf(key, f, limit)).isEqualTo(expected);
        assertThat(norm.indexOf(key, f, n)).isEqualTo(chars.indexOf(key, f));
      }
      for (int offset = -1; offset <= text.length() + 70; offset++) {
        int expected = 0;
        while (expected < n && source[expected] < offset) {
          expected++;
        }
        assertThat(norm.indexAtSource(offset)).as("offset %d of %s", offset, text).isEqualTo(expected);
      }
    }
  }
}
