package io.github.govdisclosure.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Writes text into a {@link MappedText} the way a reader sees it: runs of white space (including
 * {@code &nbsp;} and the ideographic space) collapse to one space, which is dropped at the start
 * and end of a line or field and next to a CJK character (Word splits {@code 自然}{@code 人} over
 * two runs and wraps header cells; a browser shows no gap there); zero-width characters vanish.
 * Not API.
 */
final class TextSink {
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)");

  private final String html;
  private final MappedText out;
  private final List<Rendering.Line> lines = new ArrayList<>();
  private boolean lineOpen;
  private int lineStart;
  private Element lineAnchor;
  private boolean pendingSpace;
  private int pendingStart;
  private int pendingEnd;
  private int lastEnd;

  TextSink(String html, MappedText out) {
    this.html = html;
    this.out = out;
  }

  /** The lines written so far (a line is recorded once it ends). */
  List<Rendering.Line> lines() {
    return lines;
  }

  /** The source offset just past the last text read, for separators without a position. */
  int lastEnd() {
    return lastEnd;
  }

  /** Writes a text node, each character mapped to its source range (entities included). */
  void text(TextNode node, Element anchor) {
    String whole = node.getWholeText();
    Range range = node.sourceRange();
    int start = range.startPos();
    int end = range.endPos();
    if (!range.isTracked() || start < 0 || end > html.length() || end < start) {
      for (int i = 0; i < whole.length(); i++) {
        character(whole.charAt(i), lastEnd, lastEnd, anchor);
      }
      return;
    }
    if (end - start == whole.length() && html.regionMatches(start, whole, 0, whole.length())) {
      for (int i = 0; i < whole.length(); i++) {
        character(whole.charAt(i), start + i, start + i + 1, anchor);
      }
      return;
    }
    align(html.substring(start, end), start, end, whole, anchor);
  }

  /** Maps decoded text onto its source where they differ by character references. */
  private void align(String source, int start, int end, String whole, Element anchor) {
    Matcher entity = ENTITY.matcher(source);
    int i = 0;
    int j = 0;
    while (j < whole.length()) {
      if (i < source.length() && source.charAt(i) == '&' && entity.find(i) && entity.start() == i) {
        String piece = entity.group();
        String decoded = Parser.unescapeEntities(piece, false);
        if (!decoded.equals(piece) && whole.startsWith(decoded, j)) {
          for (int k = 0; k < decoded.length(); k++) {
            character(decoded.charAt(k), start + i, start + i + piece.length(), anchor);
          }
          i += piece.length();
          j += decoded.length();
          continue;
        }
      }
      if (i < source.length() && source.charAt(i) == whole.charAt(j)) {
        character(whole.charAt(j), start + i, start + i + 1, anchor);
        i++;
        j++;
        continue;
      }
      // the source and the decoded text part ways: the rest maps to the rest of the node
      for (; j < whole.length(); j++) {
        character(whole.charAt(j), start + Math.min(i, source.length()), end, anchor);
      }
    }
  }

  /** Writes one character read from {@code [start, end)} of the source. */
  void character(char c, int start, int end, Element anchor) {
    lastEnd = Math.max(lastEnd, end);
    if (isZeroWidth(c)) {
      return;
    }
    if (isSpace(c)) {
      space(start, end);
      return;
    }
    if (pendingSpace && !isWide(out.last()) && !isWide(c)) {
      out.append(' ', pendingStart, pendingEnd);
    }
    pendingSpace = false;
    if (!lineOpen) {
      lineOpen = true;
      lineStart = out.length();
      lineAnchor = anchor;
    }
    out.append(c, start, end);
  }

  /** White space between words: kept as one space inside a line, dropped at its ends. */
  void space(int start, int end) {
    if (lineOpen && !pendingSpace) {
      pendingSpace = true;
      pendingStart = start;
      pendingEnd = end;
    }
  }

  /** Ends the current line, if it has text, with a line break placed at a source offset. */
  void endLine(int at) {
    pendingSpace = false;
    if (lineOpen) {
      lines.add(new Rendering.Line(lineStart, out.length(), lineAnchor, false));
      out.appendAt('\n', Math.max(0, at));
      lineOpen = false;
    }
  }

  /** Writes a finished line (a table row) as it is, followed by a line break at a source offset. */
  void line(MappedText line, Element anchor, int breakAt) {
    endLine(line.isEmpty() ? breakAt : line.sourceStart(0));
    int start = out.length();
    out.append(line);
    lines.add(new Rendering.Line(start, out.length(), anchor, true));
    out.appendAt('\n', Math.max(0, breakAt));
    if (!line.isEmpty()) {
      lastEnd = Math.max(lastEnd, line.sourceEnd(line.length() - 1));
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isZeroWidth(char c) {
    return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff'
        || c == '\u00ad';
  }

  /** Han characters and CJK or full-width punctuation (including {@code “”…—}). */
  static boolean isWide(char c) {
    if (Character.isSurrogate(c)) {
      return true;
    }
    if ((c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef')
        || c == '\u2014' || c == '\u2026' || (c >= '\u2018' && c <= '\u201d')) {
      return true;
    }
    if (c >= '\u4e00' && c <= '\u9fa5') {
      return true; // the common ideographs, Han in every Unicode version
    }
    return c >= '\u2e80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
