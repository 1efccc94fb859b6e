package io.github.govdisclosure.pdf.internal;

/**
 * One glyph of a page's text layer, in page space with the origin at the top left (points). Not API.
 *
 * @param text the Unicode text of the glyph (one character, sometimes a ligature)
 * @param x the left edge
 * @param baseline the baseline, from the top of the page
 * @param width the advance width
 * @param height the glyph's height above the baseline (PDFBox's estimate)
 */
record Glyph(String text, float x, float baseline, float width, float height) {

  /** The right edge. */
  float right() {
    return x + width;
  }

  /** The horizontal centre. */
  float centerX() {
    return x + width / 2;
  }

  /** The vertical centre of the glyph's body. */
  float centerY() {
    return baseline - height / 2;
  }

  /** Whether the glyph is a CJK ideograph, kana, or full-width form or punctuation. */
  boolean wide() {
    return isWide(text.codePointAt(0));
  }

  /** Whether a code point is written without spaces around it in Chinese text. */
  static boolean isWide(int cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x2010 && cp <= 0x201F) || cp >= 0x20000;
  }
}
