package io.github.govdisclosure.text.internal;

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
    String utf8 = decodeUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    Charset gb = Charset.forName("GB18030");
    return new Decoded(new String(bytes, gb), "GB18030");
  }

  /** Whether the bytes are well-formed UTF-8. */
  static boolean isUtf8(byte[] bytes) {
    return utf8Chars(bytes) >= 0;
  }

  /**
   * The number of UTF-16 units of well-formed UTF-8 bytes (Unicode table 3-7: no overlong forms,
   * no surrogates, nothing above U+10FFFF: exactly what a reporting UTF-8 decoder accepts), or -1.
   */
  static int utf8Chars(byte[] bytes) {
    int n = bytes.length;
    int i = 0;
    int chars = 0;
    while (i < n) {
      int b = bytes[i];
      chars++;
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      if (b >= 0xC2 && b <= 0xDF) {
        if (i + 1 >= n || !continuation(bytes[i + 1], 0x80, 0xBF)) {
          return -1;
        }
        i += 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        int lo = b == 0xE0 ? 0xA0 : 0x80;
        int hi = b == 0xED ? 0x9F : 0xBF;
        if (i + 2 >= n || !continuation(bytes[i + 1], lo, hi) || !continuation(bytes[i + 2], 0x80, 0xBF)) {
          return -1;
        }
        i += 3;
      } else if (b >= 0xF0 && b <= 0xF4) {
        int lo = b == 0xF0 ? 0x90 : 0x80;
        int hi = b == 0xF4 ? 0x8F : 0xBF;
        if (i + 3 >= n || !continuation(bytes[i + 1], lo, hi) || !continuation(bytes[i + 2], 0x80, 0xBF)
            || !continuation(bytes[i + 3], 0x80, 0xBF)) {
          return -1;
        }
        chars++;
        i += 4;
      } else {
        return -1;
      }
    }
    return chars;
  }

  /**
   * Decodes well-formed UTF-8, or returns null for malformed bytes: validated and counted first,
   * so that decoding fills one array of the exact length (no decoder buffers).
   */
  static String decodeUtf8(byte[] bytes) {
    int chars = utf8Chars(bytes);
    return chars < 0 ? null : decodeUtf8(bytes, chars);
  }

  /** Decodes well-formed UTF-8 of {@code chars} UTF-16 units. */
  private static String decodeUtf8(byte[] bytes, int chars) {
    if (chars == bytes.length) {
      return new String(bytes, StandardCharsets.ISO_8859_1); // ASCII
    }
    char[] out = new char[chars];
    int n = bytes.length;
    int i = 0;
    int k = 0;
    while (i < n) {
      int b = bytes[i];
      if (b >= 0) {
        out[k++] = (char) b;
        i++;
      } else if ((b & 0xE0) == 0xC0) {
        out[k++] = (char) (((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
        i += 2;
      } else if ((b & 0xF0) == 0xE0) {
        out[k++] = (char) (((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
        i += 3;
      } else {
        int cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6)
            | (bytes[i + 3] & 0x3F);
        out[k++] = Character.highSurrogate(cp);
        out[k++] = Character.lowSurrogate(cp);
        i += 4;
      }
    }
    return new String(out);
  }

  private static boolean continuation(byte b, int lo, int hi) {
    int v = b & 0xFF;
    return v >= lo && v <= hi;
  }
}
