package io.github.govdisclosure.pdf.internal;

import java.util.List;

/**
 * One line of the text the reader hands to the text parser: a line of running text, or a table
 * row whose cells are separated by a tab. Not API.
 *
 * @param page the page it is on, from 1
 * @param top where its glyphs start, from the top of the page
 * @param bottom where its glyphs end (the lowest baseline)
 * @param left the left edge of its first glyph
 * @param right the right edge of its last glyph
 * @param em the typical width of a wide character on the line
 * @param text the text, cells separated by {@code \t}
 * @param row whether the line is a row of a table ruled on the page
 * @param starts where each tab-separated field starts (x), for lines that are no ruled row
 */
record Line(int page, float top, float bottom, float left, float right, float em, String text, boolean row,
    List<Float> starts) {

  /** The tab-separated fields. */
  List<String> fields() {
    return List.of(text.split("\t", -1));
  }
}
