package io.github.govdisclosure.html.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders HTML as the plain text the text parser reads, remembering where each character came
 * from.
 *
 * <ul>
 *   <li>Each block ({@code p}, {@code div}, {@code h1}…, {@code li}…) and each {@code br} ends a
 *       line; inline markup ({@code span}, {@code font}, Word's {@code o:p}) adds nothing.
 *   <li>A data table (one without nested tables) becomes one line per grid row: the text of each
 *       cell that starts in that row, in column order, separated by one {@code \t}. A cell with no
 *       text ({@code &nbsp;}, an empty {@code o:p}) is an empty field. A cell spanning rows or
 *       columns is written once, in its first row; the slots it covers add no field. Rows without
 *       any text are left out.
 *   <li>Inside a cell, blocks and {@code br} are white space, so a wrapped header
 *       ({@code 结果<br>纠正}) reads {@code 结果纠正}.
 *   <li>A layout table (one holding another table) is read as blocks.
 *   <li>Scripts, styles, form controls, {@code nav}, {@code aside}, {@code footer} and hidden
 *       elements ({@code hidden}, {@code display:none}, {@code mso-hide:all}) are skipped.
 * </ul>
 *
 * <p>Not API.
 */
public final class Renderer {
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote",
      "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
      "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
      "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template",
      "iframe", "object", "embed", "svg", "math", "select", "option", "optgroup", "datalist",
      "button", "input", "textarea", "head", "title", "meta", "link", "base", "xml", "canvas",
      "audio", "video", "map", "area", "nav", "aside", "footer");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String html;
  private final List<Issue> issues;
  private final Map<Element, RenderedTable> rendered;

  /** A renderer of a document parsed from {@code html} with position tracking on. */
  public Renderer(String html, List<Issue> issues) {
    this(html, issues, new IdentityHashMap<>());
  }

  private Renderer(String html, List<Issue> issues, Map<Element, RenderedTable> rendered) {
    this.html = html;
    this.issues = issues;
    this.rendered = rendered;
  }

  /**
   * A renderer of the same document that reports to other issues and writes again, without
   * reading them again, the data tables this one rendered (those whose rows all have their own
   * {@code <tr>} tag: a row's text depends on nothing else then).
   */
  public Renderer reporting(List<Issue> otherIssues) {
    return new Renderer(html, otherIssues, rendered);
  }

  /** Renders an element's content as lines. The element itself is never skipped. */
  public Rendering render(Element root) {
    MappedText out = new MappedText();
    TextSink sink = new TextSink(html, out);
    NodeTraversor.filter(new FlowFilter(root, sink), root);
    sink.endLine(sink.lastEnd());
    return new Rendering(out, List.copyOf(sink.lines()));
  }

  /** The normalised text of a table cell (or any element) on one line, without line breaks. */
  public MappedText cellText(Element cell) {
    MappedText out = new MappedText();
    writeCell(cell, out);
    return out;
  }

  /** Appends the normalised text of a table cell to {@code out}, as {@link #cellText} reads it. */
  private void writeCell(Element cell, MappedText out) {
    TextSink sink = new TextSink(html, out);
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode) {
          sink.text((TextNode) node, cell);
          return FilterResult.CONTINUE;
        }
        if (node instanceof Element && node != cell) {
          Element element = (Element) node;
          if (isSkipped(element)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (isBreak(element)) {
            int at = start(element, sink.lastEnd());
            sink.space(at, at);
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element && node != cell && isBreak((Element) node)) {
          sink.space(sink.lastEnd(), sink.lastEnd());
        }
        return FilterResult.CONTINUE;
      }
    }, cell);
  }

  /** Whether a table is a data table: it holds no other table. */
  static boolean isDataTable(Element table) {
    return !holdsTable(table);
  }

  /** Whether an element has a table among its descendants; stops at the first. */
  private static boolean holdsTable(Element element) {
    for (int i = 0; i < element.childNodeSize(); i++) {
      Node child = element.childNode(i);
      if (child instanceof Element
          && (((Element) child).normalName().equals("table") || holdsTable((Element) child))) {
        return true;
      }
    }
    return false;
  }

  /** Whether an element and its content are left out. */
  static boolean isSkipped(Element element) {
    if (SKIPPED.contains(element.normalName()) || element.hasAttr("hidden")) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    // most styles name neither word: they are not lower-cased
    if (!mayHide(style)) {
      return false;
    }
    String lower = style.toLowerCase(Locale.ROOT);
    if (!lower.contains("none") && !lower.contains("mso-hide")) {
      return false;
    }
    String compact = SPACES.matcher(lower).replaceAll("");
    return compact.contains("display:none") || compact.contains("mso-hide:all");
  }

  /**
   * Whether a style may name {@code none} or {@code mso-hide} in any case: true for every style
   * whose lower case does (and for a few more), in one pass and without lower-casing it.
   */
  private static boolean mayHide(String style) {
    for (int i = 0; i < style.length(); i++) {
      int c = style.charAt(i) | 0x20;
      if ((c == 'n' && foldedAt(style, i, "none")) || (c == 'm' && foldedAt(style, i, "mso-hide"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lower-case ASCII word stands at {@code at}, each character folded by {@code | 0x20}. */
  private static boolean foldedAt(String text, int at, String word) {
    if (at + word.length() > text.length()) {
      return false;
    }
    for (int k = 1; k < word.length(); k++) {
      if ((text.charAt(at + k) | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBreak(Element element) {
    return element.normalName().equals("br") || BLOCKS.contains(element.normalName());
  }

  /** The source offset where an element starts, or a fallback when it was implied. */
  static int start(Element element, int fallback) {
    Range range = element.sourceRange();
    return range.isTracked() && !range.isImplicit() ? range.startPos() : fallback;
  }

  /** The source offset where an element's end tag starts, or a fallback. */
  static int end(Element element, int fallback) {
    Range range = element.endSourceRange();
    return range.isTracked() && !range.isImplicit() ? range.startPos() : fallback;
  }

  /** Writes one data table, a line per grid row. */
  private void table(Element table, TextSink sink) {
    RenderedTable done = rendered.get(table);
    if (done != null) {
      issues.addAll(done.issues());
      for (RenderedRow row : done.rows()) {
        sink.line(row.text(), row.anchor(), row.breakAt());
      }
      return;
    }
    List<Issue> found = new ArrayList<>();
    TableGrid grid = TableGrid.of(table, found);
    issues.addAll(found);
    List<RenderedRow> rows = new ArrayList<>();
    boolean ownRows = true;
    List<TableGrid.GridCell> cells = new ArrayList<>(grid.width());
    MappedText line = new MappedText();
    for (int r = 0; r < grid.height(); r++) {
      cells.clear();
      for (int c = 0; c < grid.width(); c++) {
        TableGrid.GridCell cell = grid.at(r, c);
        if (cell == null) {
          cells.add(null);
        } else if (grid.isOrigin(r, c)) {
          cells.add(cell);
        }
      }
      while (!cells.isEmpty() && cells.get(cells.size() - 1) == null) {
        cells.remove(cells.size() - 1);
      }
      ownRows &= start(grid.row(r), -1) >= 0;
      int rowStart = start(grid.row(r), sink.lastEnd());
      line.clear();
      boolean hasText = false;
      int fieldAt = rowStart;
      for (int i = 0; i < cells.size(); i++) {
        TableGrid.GridCell cell = cells.get(i);
        // a separator stands at the cell it ends, so an empty field points at its <td>
        fieldAt = cell == null ? fieldAt : start(cell.element(), fieldAt);
        if (cell != null) {
          int before = line.length();
          writeCell(cell.element(), line);
          hasText |= line.length() > before;
        }
        line.appendAt(i + 1 < cells.size() ? '\t' : '\n', fieldAt);
      }
      if (hasText) {
        line.removeLast();
        sink.line(line, grid.row(r), fieldAt);
        rows.add(new RenderedRow(new MappedText(line.length()).append(line), grid.row(r), fieldAt));
      }
    }
    if (ownRows) {
      rendered.put(table, new RenderedTable(List.copyOf(found), rows));
    }
  }

  /** A data table as written: the issues its grid raised and its rows with text. */
  private record RenderedTable(List<Issue> issues, List<RenderedRow> rows) {}

  /** A table row as written: its text, its {@code tr} and where its line break stands. */
  private record RenderedRow(MappedText text, Element anchor, int breakAt) {}

  /** Walks flow content: blocks end lines, data tables become rows. */
  private final class FlowFilter implements NodeFilter {
    private final Element root;
    private final TextSink sink;

    FlowFilter(Element root, TextSink sink) {
      this.root = root;
      this.sink = sink;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode) {
        Node parent = node.parent();
        sink.text((TextNode) node, parent instanceof Element ? (Element) parent : root);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element)) {
        return FilterResult.CONTINUE;
      }
      Element element = (Element) node;
      if (element != root && isSkipped(element)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = element.normalName();
      if (tag.equals("table") && isDataTable(element)) {
        sink.endLine(start(element, sink.lastEnd()));
        table(element, sink);
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br") || BLOCKS.contains(tag)) {
        sink.endLine(start(element, sink.lastEnd()));
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
        sink.endLine(end((Element) node, sink.lastEnd()));
      }
      return FilterResult.CONTINUE;
    }
  }
}
