package io.github.govdisclosure.text.internal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one UTF-8 check and decoding against the JDK's reporting decoder. */
class Utf8Test {

  @Test
  void acceptsAndDecodesExactlyWhatAReportingDecoderDoes() {
    Random random = new Random(20_240_602L);
    byte[][] pieces = {
      "平潭".getBytes(StandardCharsets.UTF_8), "a1 ".getBytes(StandardCharsets.UTF_8),
      "é".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
      "\uFFFD".getBytes(StandardCharsets.UTF_8), {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF},
      {(byte) 0x80}, {(byte) 0xE5}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xFF}, {(byte) 0xC2}
    };
    for (int round = 0; round < 3000; round++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int parts = random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        if (random.nextInt(4) == 0) {
          out.write(random.nextInt(256));
        } else {
          out.writeBytes(pieces[random.nextInt(round % 2 == 0 ? 5 : pieces.length)]);
        }
      }
      byte[] bytes = out.toByteArray();
      String expected = strict(bytes);
      assertThat(Utf8.decode(bytes)).as("%s", java.util.Arrays.toString(bytes)).isEqualTo(expected);
      assertThat(Utf8.isValid(bytes)).isEqualTo(expected != null);
    }
  }

  private static String strict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
