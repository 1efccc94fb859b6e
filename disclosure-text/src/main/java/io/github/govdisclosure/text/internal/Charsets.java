package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.text.internal.shared.Utf8;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes report bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, otherwise GB18030 when
 * the bytes are not valid UTF-8 (GBK and GB2312 are subsets of GB18030). Not API.
 */
public final class Charsets {
  private Charsets() {}

  /** Decoded text and the charset's name. */
  public record Decoded(String text, String charset) {}

  /**
   * The first {@code max} bytes (the bytes themselves when they are fewer), not splitting a UTF-8
   * sequence or a UTF-16 unit.
   */
  public static byte[] head(byte[] bytes, int max) {
    if (bytes.length <= max) {
      return bytes;
    }
    int n = max;
    boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    if (utf16) {
      n -= n % 2;
    } else {
      for (int back = 0; back < 3 && n > 0 && (bytes[n] & 0xC0) == 0x80; back++) {
        n--;
      }
    }
    return Arrays.copyOf(bytes, n);
  }

  /** How many bytes of {@code head} the decoded prefix {@code text} took. */
  public static long encodedLength(String text, String charset, byte[] head) {
    long bom = charset.startsWith("UTF-16") ? 2 : head.length >= 3 && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    return Math.min(head.length, bom + text.getBytes(Charset.forName(charset)).length);
  }

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
    String utf8 = Utf8.decode(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    Charset gb = Charset.forName("GB18030");
    return new Decoded(new String(bytes, gb), "GB18030");
  }
}
