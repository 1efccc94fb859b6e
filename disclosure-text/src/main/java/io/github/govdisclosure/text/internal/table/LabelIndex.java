package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.text.internal.NormalForm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The row labels of a table indexed by first character, so that one pass over a region's normal
 * form finds every label. Immutable once built: parses on many threads share it.
 */
final class LabelIndex {

  /**
   * A label of a row, normalised.
   *
   * @param key the words ({@code 本年新收})
   * @param numerals the numerals that may precede them ({@code 一、}), tried in order
   * @param numeralRequired whether the words name the row only after a numeral
   */
  record Label(String key, List<String> numerals, boolean numeralRequired) {}

  /** A label found: the row it names and its source range, the numeral included. */
  record Hit(int row, int start, int end) {}

  /** Start, then longest first, then row and label order. */
  private static final Comparator<int[]> HIT_ORDER = (a, b) -> {
    for (int k = 0; k < 4; k++) {
      int x = k == 1 ? b[k] : a[k];
      int y = k == 1 ? a[k] : b[k];
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  };

  /** First character of every label key, ascending; the arrays below are in the same order. */
  private final char[] first;
  private final int[] row;
  private final int[] labelIndex;
  private final Label[] label;
  /** Bit {@code c & 1023} is set for every first character {@code c}: most characters are no label's first. */
  private final long[] firstBits = new long[16];

  /** Indexes the labels of each row ({@code labels.get(row)}). */
  LabelIndex(List<List<Label>> labels) {
    List<int[]> entries = new ArrayList<>();
    for (int r = 0; r < labels.size(); r++) {
      List<Label> ofRow = labels.get(r);
      for (int l = 0; l < ofRow.size(); l++) {
        if (!ofRow.get(l).key().isEmpty()) {
          entries.add(new int[] {ofRow.get(l).key().charAt(0), r, l});
        }
      }
    }
    entries.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]).thenComparingInt(e -> e[2]));
    int n = entries.size();
    first = new char[n];
    row = new int[n];
    labelIndex = new int[n];
    label = new Label[n];
    for (int k = 0; k < n; k++) {
      int[] e = entries.get(k);
      first[k] = (char) e[0];
      row[k] = e[1];
      labelIndex[k] = e[2];
      label[k] = labels.get(e[1]).get(e[2]);
      firstBits[(first[k] >>> 6) & 15] |= 1L << first[k];
    }
  }

  /** The first entry whose key starts with {@code c}, or -1. */
  private int entry(char c) {
    if ((firstBits[(c >>> 6) & 15] & (1L << c)) == 0) {
      return -1;
    }
    int lo = 0;
    int hi = first.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (first[mid] < c) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < first.length && first[lo] == c ? lo : -1;
  }

  /**
   * The label hits in the source region {@code [from, to)}, in one pass over the document's normal
   * form: at each position the labels starting with its character are tried. A label with a
   * numeral starts at the numeral; of hits that overlap, the earliest wins, then the longest, then
   * the earlier row and label.
   */
  List<Hit> hits(NormalForm norm, int from, int to) {
    int lo = norm.indexAtSource(from);
    int hi = norm.indexAtSource(to);
    List<int[]> found = new ArrayList<>();
    for (int at = lo; at < hi; at++) {
      char c = norm.charAt(at);
      for (int e = entry(c); e >= 0 && e < first.length && first[e] == c; e++) {
        Label l = label[e];
        int end = at + l.key().length();
        if (end > hi || !norm.startsWith(l.key(), at)) {
          continue;
        }
        int start = -1;
        for (String numeral : l.numerals()) {
          if (at - numeral.length() >= lo && norm.startsWith(numeral, at - numeral.length())) {
            start = at - numeral.length();
            break;
          }
        }
        if (start < 0 && !l.numeralRequired()) {
          start = at;
        }
        if (start >= 0) {
          found.add(new int[] {start, end, row[e], labelIndex[e]});
        }
      }
    }
    found.sort(HIT_ORDER);
    List<Hit> hits = new ArrayList<>();
    int lastEnd = -1;
    for (int[] f : found) {
      if (f[0] >= lastEnd) {
        hits.add(new Hit(f[2], norm.sourceOf(f[0]), norm.sourceEnd(f[1])));
        lastEnd = f[1];
      }
    }
    return hits;
  }
}
