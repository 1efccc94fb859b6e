package io.github.govdisclosure.html.internal;

import io.github.govdisclosure.text.internal.shared.Utf8;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a saved page: a byte order mark decides, then a {@code <meta charset>} or
 * {@code http-equiv} declaration within the first 1024 bytes, then UTF-8 if the bytes are valid
 * UTF-8, else GB18030 (the superset of GBK and GB2312 that Chinese government sites use). Not API.
 */
public final class HtmlCharsets {
  static final Charset GB18030 = Charset.forName("GB18030");

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharsets() {}

  /** How the bytes were decoded. */
  public enum Source {
    /** A byte order mark. */
    BOM,
    /** A {@code <meta>} declaration. */
    META,
    /** Nothing declared; the bytes are valid UTF-8. */
    VALID_UTF8,
    /** Nothing declared (or an unknown charset); the bytes are not valid UTF-8. */
    FALLBACK,
    /** The page declares UTF-8 but its bytes are not UTF-8; decoded as GB18030. */
    MISDECLARED
  }

  /**
   * A decoded page.
   *
   * @param text the text, without a byte order mark
   * @param charset the charset used
   * @param source how it was chosen
   * @param declared the charset label the page declares, or empty
   */
  public record Decoded(String text, Charset charset, Source source, String declared) {}

  /** Decodes a page; malformed sequences become U+FFFD. */
  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(decode(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Source.BOM, "");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(decode(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, Source.BOM, "");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(decode(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, Source.BOM, "");
    }
    String declared = declaredCharset(bytes);
    Charset charset = declared.isEmpty() ? null : forLabel(declared);
    boolean utf8 = Utf8.isValid(bytes);
    if (charset != null) {
      if (charset.equals(StandardCharsets.UTF_8) && !utf8) {
        return new Decoded(decode(bytes, 0, GB18030), GB18030, Source.MISDECLARED, declared);
      }
      return new Decoded(decode(bytes, 0, charset), charset, Source.META, declared);
    }
    if (utf8) {
      return new Decoded(decode(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Source.VALID_UTF8, declared);
    }
    return new Decoded(decode(bytes, 0, GB18030), GB18030, Source.FALLBACK, declared);
  }

  /** The charset label declared by a {@code <meta>} in the first 1024 bytes, or empty. */
  static String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(1024, bytes.length), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : "";
  }

  /**
   * The charset for a label as browsers read labels: GBK and GB2312 are decoded as GB18030, a
   * UTF-16 label in a page that was read as ASCII means UTF-8, Latin-1 means windows-1252; null
   * when Java does not know the label.
   */
  static Charset forLabel(String label) {
    String name = label.toLowerCase(Locale.ROOT);
    switch (name) {
      case "gbk":
      case "gb2312":
      case "gb_2312-80":
      case "x-gbk":
      case "cp936":
      case "chinese":
      case "gb18030":
        return GB18030;
      case "utf-16":
      case "utf-16le":
      case "utf-16be":
      case "utf8":
        return StandardCharsets.UTF_8;
      case "iso-8859-1":
      case "latin1":
      case "us-ascii":
      case "ascii":
        return Charset.forName("windows-1252");
      default:
        try {
          return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
          return null;
        }
    }
  }

  private static String decode(byte[] bytes, int from, Charset charset) {
    return new String(bytes, from, bytes.length - from, charset);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
