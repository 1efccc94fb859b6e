package io.github.govdisclosure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws test PDFs on A4 pages with the CJK font embedded as a subset, in coordinates from the top
 * left of the page (points), as the reader measures them.
 */
final class PdfCanvas implements AutoCloseable {
  static final float WIDTH = PDRectangle.A4.getWidth();
  static final float HEIGHT = PDRectangle.A4.getHeight();

  private final PDDocument document = new PDDocument();
  private final PDFont font;
  private PDPageContentStream content;
  private int pages;

  PdfCanvas() {
    CjkFont.assume();
    try {
      font = PDType0Font.load(document, Collection.FIRST, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    newPage();
  }

  /** The collection, parsed once for all tests (it is large) and never closed. */
  private static final class Collection {
    static final TrueTypeFont FIRST = first();

    private static TrueTypeFont first() {
      try {
        TrueTypeCollection collection = new TrueTypeCollection(CjkFont.PATH.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
          if (first[0] == null) {
            first[0] = f;
          }
        });
        return first[0];
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  PDFont font() {
    return font;
  }

  PDDocument document() {
    return document;
  }

  int pages() {
    return pages;
  }

  /** Starts a new page. */
  PdfCanvas newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      pages++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes text with its left edge at {@code x} and its baseline at {@code baseline} from the top. */
  PdfCanvas text(float x, float baseline, float size, String text) {
    try {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, HEIGHT - baseline);
      content.showText(text);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The width of text at a size. */
  float width(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Strokes a line between two points given from the top left. */
  PdfCanvas line(float x0, float y0, float x1, float y1) {
    try {
      content.setLineWidth(0.5f);
      content.moveTo(x0, HEIGHT - y0);
      content.lineTo(x1, HEIGHT - y1);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The document's bytes. */
  byte[] bytes() {
    try {
      content.close();
      content = null;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
