package io.github.govdisclosure.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the glyphs of each page with their positions, in content order: the stripper's own
 * reading order and line building are not used (in real reports they emit a table's numbers
 * column by column). A glyph whose font has no Unicode mapping is counted per font, not guessed.
 * Not API.
 */
final class GlyphCollector extends PDFTextStripper {
  private final Map<Integer, List<Glyph>> pages = new LinkedHashMap<>();
  private final Map<String, Integer> unmapped = new LinkedHashMap<>();
  private final Map<String, Integer> firstUnmappedPage = new LinkedHashMap<>();
  private List<Glyph> current = new ArrayList<>();
  private Set<Long> seen = new HashSet<>();

  GlyphCollector() {
    super();
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(false);
  }

  /** The glyphs of each page read, by page number from 1. */
  Map<Integer, List<Glyph>> pages() {
    return pages;
  }

  /** Glyphs dropped because their font maps them to no text, by font name. */
  Map<String, Integer> unmapped() {
    return unmapped;
  }

  /** The first page on which each font of {@link #unmapped()} dropped a glyph. */
  Map<String, Integer> firstUnmappedPage() {
    return firstUnmappedPage;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    current = new ArrayList<>();
    seen = new HashSet<>();
    pages.put(getCurrentPageNo(), current);
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
    if (font.toUnicode(code) == null) {
      String name = font.getName() == null ? "(unnamed font)" : font.getName();
      unmapped.merge(name, 1, Integer::sum);
      firstUnmappedPage.putIfAbsent(name, getCurrentPageNo());
      return;
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void processTextPosition(TextPosition position) {
    String text = position.getUnicode();
    if (text == null || text.isBlank()) {
      return;
    }
    float x = position.getXDirAdj();
    float y = position.getYDirAdj();
    // the same glyph drawn twice at one place (simulated bold) is one glyph
    long key = ((long) text.hashCode() << 32) ^ ((long) Math.round(x * 2) << 16) ^ Math.round(y * 2);
    if (!seen.add(key)) {
      return;
    }
    float height = Math.max(position.getHeightDir(), 1f);
    // character spacing adds to a glyph's advance (a label spaced out down a narrow cell has
    // advances of four characters): the glyph itself is at most about as wide as it is high
    float cap = Math.max(height * 2.4f, position.getFontSizeInPt() * 1.05f);
    float width = Math.max(Math.min(position.getWidthDirAdj(), cap), 0.5f);
    current.add(new Glyph(text.strip(), x, y, width, height));
  }

  /** The crop box the text positions are measured in. */
  static PDRectangle box(PDPage page) {
    PDRectangle crop = page.getCropBox();
    return crop == null ? page.getMediaBox() : crop;
  }
}
