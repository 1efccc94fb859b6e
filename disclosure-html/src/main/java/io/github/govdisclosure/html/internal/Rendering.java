package io.github.govdisclosure.html.internal;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Plain text rendered from HTML, with the source range of every character and the element each
 * line came from. Not API.
 *
 * @param text the text: lines separated by {@code \n}, table cells by {@code \t}
 * @param lines the lines, in order
 */
public record Rendering(MappedText text, List<Line> lines) {

  /**
   * One line of a rendering.
   *
   * @param start the offset of its first character in the rendering
   * @param end the offset just past its last character (before the line break)
   * @param anchor the element its first text came from (the {@code tr} for a table row)
   * @param tableRow whether the line is a table row
   */
  public record Line(int start, int end, Element anchor, boolean tableRow) {}

  /** The text of a line, without its line break. */
  public String lineText(Line line) {
    return text.subSequence(line.start(), line.end()).toString();
  }

  /** The rendered text as a string. */
  @Override
  public String toString() {
    return text.toString();
  }
}
