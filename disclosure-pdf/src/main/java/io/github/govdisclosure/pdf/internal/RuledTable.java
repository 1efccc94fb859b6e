package io.github.govdisclosure.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A table whose ruling lines the page draws: the lines give the grid (rows between horizontal
 * lines, columns between vertical ones), a missing line between two slots merges them into one
 * cell (a {@code rowspan} or {@code colspan}), and each glyph belongs to the cell its centre is in.
 * Not API.
 */
final class RuledTable {
  /** Two coordinates this close (points) are one grid line. */
  private static final float SNAP = 2f;
  /** A line ending this close to another still meets it. */
  private static final float REACH = 3f;
  /** The most ruling lines a page is searched for tables with (hostile files draw millions). */
  static final int MAX_RULES = 4000;

  private final float[] xs;
  private final float[] ys;
  private final int[][] owner;
  private final List<Span> spans;
  private final List<List<Glyph>> glyphs;

  /** A cell: the slots {@code [row0, row1] x [col0, col1]} of the grid. */
  private record Span(int row0, int col0, int row1, int col1) {}

  private RuledTable(float[] xs, float[] ys, int[][] owner, List<Span> spans) {
    this.xs = xs;
    this.ys = ys;
    this.owner = owner;
    this.spans = spans;
    this.glyphs = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      glyphs.add(new ArrayList<>());
    }
  }

  /** The top of the table. */
  float top() {
    return ys[0];
  }

  /** The tables the ruling lines of a page form, top to bottom. */
  static List<RuledTable> find(List<Rule> drawn) {
    List<Rule> rules = merge(drawn.size() > MAX_RULES ? drawn.subList(0, MAX_RULES) : drawn);
    int n = rules.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      Rule a = rules.get(i);
      for (int j = i + 1; j < n; j++) {
        Rule b = rules.get(j);
        if (a.horizontal() != b.horizontal() && meet(a, b)) {
          union(parent, i, j);
        }
      }
    }
    List<RuledTable> tables = new ArrayList<>();
    boolean[] done = new boolean[n];
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (done[root]) {
        continue;
      }
      done[root] = true;
      List<Rule> component = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (find(parent, j) == root) {
          component.add(rules.get(j));
        }
      }
      RuledTable table = of(component);
      if (table != null) {
        tables.add(table);
      }
    }
    tables.sort(Comparator.comparingDouble(RuledTable::top));
    return tables;
  }

  private static boolean meet(Rule a, Rule b) {
    Rule h = a.horizontal() ? a : b;
    Rule v = a.horizontal() ? b : a;
    return h.covers(v.at(), REACH) && v.covers(h.at(), REACH);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  /** Joins pieces of one line: same coordinate, touching or overlapping. */
  static List<Rule> merge(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::horizontal).thenComparingDouble(Rule::at).thenComparingDouble(Rule::from));
    List<Rule> merged = new ArrayList<>();
    for (Rule r : sorted) {
      boolean joined = false;
      for (int i = merged.size() - 1; i >= 0 && i >= merged.size() - 8; i--) {
        Rule m = merged.get(i);
        if (m.horizontal() == r.horizontal() && Math.abs(m.at() - r.at()) <= 1f && r.from() <= m.to() + REACH) {
          merged.set(i, new Rule(m.horizontal(), m.at(), m.from(), Math.max(m.to(), r.to())));
          joined = true;
          break;
        }
      }
      if (!joined) {
        merged.add(r);
      }
    }
    return merged;
  }

  /** The table of one group of meeting lines, or null when they do not form a grid. */
  private static RuledTable of(List<Rule> rules) {
    float[] ys = snap(rules, true);
    float[] xs = snap(rules, false);
    if (ys.length < 2 || xs.length < 2 || xs[xs.length - 1] - xs[0] < 20 || ys[ys.length - 1] - ys[0] < 8) {
      return null;
    }
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    int[] parent = new int[rows * cols];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows; r++) {
      float mid = (ys[r] + ys[r + 1]) / 2;
      for (int c = 0; c + 1 < cols; c++) {
        if (!drawn(rules, false, xs[c + 1], mid)) {
          union(parent, r * cols + c, r * cols + c + 1);
        }
      }
    }
    for (int c = 0; c < cols; c++) {
      float mid = (xs[c] + xs[c + 1]) / 2;
      for (int r = 0; r + 1 < rows; r++) {
        if (!drawn(rules, true, ys[r + 1], mid)) {
          union(parent, r * cols + c, (r + 1) * cols + c);
        }
      }
    }
    int[][] owner = new int[rows][cols];
    List<Span> spans = new ArrayList<>();
    int[] index = new int[parent.length];
    Arrays.fill(index, -1);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int root = find(parent, r * cols + c);
        if (index[root] < 0) {
          index[root] = spans.size();
          spans.add(new Span(r, c, r, c));
        }
        int s = index[root];
        Span span = spans.get(s);
        spans.set(s, new Span(Math.min(span.row0(), r), Math.min(span.col0(), c),
            Math.max(span.row1(), r), Math.max(span.col1(), c)));
        owner[r][c] = s;
      }
    }
    return new RuledTable(xs, ys, owner, spans);
  }

  /** Whether a line of the orientation is drawn at {@code at} across {@code along}. */
  private static boolean drawn(List<Rule> rules, boolean horizontal, float at, float along) {
    for (Rule r : rules) {
      if (r.horizontal() == horizontal && Math.abs(r.at() - at) <= SNAP && r.covers(along, 1f)) {
        return true;
      }
    }
    return false;
  }

  /** The distinct coordinates of the lines of one orientation, close ones snapped together. */
  private static float[] snap(List<Rule> rules, boolean horizontal) {
    List<Float> at = new ArrayList<>();
    for (Rule r : rules) {
      if (r.horizontal() == horizontal) {
        at.add(r.at());
      } else {
        // the ends of the crossing lines: a table whose outer border is not drawn on one side
        at.add(r.from());
        at.add(r.to());
      }
    }
    at.sort(null);
    float[] snapped = new float[at.size()];
    int n = 0;
    for (float v : at) {
      if (n == 0 || v - snapped[n - 1] > SNAP) {
        snapped[n++] = v;
      }
    }
    if (n > 0) {
      // an end reaching past the outermost line by less than a snap is that line
      snapped[0] = Math.min(snapped[0], at.get(0));
    }
    return Arrays.copyOf(snapped, n);
  }

  /** Takes a glyph if its centre is inside the table. */
  boolean take(Glyph glyph) {
    int c = slot(xs, glyph.centerX());
    int r = slot(ys, glyph.centerY());
    if (c < 0 || r < 0) {
      return false;
    }
    glyphs.get(owner[r][c]).add(glyph);
    return true;
  }

  private static int slot(float[] bounds, float v) {
    if (v < bounds[0] || v > bounds[bounds.length - 1]) {
      return -1;
    }
    int i = Arrays.binarySearch(bounds, v);
    int slot = i >= 0 ? i : -i - 2;
    return Math.max(0, Math.min(bounds.length - 2, slot));
  }

  /**
   * The rows of the table as lines: in each grid row, the text of every cell that starts in it, in
   * column order, separated by a tab; an empty cell is an empty field, a slot that a cell from an
   * earlier row or column covers adds no field, and rows without text are left out (as the HTML
   * reader renders a table).
   */
  List<Line> rows(int page) {
    List<Line> lines = new ArrayList<>();
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    for (int r = 0; r < rows; r++) {
      StringBuilder text = new StringBuilder();
      boolean any = false;
      float top = Float.MAX_VALUE;
      float bottom = 0;
      float left = Float.MAX_VALUE;
      float right = 0;
      float em = 0;
      int fields = 0;
      List<Float> starts = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        Span span = spans.get(owner[r][c]);
        if (span.row0() != r || span.col0() != c) {
          continue;
        }
        List<Glyph> cell = glyphs.get(owner[r][c]);
        if (fields++ > 0) {
          text.append('\t');
        }
        starts.add(xs[c]);
        if (!cell.isEmpty()) {
          text.append(TextJoin.cell(cell));
          any = true;
          for (Glyph g : cell) {
            top = Math.min(top, g.baseline() - g.height());
            bottom = Math.max(bottom, g.baseline());
            left = Math.min(left, g.x());
            right = Math.max(right, g.right());
            em = Math.max(em, g.wide() ? g.width() : 2 * g.width());
          }
        }
      }
      if (any) {
        lines.add(new Line(page, ys[r], bottom, left, right, em, text.toString(), true, List.copyOf(starts)));
      }
    }
    return lines;
  }
}
