package io.github.govdisclosure.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs to text: lines by baseline bands, characters in x order, spaces only where the gap
 * between two narrow characters shows one (Chinese is written without spaces, so a gap between
 * wide characters, 「大量反复 申请」, is no space), and a tab where the gap is as wide as a column
 * gap. Not API.
 */
final class TextJoin {
  private TextJoin() {}

  /** The glyphs of one line: their baseline band. */
  record Band(List<Glyph> glyphs, float baseline, float top) {
    float left() {
      return glyphs.get(0).x();
    }

    float right() {
      return glyphs.get(glyphs.size() - 1).right();
    }

    /** The median width of the line's glyphs, doubled for narrow ones: an em. */
    float em() {
      float[] widths = new float[glyphs.size()];
      for (int i = 0; i < widths.length; i++) {
        Glyph g = glyphs.get(i);
        widths[i] = g.wide() ? g.width() : g.width() * 2;
      }
      java.util.Arrays.sort(widths);
      return Math.max(1f, widths[widths.length / 2]);
    }
  }

  /** Groups glyphs into lines, top to bottom, each in x order. */
  static List<Band> bands(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<Band> bands = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    float base = 0;
    float tolerance = 0;
    for (Glyph g : sorted) {
      if (!current.isEmpty() && g.baseline() - base > tolerance) {
        bands.add(band(current));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        base = g.baseline();
        tolerance = Math.max(2f, g.height() * 0.6f);
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      bands.add(band(current));
    }
    return bands;
  }

  private static Band band(List<Glyph> glyphs) {
    glyphs.sort(Comparator.comparingDouble(Glyph::x));
    float baseline = 0;
    float top = Float.MAX_VALUE;
    for (Glyph g : glyphs) {
      baseline = Math.max(baseline, g.baseline());
      top = Math.min(top, g.baseline() - g.height());
    }
    return new Band(List.copyOf(glyphs), baseline, top);
  }

  /**
   * The text of one band. With {@code tabs}, a gap wider than one and a half characters is a tab
   * (a column gap of a table without ruling lines); else it is a space between narrow characters
   * and nothing between wide ones.
   */
  static String line(Band band, boolean tabs) {
    return line(band, tabs, null);
  }

  /** The text of one band, adding the x where each tab-separated field starts to {@code starts}. */
  static String line(Band band, boolean tabs, List<Float> starts) {
    StringBuilder b = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : band.glyphs()) {
      if (previous == null && starts != null) {
        starts.add(g.x());
      }
      if (previous != null) {
        float gap = g.x() - previous.right();
        float size = Math.max(previous.width(), g.width());
        if (tabs && gap > 1.5f * Math.max(size, band.em() * 0.5f)) {
          b.append('\t');
          if (starts != null) {
            starts.add(g.x());
          }
        } else if (gap > 0.2f * size && !previous.wide() && !g.wide()) {
          b.append(' ');
        }
      }
      b.append(g.text());
      previous = g;
    }
    return b.toString();
  }

  /** The text of glyphs that form one cell: its lines joined, without a space between wide characters. */
  static String cell(List<Glyph> glyphs) {
    StringBuilder b = new StringBuilder();
    for (Band band : bands(glyphs)) {
      String line = line(band, false);
      if (b.length() > 0 && !line.isEmpty()) {
        int last = b.codePointBefore(b.length());
        if (!Glyph.isWide(last) && !Glyph.isWide(line.codePointAt(0))) {
          b.append(' ');
        }
      }
      b.append(line);
    }
    return b.toString();
  }
}
