package io.github.govdisclosure.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows of a table printed without ruling lines: a row is a line whose last fields are numbers, and
 * a row label wrapped over two or three lines (the numbers on the first, the middle or the last of
 * them) is joined into that row's label field. A fragment joins the nearest row whose label starts
 * at the same x, or, for a row whose label has no line of its own, the nearest row when the fragment
 * stands in the column of row labels. A label that opens with its number (「（二）」, 「1.」) is never
 * preceded by a fragment, and such a fragment is never appended to the row above it: it starts a
 * label. Group labels
 * (further left) stay lines of their own, which the text parser reads as group headers. Not API.
 */
final class UnruledRows {
  private static final Pattern NUMBER = Pattern.compile("[+\\-－−]?[0-9０-９][0-9０-９,，.．]*");
  private static final Pattern OPENS_ITEM = Pattern.compile(
      "^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．])");
  /** How far (in ems of the row) a fragment may be from the row it joins. */
  private static final float REACH = 2.6f;

  private UnruledRows() {}

  /** A row under construction: its line, the index of its label field (or -1), and what joins it. */
  private static final class Row {
    final Line line;
    final List<String> fields;
    final int label;
    final int firstNumber;
    final StringBuilder above = new StringBuilder();
    final StringBuilder below = new StringBuilder();

    Row(Line line) {
      this.line = line;
      this.fields = new ArrayList<>(line.fields());
      int first = -1;
      for (int i = 0; i < fields.size(); i++) {
        if (NUMBER.matcher(fields.get(i).strip()).matches()) {
          first = i;
          break;
        }
      }
      this.firstNumber = first;
      this.label = first > 0 && !fields.get(first - 1).isBlank() ? first - 1 : -1;
    }

    float labelX() {
      return label < 0 ? Float.NaN : line.starts().get(label);
    }

    float numbersX() {
      return line.starts().get(firstNumber);
    }

    boolean labelOpensItem() {
      return label >= 0 && OPENS_ITEM.matcher(fields.get(label)).find();
    }

    Line build() {
      if (above.length() == 0 && below.length() == 0) {
        return line;
      }
      List<String> out = new ArrayList<>(fields);
      List<Float> starts = new ArrayList<>(line.starts());
      if (label >= 0) {
        out.set(label, above + fields.get(label) + below);
      } else {
        out.add(firstNumber, above.toString() + below);
        starts.add(firstNumber, line.starts().get(firstNumber) - 1);
      }
      return new Line(line.page(), line.top(), line.bottom(), line.left(), line.right(), line.em(),
          String.join("\t", out), false, List.copyOf(starts));
    }
  }

  /** The lines of a page with the wrapped labels of unruled tables joined to their rows. */
  static List<Line> join(List<Line> lines) {
    int n = lines.size();
    Row[] rows = new Row[n];
    float labelColumn = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      if (isRow(l)) {
        rows[i] = new Row(l);
        if (rows[i].label >= 0) {
          labelColumn = Math.max(labelColumn, rows[i].labelX());
        }
      }
    }
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      if (rows[i] != null || l.row() || l.starts().size() != l.fields().size()) {
        continue;
      }
      Row a = nearest(rows, i, -1);
      Row b = nearest(rows, i, 1);
      List<String> fields = l.fields();
      List<String> kept = new ArrayList<>();
      List<Float> keptStarts = new ArrayList<>();
      for (int f = 0; f < fields.size(); f++) {
        String text = fields.get(f);
        float x = l.starts().get(f);
        Row target = target(l, x, text, a, b, labelColumn);
        if (target == null || text.isBlank()) {
          kept.add(text);
          keptStarts.add(x);
        } else if (target.line.top() > l.top()) {
          target.above.append(text);
        } else {
          target.below.append(text);
        }
      }
      if (kept.size() < fields.size()) {
        lines.set(i, kept.stream().allMatch(String::isBlank) ? null : new Line(l.page(), l.top(), l.bottom(),
            keptStarts.isEmpty() ? l.left() : keptStarts.get(0), l.right(), l.em(), String.join("\t", kept), false,
            List.copyOf(keptStarts)));
      }
    }
    for (int i = 0; i < n; i++) {
      if (rows[i] != null) {
        out.add(rows[i].build());
      } else if (lines.get(i) != null) {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  /** The row a fragment at {@code x} joins, or null. */
  private static Row target(Line fragment, float x, String text, Row a, Row b, float labelColumn) {
    Row best = null;
    float bestDistance = Float.MAX_VALUE;
    boolean opens = OPENS_ITEM.matcher(text).find();
    for (Row r : new Row[] {a, b}) {
      if (r == null) {
        continue;
      }
      float em = Math.max(r.line.em(), fragment.em());
      float distance = Math.abs(r.line.bottom() - fragment.bottom());
      boolean above = fragment.top() < r.line.top();
      if (distance > REACH * em || x >= r.numbersX() - em * 0.5f) {
        continue;
      }
      boolean joins;
      if (r.label >= 0) {
        // a label opening with its number starts there: nothing precedes it, and a numbered
        // fragment after a row is a label of its own
        joins = Math.abs(r.labelX() - x) <= 0.8f * em && (above ? !r.labelOpensItem() : !opens);
      } else {
        joins = x >= labelColumn - em && (above || !opens);
      }
      if (joins && distance < bestDistance) {
        best = r;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The nearest row line from {@code i} in a direction, or null. */
  private static Row nearest(Row[] rows, int i, int step) {
    for (int j = i + step; j >= 0 && j < rows.length; j += step) {
      if (rows[j] != null) {
        return rows[j];
      }
    }
    return null;
  }

  /** Whether a field is a number. */
  static boolean isNumber(String field) {
    return NUMBER.matcher(field.strip()).matches();
  }

  /** Whether a line of running text is a table row: it ends in numbers, and has a field before them or two of them. */
  static boolean isRow(Line line) {
    if (line.row() || line.starts().size() != line.fields().size()) {
      return false;
    }
    List<String> fields = line.fields();
    int numbers = 0;
    for (String f : fields) {
      if (NUMBER.matcher(f.strip()).matches()) {
        numbers++;
      }
    }
    return numbers > 0 && NUMBER.matcher(fields.get(fields.size() - 1).strip()).matches()
        && (numbers >= 2 || fields.size() >= 2);
  }
}
