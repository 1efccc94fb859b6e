package io.github.govdisclosure.text.internal.format;

/**
 * The number of terminal columns a string takes: 2 for East Asian Wide and Fullwidth characters
 * (CJK ideographs, kana, hangul, CJK punctuation, full-width forms), 0 for combining marks,
 * zero-width characters and controls, 1 for the rest. East Asian Ambiguous characters
 * ({@code “ ”}, {@code ×}) count 1, as terminals outside CJK locales draw them.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /** The width of the text in terminal columns. */
  public static int of(CharSequence text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** The width of one code point: 0, 1 or 2. */
  static int of(int cp) {
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
      return 0;
    }
    if (cp < 0x300) {
      return 1;
    }
    switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.FORMAT:
        return 0;
      default:
        break;
    }
    if (cp == 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f)) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  // East Asian Width W and F ranges (Unicode 15, EastAsianWidth.txt), merged where contiguous.
  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115f)
        || cp == 0x2329 || cp == 0x232a
        || (cp >= 0x231a && cp <= 0x231b)
        || (cp >= 0x23e9 && cp <= 0x23ec)
        || (cp >= 0x25fd && cp <= 0x25fe)
        || (cp >= 0x2614 && cp <= 0x2615)
        || (cp >= 0x2e80 && cp <= 0x303e)
        || (cp >= 0x3041 && cp <= 0x33ff)
        || (cp >= 0x3400 && cp <= 0x4dbf)
        || (cp >= 0x4e00 && cp <= 0x9fff)
        || (cp >= 0xa000 && cp <= 0xa4cf)
        || (cp >= 0xa960 && cp <= 0xa97f)
        || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0xfe10 && cp <= 0xfe19)
        || (cp >= 0xfe30 && cp <= 0xfe6f)
        || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x16fe0 && cp <= 0x18cff)
        || (cp >= 0x1b000 && cp <= 0x1b2ff)
        || (cp >= 0x1f300 && cp <= 0x1f64f)
        || (cp >= 0x1f900 && cp <= 0x1f9ff)
        || (cp >= 0x20000 && cp <= 0x2fffd)
        || (cp >= 0x30000 && cp <= 0x3fffd);
  }
}
