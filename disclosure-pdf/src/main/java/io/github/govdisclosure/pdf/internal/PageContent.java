package io.github.govdisclosure.pdf.internal;

import java.util.List;

/**
 * What one page holds for the reader: its glyphs and ruling lines, in page space. Not API.
 *
 * @param number the page number, from 1
 * @param width the page width in points
 * @param height the page height in points
 * @param glyphs the glyphs of the text layer, in content order
 * @param rules the ruling lines
 * @param images how many images the page draws
 */
record PageContent(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules, int images) {}
