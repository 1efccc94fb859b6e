package io.github.govdisclosure.text.internal.shared;

import java.nio.charset.StandardCharsets;

/**
 * The one UTF-8 check of the library: well-formed UTF-8 as Unicode table 3-7 defines it (no overlong
 * forms, no surrogates, nothing above U+10FFFF), exactly what a JDK decoder set to report errors
 * accepts. The text parser decodes report bytes with it and the page reader uses it to tell UTF-8
 * from GB18030. Not API.
 */
public final class Utf8 {
  private Utf8() {}

  /** Whether the bytes are well-formed UTF-8. */
  public static boolean isValid(byte[] bytes) {
    return chars(bytes) >= 0;
  }

  /**
   * Decodes well-formed UTF-8, or returns null for malformed bytes: validated and counted first,
   * so that decoding fills one array of the exact length (no decoder buffers).
   */
  public static String decode(byte[] bytes) {
    int chars = chars(bytes);
    return chars < 0 ? null : decode(bytes, chars);
  }

  /** The number of UTF-16 units of well-formed UTF-8 bytes, or -1. */
  private static int chars(byte[] bytes) {
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

  /** Decodes well-formed UTF-8 of {@code chars} UTF-16 units. */
  private static String decode(byte[] bytes, int chars) {
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
