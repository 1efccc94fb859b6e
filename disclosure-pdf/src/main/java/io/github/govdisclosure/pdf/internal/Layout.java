package io.github.govdisclosure.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lays a document's pages out as the lines the text parser reads: tables the page rules become one
 * line per row (cells separated by a tab), other text one line per baseline band (a column gap is
 * a tab), page numbers at the top or foot of a page (「-3-」, 「第 3 页」) are left out, and the lines
 * of one paragraph are joined. Not API.
 */
final class Layout {
  /** A page number printed alone: -3-, — 3 —, 3, 第3页, 第 3 页 共 5 页, 3/5. */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-－—–~·]*(第)?\\d{1,4}(页)?([/／](共)?\\d{1,4}页?|共\\d{1,4}页)?[-－—–~·]*");
  /** A line that opens a heading or an item: 一、 （一） 1. 1、 第… */
  private static final Pattern OPENS_ITEM = Pattern.compile(
      "^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．]|第[一二三四五六七八九十\\d]+)");

  private Layout() {}

  /** The lines of one page, top to bottom, with page numbers left out. */
  static List<Line> page(PageContent page) {
    List<RuledTable> tables = RuledTable.find(page.rules());
    List<Glyph> loose = new ArrayList<>();
    for (Glyph g : page.glyphs()) {
      boolean taken = false;
      for (RuledTable t : tables) {
        if (t.take(g)) {
          taken = true;
          break;
        }
      }
      if (!taken) {
        loose.add(g);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (RuledTable t : tables) {
      lines.addAll(t.rows(page.number()));
    }
    for (TextJoin.Band band : TextJoin.bands(loose)) {
      List<Float> starts = new ArrayList<>();
      String text = TextJoin.line(band, true, starts);
      if (isPageNumber(text, band, page.height())) {
        continue;
      }
      lines.add(new Line(page.number(), band.top(), band.baseline(), band.left(), band.right(), band.em(), text, false,
          List.copyOf(starts)));
    }
    lines.sort(Comparator.comparingDouble(Line::top));
    return UnruledRows.join(lines);
  }

  /** Whether a line is a page number in the top tenth or the bottom sixth of the page. */
  static boolean isPageNumber(String text, TextJoin.Band band, float pageHeight) {
    String compact = text.replaceAll("\\s+", "");
    boolean margin = band.baseline() > pageHeight * 5 / 6 || band.top() < pageHeight / 10;
    return margin && !compact.isEmpty() && PAGE_NUMBER.matcher(compact).matches();
  }

  /**
   * Joins a label a page break cut in two: when a page opens with a table row whose label field
   * (left of the numbers) does not open with a number of its own (「法提供」), and the last row of the
   * previous page has a label field in the same column that does (「（四）无」), the two are one label,
   * written in the earlier row; the later field is left empty.
   */
  static List<Line> pageBreaks(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines);
    for (int i = 1; i < out.size(); i++) {
      Line next = out.get(i);
      Line previous = out.get(i - 1);
      if (next.page() == previous.page() || !next.row() || !previous.row()) {
        continue;
      }
      List<String> before = new ArrayList<>(previous.fields());
      List<String> after = new ArrayList<>(next.fields());
      boolean changed = false;
      for (int f = 0; f < after.size() && f < next.starts().size(); f++) {
        String text = after.get(f);
        if (UnruledRows.isNumber(text)) {
          break;
        }
        if (text.isBlank() || OPENS_ITEM.matcher(text).find()) {
          continue;
        }
        for (int g = 0; g < before.size() && g < previous.starts().size(); g++) {
          if (Math.abs(previous.starts().get(g) - next.starts().get(f)) <= 2f
              && OPENS_ITEM.matcher(before.get(g)).find() && !UnruledRows.isNumber(before.get(g))) {
            before.set(g, before.get(g) + text);
            after.set(f, "");
            changed = true;
            break;
          }
        }
      }
      if (changed) {
        out.set(i - 1, new Line(previous.page(), previous.top(), previous.bottom(), previous.left(), previous.right(),
            previous.em(), String.join("\t", before), true, previous.starts()));
        out.set(i, new Line(next.page(), next.top(), next.bottom(), next.left(), next.right(), next.em(),
            String.join("\t", after), true, next.starts()));
      }
    }
    return out;
  }

  /**
   * Joins the lines of each paragraph of running text: a line that reaches the right edge of the
   * text is continued by the next when that one is not indented and opens no heading or item.
   * Table rows and lines with column gaps are never joined.
   */
  static List<Line> paragraphs(List<Line> lines) {
    Map<Integer, float[]> edges = new HashMap<>();
    for (Line l : lines) {
      if (!l.row() && l.text().indexOf('\t') < 0 && l.text().length() >= 8) {
        float[] e = edges.computeIfAbsent(l.page(), p -> new float[] {Float.MAX_VALUE, 0});
        e[0] = Math.min(e[0], l.left());
        e[1] = Math.max(e[1], l.right());
      }
    }
    List<Line> joined = new ArrayList<>();
    for (Line l : lines) {
      if (!joined.isEmpty()) {
        Line previous = joined.get(joined.size() - 1);
        if (continues(previous, l, edges.get(previous.page()), edges.get(l.page()))) {
          String glue = !Glyph.isWide(previous.text().codePointBefore(previous.text().length()))
              && !Glyph.isWide(l.text().codePointAt(0)) ? " " : "";
          joined.set(joined.size() - 1, new Line(previous.page(), previous.top(), l.bottom(), previous.left(),
              l.right(), previous.em(), previous.text() + glue + l.text(), false, previous.starts()));
          continue;
        }
      }
      joined.add(l);
    }
    return joined;
  }

  private static boolean continues(Line previous, Line next, float[] previousEdges, float[] nextEdges) {
    if (previous.row() || next.row() || previous.text().indexOf('\t') >= 0 || next.text().indexOf('\t') >= 0
        || previousEdges == null || nextEdges == null) {
      return false;
    }
    float em = Math.max(previous.em(), next.em());
    return previous.right() >= previousEdges[1] - 1.5f * em
        && next.left() <= nextEdges[0] + 0.5f * em
        && !OPENS_ITEM.matcher(next.text()).find();
  }
}
