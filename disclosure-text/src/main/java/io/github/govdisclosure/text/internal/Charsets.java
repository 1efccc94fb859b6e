package io.github.govdisclosure.text.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes report bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, otherwise GB18030 when
 * the bytes are not valid UTF-8 (GBK and GB2312 are subsets of GB18030). Not API.
 */
public final class Charsets {
  private Charsets() {}

  /** Decoded text and the charset's name. */
  public record Decoded(String text, String charset) {}

  /** Decodes the bytes. */
  public static Decoded decode(byte[] bytes) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new Decoded(text, "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      Charset gb = Charset.forName("GB18030");
      return new Decoded(new String(bytes, gb), "GB18030");
    }
  }
}
