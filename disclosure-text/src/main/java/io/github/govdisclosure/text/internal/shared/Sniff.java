package io.github.govdisclosure.text.internal.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file's first bytes say it is, before any text is read: a PDF, an Office container, other
 * binary content, or HTML markup. Judged by content (magic bytes, markup), never by a file name.
 * Not API.
 */
public final class Sniff {
  private Sniff() {}

  /** What the content is, as far as its first bytes tell. */
  public enum Kind {
    /** {@code %PDF-}. */
    PDF("a PDF document"),
    /** {@code PK\3\4}: a zip container, such as a Word {@code .docx} or a WPS file. */
    ZIP("a zip container (such as a Word .docx file)"),
    /** {@code D0 CF 11 E0}: an OLE2 compound file, such as Word 97 {@code .doc} or WPS. */
    OLE2("an OLE2 compound file (such as a Word 97 .doc or WPS file)"),
    /** Other bytes that no text holds (NUL bytes or control characters outside UTF-16). */
    BINARY("binary content"),
    /** Markup of a web page. */
    HTML("an HTML page"),
    /** Text. */
    TEXT("text");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** What the kind is, for messages: {@code a PDF document}. */
    public String description() {
      return description;
    }
  }

  private static final Pattern HTML_START = Pattern.compile(
      "^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|\\?xml)[\\s>/]", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile(
      "</?(html|head|body|div|p|span|table|tbody|tr|td|th|style|script|meta|link|font|br|o:p)[\\s>/]");

  /** How many bytes {@link #of} looks at. */
  public static final int HEAD = 8192;

  /** The kind of content whose first bytes are {@code head}. */
  public static Kind of(byte[] head) {
    int n = Math.min(head.length, HEAD);
    Kind container = container(head);
    if (container != null) {
      return container;
    }
    boolean utf16 = startsWith(head, n, 0xFE, 0xFF) || startsWith(head, n, 0xFF, 0xFE);
    if (!utf16) {
      int controls = 0;
      boolean tagOpen = false;
      for (int i = 0; i < n; i++) {
        int b = head[i] & 0xFF;
        if (b < 0x20) {
          if (b == 0) {
            return Kind.BINARY;
          }
          if (b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
            controls++;
          }
        } else if (b == '<') {
          tagOpen = true;
        }
      }
      if (n > 0 && controls * 10 > n) {
        return Kind.BINARY;
      }
      if (!tagOpen) {
        return Kind.TEXT; // no tag in any charset but UTF-16's, and most report text has none
      }
    }
    // tags are ASCII: ISO-8859-1 keeps them whatever the charset, but for UTF-16
    String text = !utf16 ? new String(head, 0, n, StandardCharsets.ISO_8859_1)
        : new String(head, 2, n - 2, head[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    return isHtml(text) ? Kind.HTML : Kind.TEXT;
  }

  /**
   * The kind of a container known by its first bytes ({@link Kind#PDF}, {@link Kind#ZIP},
   * {@link Kind#OLE2}), or null: what {@link #of} says of such a head, without looking further (a
   * reader of one of these asks only this).
   */
  public static Kind container(byte[] head) {
    int n = Math.min(head.length, HEAD);
    if (startsWith(head, n, '%', 'P', 'D', 'F', '-')) {
      return Kind.PDF;
    }
    if (startsWith(head, n, 'P', 'K', 3, 4)) {
      return Kind.ZIP;
    }
    if (startsWith(head, n, 0xD0, 0xCF, 0x11, 0xE0)) {
      return Kind.OLE2;
    }
    return null;
  }

  /**
   * Whether text is web page markup: it starts with a document type, {@code <html>}, {@code <head>},
   * {@code <body>}, {@code <meta>} or an XML declaration, or its head holds at least five tags of a
   * page ({@code <div>}, {@code <td>}, {@code <style>}…). Report text quotes no markup.
   */
  public static boolean isHtml(CharSequence text) {
    CharSequence head = text.length() > HEAD ? text.subSequence(0, HEAD) : text;
    if (!hasTagOpen(head)) {
      return false; // both patterns need a '<': most report text has none, and skips the copies
    }
    String lower = head.toString().toLowerCase(Locale.ROOT);
    if (HTML_START.matcher(lower).find()) {
      return true;
    }
    int tags = 0;
    Matcher m = TAG.matcher(lower);
    while (m.find()) {
      if (++tags >= 5) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTagOpen(CharSequence head) {
    for (int i = 0, n = head.length(); i < n; i++) {
      if (head.charAt(i) == '<') {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] head, int n, int... magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
