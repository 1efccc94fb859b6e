package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.text.internal.shared.LineIndex;
import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.internal.DigitSplitter.Chunk;
import io.github.govdisclosure.text.internal.DigitSplitter.Sum;
import io.github.govdisclosure.text.internal.Tokenizer.Kind;
import io.github.govdisclosure.text.internal.Tokenizer.Token;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rows of one table region, driven by the known row labels and the known cell counts:
 * label hits cut the region into stretches; each stretch's tokens fill its row left to right; cells
 * beyond a row's count fill the next rows of the layout (reported); digit runs are split by the
 * format's sums. Works the same on pipe-flattened, one-cell-per-line, tab-separated, Markdown and
 * crawler text. Not API.
 */
final class TableReader {

  /** A label key (normalised) and the numerals that may precede it. */
  record LabelKey(String key, List<String> numerals, boolean numeralRequired) {}

  /** A row of the layout: its key, its cell count, its sums and its labels. */
  record RowSpec(Enum<?> row, int cells, List<Sum> sums, List<LabelKey> labels) {}

  /**
   * The rows of a table with their labels indexed by first character, so that one pass over the
   * region finds every label. Immutable once built: parses on many threads share it.
   */
  static final class Layout {
    final List<RowSpec> specs;
    /** First character of every label key, ascending; the arrays below are in the same order. */
    private final char[] first;
    private final int[] spec;
    private final int[] labelIndex;
    private final LabelKey[] label;
    /** Bit {@code c & 1023} is set for every first character {@code c}: most characters are no label's first. */
    private final long[] firstBits = new long[16];

    Layout(List<RowSpec> specs) {
      this.specs = List.copyOf(specs);
      List<int[]> entries = new ArrayList<>();
      for (int s = 0; s < specs.size(); s++) {
        List<LabelKey> labels = specs.get(s).labels();
        for (int l = 0; l < labels.size(); l++) {
          if (!labels.get(l).key().isEmpty()) {
            entries.add(new int[] {labels.get(l).key().charAt(0), s, l});
          }
        }
      }
      entries.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]).thenComparingInt(e -> e[2]));
      int n = entries.size();
      first = new char[n];
      spec = new int[n];
      labelIndex = new int[n];
      label = new LabelKey[n];
      for (int k = 0; k < n; k++) {
        int[] e = entries.get(k);
        first[k] = (char) e[0];
        spec[k] = e[1];
        labelIndex[k] = e[2];
        label[k] = specs.get(e[1]).labels().get(e[2]);
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
  }

  /** What was read for one row: candidate cell lists, preferred first. */
  static final class RowRead {
    final List<List<Cell>> candidates = new ArrayList<>();
    boolean split;
    String run = "";
    int offset;
    int length;
    int end;
  }

  private record Hit(int spec, int start, int end) {}

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

  private final String text;
  private final Norm norm;
  private final LineIndex spans;
  private final Sink sink;
  private final Layout layout;
  private final List<RowSpec> specs;
  private final String tableName;
  private Set<String> knownLabels;
  /** The digit splitter's memory, shared by the rows (and tables) split one after another. */
  private final DigitSplitter.Memo memo;
  private int extraCells;
  final Map<Integer, RowRead> reads = new LinkedHashMap<>();
  final List<ExtraRow> extraRows = new ArrayList<>();
  final List<RowRead> splitRows = new ArrayList<>();

  TableReader(String text, Norm norm, LineIndex spans, Sink sink, Layout layout, String tableName,
      DigitSplitter.Memo memo) {
    this.memo = memo;
    this.text = text;
    this.norm = norm;
    this.spans = spans;
    this.sink = sink;
    this.layout = layout;
    this.specs = layout.specs;
    this.tableName = tableName;
  }

  /**
   * Keeps rows outside the layout: cells that no row of the layout can take and that follow a
   * numbered label ({@code （八）…}, {@code 9.…}) that is no label or fragment of a label of the
   * table ({@code knownLabels}, normalised) become extra rows of at most {@code cells} cells.
   */
  void keepExtraRows(Set<String> knownLabels, int cells) {
    this.knownLabels = knownLabels;
    this.extraCells = cells;
  }

  /** Reads a labelled region {@code [from, to)}. */
  void readLabelled(int from, int to) {
    List<Hit> hits = findHits(from, to);
    int headerEnd = hits.isEmpty() ? to : hits.get(0).start;
    unplaceAll(Tokenizer.tokenize(text, from, headerEnd, sink), "before the first row label");
    List<List<Token>> stretches = new ArrayList<>();
    List<List<Token>> raws = new ArrayList<>();
    for (int h = 0; h < hits.size(); h++) {
      int end = h + 1 < hits.size() ? hits.get(h + 1).start : to;
      List<Token> raw = Tokenizer.tokenize(text, hits.get(h).end, end, sink);
      raws.add(raw);
      stretches.add(cellTokens(raw));
    }
    // whether each hit's stretch is readable, and how many readable hits of each row are still ahead
    boolean[] readable = new boolean[hits.size()];
    int[] readableAhead = new int[specs.size()];
    for (int h = 0; h < hits.size(); h++) {
      readable[h] = readable(hits.get(h).spec, stretches.get(h));
      if (readable[h]) {
        readableAhead[hits.get(h).spec]++;
      }
    }
    int cursor = -1;
    for (int h = 0; h < hits.size(); h++) {
      List<Token> tokens = stretches.get(h);
      if (!readable[h]) {
        continue;
      }
      // from here on, readableAhead counts the readable hits after h: the rows labelled later
      readableAhead[hits.get(h).spec]--;
      Hit hit = hits.get(h);
      if (reads.containsKey(hit.spec)) {
        sink.add(Codes.ROW_DUPLICATE, Severity.WARNING, hit.start, hit.end - hit.start,
            "row " + FormatKey.of(specs.get(hit.spec).row()) + " appears again; its cells are not read");
        unplaceAll(tokens, "in a repeated row");
        continue;
      }
      // a numbered label outside the layout ends the row: what follows it is not the row's
      int cut = extraLabelAt(raws.get(h), tokens);
      List<Token> rest = assign(hit.spec, tokens.subList(0, cut));
      if (cut < tokens.size()) {
        rest = new ArrayList<>(rest);
        rest.addAll(tokens.subList(cut, tokens.size()));
      }
      cursor = hit.spec;
      while (hasValue(rest)) {
        int next = cursor + 1;
        while (next < specs.size() && (reads.containsKey(next) || readableAhead[next] > 0)) {
          next++;
        }
        if (next >= specs.size()) {
          unplaceAll(extraRows(raws.get(h), rest), "after the last row");
          break;
        }
        Token first = firstValue(rest);
        sink.add(Codes.ROW_UNLABELED, Severity.WARNING, first.start(), first.end() - first.start(),
            "cells without a row label read as row " + FormatKey.of(specs.get(next).row()) + " (the next row of the layout)");
        rest = assign(next, rest);
        cursor = next;
      }
    }
  }

  /**
   * Reads one unlabelled row (table 4) from the region's cell tokens; returns where the row ended,
   * so that the text after it is not taken for the table.
   */
  int readUnlabelled(int from, int to, int spec) {
    int n = specs.get(spec).cells();
    int stop = Tokenizer.valueEnd(text, from, to, n);
    // only the table's own text is tokenised for real, so that notes stop where the table does
    List<Token> raw = Tokenizer.tokenize(text, from, stop, sink);
    // empty fields among the header words are the header's, not the row's
    int header = -1;
    for (int i = 0; i < raw.size() && raw.get(i).kind() != Kind.VALUE; i++) {
      if (raw.get(i).kind() == Kind.JUNK) {
        header = i;
      }
    }
    List<Token> tokens = cellTokens(raw.subList(header + 1, raw.size()));
    cellTokens(raw.subList(0, header + 1));
    int values = 0;
    int cut = tokens.size();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == Kind.VALUE && ++values == n) {
        cut = i + 1;
        break;
      }
    }
    List<Token> mine = values >= n ? tokens.subList(0, cut) : tokens;
    if (!hasValue(mine)) {
      return from;
    }
    assign(spec, new ArrayList<>(mine));
    RowRead read = reads.get(spec);
    return read == null ? from : read.end;
  }

  /**
   * The label hits in the region, in one pass over the document's normal form: at each position the
   * labels starting with its character are tried. A label with a numeral starts at the numeral; of
   * hits that overlap, the earliest wins, then the longest, then the earlier row and label.
   */
  private List<Hit> findHits(int from, int to) {
    int lo = norm.indexAtSource(from);
    int hi = norm.indexAtSource(to);
    List<int[]> found = new ArrayList<>();
    for (int at = lo; at < hi; at++) {
      char c = norm.charAt(at);
      for (int e = layout.entry(c); e >= 0 && e < layout.first.length && layout.first[e] == c; e++) {
        LabelKey label = layout.label[e];
        int end = at + label.key().length();
        if (end > hi || !norm.startsWith(label.key(), at)) {
          continue;
        }
        int start = -1;
        for (String numeral : label.numerals()) {
          if (at - numeral.length() >= lo && norm.startsWith(numeral, at - numeral.length())) {
            start = at - numeral.length();
            break;
          }
        }
        if (start < 0 && !label.numeralRequired()) {
          start = at;
        }
        if (start >= 0) {
          found.add(new int[] {start, end, layout.spec[e], layout.labelIndex[e]});
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

  /**
   * Takes extra rows out of tokens that no row of the layout takes ({@code rest}, a subsequence of
   * the stretch's tokens {@code raw}); returns the tokens left.
   */
  private List<Token> extraRows(List<Token> raw, List<Token> rest) {
    if (knownLabels == null) {
      return rest;
    }
    List<Token> left = new ArrayList<>();
    int r = 0;
    int k = 0;
    while (k < rest.size()) {
      Token t = rest.get(k);
      while (raw.get(r) != t) {
        r++;
      }
      int j = r;
      while (j > 0 && raw.get(j - 1).kind() == Kind.JUNK) {
        j--;
      }
      StringBuilder label = new StringBuilder();
      for (int i = j; i < r; i++) {
        label.append(raw.get(i).raw());
      }
      if (j == r || !isExtraLabel(label.toString())) {
        left.add(t);
        k++;
        continue;
      }
      int labelEnd = raw.get(r - 1).end();
      List<Token> cells = new ArrayList<>();
      while (k < rest.size() && r < raw.size() && raw.get(r) == rest.get(k) && cells.size() < extraCells) {
        cells.add(rest.get(k++));
        r++;
      }
      while (!cells.isEmpty() && cells.get(cells.size() - 1).kind() == Kind.BLANK) {
        // trailing empty fields of a row are not told from the furniture after it
        cells.remove(cells.size() - 1);
      }
      if (!hasValue(cells)) {
        left.addAll(cells);
        continue;
      }
      List<Cell> read = new ArrayList<>();
      for (Token c : cells) {
        read.add(cell(c));
      }
      Token first = raw.get(j);
      String name = label.toString();
      extraRows.add(new ExtraRow.Builder().label(name).cells(read)
          .span(spans.span(first.start(), labelEnd - first.start())).build());
      sink.add(Codes.ROW_EXTRA, Severity.INFO, first.start(), cells.get(cells.size() - 1).end() - first.start(),
          "row '" + name + "' is not in the layout of " + tableName + "; kept as an extra row of " + read.size()
              + (read.size() == 1 ? " cell" : " cells"));
    }
    return left;
  }

  /**
   * The index of the first cell token after a value that follows an extra-row label in the raw
   * tokens, or the number of cell tokens.
   */
  private int extraLabelAt(List<Token> raw, List<Token> cells) {
    if (knownLabels == null) {
      return cells.size();
    }
    int k = 0;
    boolean value = false;
    int junkFrom = -1;
    for (int r = 0; r < raw.size() && k < cells.size(); r++) {
      Token t = raw.get(r);
      if (t.kind() == Kind.JUNK) {
        junkFrom = junkFrom < 0 ? r : junkFrom;
        continue;
      }
      if (t != cells.get(k)) {
        continue;
      }
      if (value && junkFrom >= 0) {
        StringBuilder label = new StringBuilder();
        for (int i = junkFrom; i < r; i++) {
          label.append(raw.get(i).raw());
        }
        if (isExtraLabel(label.toString())) {
          return k;
        }
      }
      junkFrom = -1;
      value |= t.kind() == Kind.VALUE;
      k++;
    }
    return cells.size();
  }

  /** A numbered row label of at most 40 characters, no sentence, and no known label or part of one. */
  private boolean isExtraLabel(String label) {
    String n = Norm.normalize(label);
    if (n.length() < 3 || n.length() > 40 || !numbered(n)) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      if ("。；;：:".indexOf(n.charAt(i)) >= 0) {
        return false;
      }
    }
    for (String known : knownLabels) {
      if (known.contains(n)) {
        return false;
      }
    }
    return true;
  }

  private static boolean numbered(String n) {
    String numerals = "一二三四五六七八九十";
    int i = 0;
    if (n.charAt(0) == '(') {
      i = 1;
      while (i < n.length() && numerals.indexOf(n.charAt(i)) >= 0) {
        i++;
      }
      return i > 1 && i < n.length() && n.charAt(i) == ')';
    }
    while (i < n.length() && (numerals.indexOf(n.charAt(i)) >= 0)) {
      i++;
    }
    if (i > 0) {
      return i < n.length() && n.charAt(i) == '、';
    }
    while (i < n.length() && n.charAt(i) >= '0' && n.charAt(i) <= '9') {
      i++;
    }
    return i > 0 && i < n.length() && (n.charAt(i) == '.' || n.charAt(i) == '、');
  }

  /** Keeps values and blanks; words with digits that are no cell are reported. */
  private List<Token> cellTokens(List<Token> tokens) {
    List<Token> cells = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() == Kind.JUNK) {
        if (t.hasDigit()) {
          unplace(t, "inside the table text");
        }
      } else {
        cells.add(t);
      }
    }
    return cells;
  }

  private void unplaceAll(List<Token> tokens, String where) {
    for (Token t : tokens) {
      if (t.kind() == Kind.VALUE || t.kind() == Kind.JUNK && t.hasDigit()) {
        unplace(t, where);
      }
    }
  }

  private void unplace(Token t, String where) {
    if (sink.full()) {
      return;
    }
    sink.add(Codes.CELL_UNPLACED, Severity.WARNING, t.start(), t.end() - t.start(),
        "'" + t.raw() + "' " + where + " of " + tableName + " is not placed in any cell");
  }

  /** Whether a row's stretch holds its cells: a value, or a line of as many empty fields as cells. */
  private boolean readable(int spec, List<Token> tokens) {
    return hasValue(tokens) || !tokens.isEmpty() && firstLine(tokens) >= specs.get(spec).cells();
  }

  private static boolean hasValue(List<Token> tokens) {
    return firstValue(tokens) != null;
  }

  private static Token firstValue(List<Token> tokens) {
    for (int i = 0, n = tokens.size(); i < n; i++) {
      Token t = tokens.get(i);
      if (t.kind() == Kind.VALUE) {
        return t;
      }
    }
    return null;
  }

  /** Fills row {@code spec} from the tokens; returns the tokens it did not take. */
  private List<Token> assign(int spec, List<Token> tokens) {
    RowSpec row = specs.get(spec);
    int n = row.cells();
    List<Token> values = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() == Kind.VALUE) {
        values.add(t);
      }
    }
    RowRead read = new RowRead();
    reads.put(spec, read);
    int lead = 0;
    while (lead < tokens.size() && tokens.get(lead).kind() == Kind.BLANK) {
      lead++;
    }
    int line = firstLine(tokens);
    if (line >= n && hasBlank(tokens, line)) {
      // a row written on one line with empty fields (tabs, pipes, Markdown): its fields are its
      // cells; leading blanks beyond the cell count fill the label columns
      int skip = Math.min(lead, line - n);
      List<Cell> cells = new ArrayList<>();
      for (int i = skip; i < skip + n; i++) {
        cells.add(cell(tokens.get(i)));
        read.end = Math.max(read.end, tokens.get(i).end());
      }
      read.candidates.add(cells);
      return new ArrayList<>(tokens.subList(skip + n, tokens.size()));
    }
    if (values.size() >= n) {
      List<Cell> cells = new ArrayList<>();
      int i = 0;
      int taken = 0;
      while (taken < n) {
        Token t = tokens.get(i++);
        if (t.kind() == Kind.VALUE) {
          cells.add(cell(t));
          taken++;
          read.end = t.end();
        }
      }
      read.candidates.add(cells);
      return new ArrayList<>(tokens.subList(i, tokens.size()));
    }
    boolean splittable = false;
    for (Token t : values) {
      if (digitPart(t.raw()) >= 2) {
        splittable = true;
      }
    }
    if (splittable && delimited(values)) {
      // cells set apart by pipes, tabs or line breaks are cells as written: a short row, not a run
      splittable = false;
    }
    if (!splittable && tokens.size() >= n) {
      // leading blanks are the row's own cells when there are just enough tokens for the row
      int skip = Math.min(lead, tokens.size() - n);
      List<Cell> cells = new ArrayList<>();
      for (int i = skip; i < skip + n; i++) {
        cells.add(cell(tokens.get(i)));
        read.end = Math.max(read.end, tokens.get(i).end());
      }
      read.candidates.add(cells);
      return new ArrayList<>(tokens.subList(skip + n, tokens.size()));
    }
    Token first = values.get(0);
    Token last = values.get(values.size() - 1);
    read.offset = first.start();
    read.length = last.end() - first.start();
    read.end = last.end();
    if (splittable) {
      split(row, values, read);
      return new ArrayList<>();
    }
    List<Cell> cells = new ArrayList<>();
    for (Token t : values) {
      cells.add(cell(t));
    }
    sink.add(Codes.ROW_INCOMPLETE, Severity.WARNING, read.offset, read.length,
        "row " + FormatKey.of(row.row()) + " has " + values.size() + " of " + n
            + " cells; they are placed left to right, " + (n - values.size()) + " left out");
    read.candidates.add(cells);
    return new ArrayList<>();
  }

  private void split(RowSpec row, List<Token> values, RowRead read) {
    int n = row.cells();
    List<Chunk> chunks = new ArrayList<>(values.size());
    RunCells runCells = new RunCells(values);
    StringBuilder run = new StringBuilder();
    for (int k = 0; k < values.size(); k++) {
      Token t = values.get(k);
      int d = runCells.digits[k];
      chunks.add(d > 0 ? new Chunk(foldDigits(t.raw(), d)) : Chunk.opaque());
      if (run.length() > 0) {
        run.append(' ');
      }
      run.append(t.raw());
    }
    read.run = run.toString();
    read.split = true;
    DigitSplitter.Result result = DigitSplitter.split(chunks, n, row.sums(), true, memo);
    boolean bySums = !row.sums().isEmpty();
    if (result.tooLong()) {
      sink.add(Codes.SPLIT_TOO_LONG, Severity.WARNING, read.offset, read.length,
          "digit run '" + excerpt(read.run) + "' of row " + FormatKey.of(row.row()) + " is too long or too costly to split into "
              + n + " cells; the cells are left out");
      reads.remove(specs.indexOf(row));
      return;
    }
    List<int[]> splits = result.splits();
    if (splits.isEmpty() && bySums) {
      DigitSplitter.Result loose = DigitSplitter.split(chunks, n, List.of(), false, memo);
      splits = loose.splits();
      if (!splits.isEmpty()) {
        List<int[]> sorted = preferred(splits);
        sink.add(Codes.SPLIT_UNSATISFIED, Severity.WARNING, read.offset, read.length,
            "no split of digit run '" + read.run + "' into " + n + " cells satisfies the sums of row " + row.row()
                + "; picked " + render(cells(values, sorted.get(0), runCells)) + " ignoring them");
        read.candidates.add(cells(values, sorted.get(0), runCells));
        return;
      }
    }
    if (splits.isEmpty()) {
      sink.add(Codes.SPLIT_TOO_LONG, Severity.WARNING, read.offset, read.length,
          "digit run '" + excerpt(read.run) + "' of row " + FormatKey.of(row.row()) + " cannot be split into " + n
              + " cells; the cells are left out");
      reads.remove(specs.indexOf(row));
      return;
    }
    for (int[] s : preferred(splits)) {
      read.candidates.add(new SplitRow(values, s, runCells));
    }
    if (result.truncated()) {
      read.run = read.run + " (more splits not listed)";
    }
  }

  /** Splits preferred first: the most even (smallest longest cell), then longest leading cells. */
  static List<int[]> preferred(List<int[]> splits) {
    List<int[]> sorted = new ArrayList<>(splits);
    sorted.sort((a, b) -> {
      int ma = 0;
      int mb = 0;
      for (int x : a) {
        ma = Math.max(ma, x);
      }
      for (int x : b) {
        mb = Math.max(mb, x);
      }
      if (ma != mb) {
        return Integer.compare(ma, mb);
      }
      for (int i = 0; i < a.length; i++) {
        if (a[i] != b[i]) {
          return Integer.compare(b[i], a[i]);
        }
      }
      return 0;
    });
    return sorted;
  }

  /**
   * The cells of the digit runs of one row, each made once however many candidate splits share it
   * (the cells of a digit run are plain numbers: reading them notes nothing).
   */
  private static final class RunCells {
    // cells are at most DigitSplitter.MAX_CELL (12) digits: a length fits in 4 bits
    private static final int LENGTHS = DigitSplitter.MAX_CELL + 1;
    /** Digits of each value's pure digit run, 0 for an opaque value. */
    final int[] digits;
    private final int[] base;
    private final Cell[] made;

    RunCells(List<Token> values) {
      digits = new int[values.size()];
      base = new int[values.size()];
      int size = 0;
      for (int k = 0; k < values.size(); k++) {
        String raw = values.get(k).raw();
        int d = digitPart(raw);
        digits[k] = d > 0 && leadingDigits(raw) == d ? d : 0;
        base[k] = size;
        size += digits[k] * LENGTHS;
      }
      made = new Cell[size];
    }
  }

  private List<Cell> cells(List<Token> values, int[] lengths, RunCells run) {
    List<Cell> cells = new ArrayList<>(lengths.length);
    int cell = 0;
    for (int k = 0; k < values.size(); k++) {
      Token t = values.get(k);
      int d = run.digits[k];
      if (d == 0) {
        cells.add(cell(t));
        cell++;
        continue;
      }
      int pos = 0;
      while (pos < d) {
        cells.add(runCell(t, k, pos, lengths[cell], run));
        pos += lengths[cell];
        cell++;
      }
    }
    return cells;
  }

  /** The cell of {@code len} digits at {@code pos} of value {@code k}'s digit run, made once. */
  private Cell runCell(Token t, int k, int pos, int len, RunCells run) {
    int d = run.digits[k];
    int slot = len < RunCells.LENGTHS ? run.base[k] + pos * RunCells.LENGTHS + len : -1;
    Cell made = slot >= 0 ? run.made[slot] : null;
    if (made == null) {
      boolean lastOfChunk = pos + len == d;
      String raw = t.raw().substring(pos, lastOfChunk ? t.raw().length() : pos + len);
      int start = t.start() + pos;
      int end = lastOfChunk ? t.end() : start + len;
      made = CellReader.read(raw, start, end - start, spans, sink);
      if (slot >= 0) {
        run.made[slot] = made;
      }
    }
    return made;
  }

  /** No whole value: see {@link SplitRow#whole(int)}. */
  static final long NO_WHOLE = Long.MIN_VALUE;

  /**
   * The cells of one candidate split, each cell of a digit run made when first asked for: of the
   * many candidates of a row, most are only scored by their whole values, never looked at. The
   * other cells (a dash, a word) are read at once, in order, as a list of made cells would be.
   */
  private final class SplitRow extends AbstractList<Cell> {
    private final List<Token> values;
    private final RunCells run;
    private final Cell[] cells;
    /** Of each digit-run cell: its value's index, position and length, packed. */
    private final int[] where;

    SplitRow(List<Token> values, int[] lengths, RunCells run) {
      this.values = values;
      this.run = run;
      this.cells = new Cell[lengths.length];
      this.where = new int[lengths.length];
      int cell = 0;
      for (int k = 0; k < values.size(); k++) {
        int d = run.digits[k];
        if (d == 0) {
          cells[cell++] = cell(values.get(k));
          continue;
        }
        int pos = 0;
        while (pos < d) {
          where[cell] = k << 16 | pos << 4 | lengths[cell];
          pos += lengths[cell];
          cell++;
        }
      }
    }

    @Override
    public Cell get(int i) {
      Cell c = cells[i];
      if (c == null) {
        int w = where[i];
        int k = w >>> 16;
        c = runCell(values.get(k), k, (w >>> 4) & 0xFFF, w & 0xF, run);
        cells[i] = c;
      }
      return c;
    }

    @Override
    public int size() {
      return cells.length;
    }

    /** The cell's value if it is a whole number (as {@link Cell#asLong()}), else {@link #NO_WHOLE}. */
    long whole(int i) {
      if (cells[i] == null) {
        int w = where[i];
        int k = w >>> 16;
        int pos = (w >>> 4) & 0xFFF;
        int len = w & 0xF;
        String raw = values.get(k).raw();
        if (pos + len < run.digits[k] || run.digits[k] == raw.length()) {
          // plain digits, at most 12 (DigitSplitter.MAX_CELL): read without making the cell
          long v = 0;
          for (int j = pos; j < pos + len; j++) {
            v = v * 10 + (Norm.fold(raw.charAt(j)) - '0');
          }
          return v;
        }
      }
      return get(i).asLong().orElse(NO_WHOLE);
    }
  }

  /** The whole value of cell {@code column} of a candidate, or {@link #NO_WHOLE}. */
  static long whole(List<Cell> cells, int column) {
    if (column >= cells.size()) {
      return NO_WHOLE;
    }
    if (cells instanceof TableReader.SplitRow) {
      return ((TableReader.SplitRow) cells).whole(column);
    }
    return cells.get(column).asLong().orElse(NO_WHOLE);
  }

  /** How many of the tokens stand on the line of the first one. */
  private int firstLine(List<Token> tokens) {
    int count = 0;
    for (int k = 0; k < tokens.size(); k++) {
      if (k > 0) {
        for (int p = tokens.get(k - 1).end(); p < tokens.get(k).start(); p++) {
          char c = text.charAt(p);
          if (c == '\n' || c == '\r') {
            return count;
          }
        }
      }
      count++;
    }
    return count;
  }

  private static boolean hasBlank(List<Token> tokens, int first) {
    for (int k = 0; k < first; k++) {
      if (tokens.get(k).kind() == Kind.BLANK) {
        return true;
      }
    }
    return false;
  }

  /** Whether the values are set apart by pipes, tabs or line breaks (a celled shape). */
  private boolean delimited(List<Token> values) {
    for (Token t : values) {
      int p = t.start() - 1;
      while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\u3000')) {
        p--;
      }
      int q = t.end();
      while (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '\u3000')) {
        q++;
      }
      if (p >= 0 && isCellBreak(text.charAt(p)) || q < text.length() && isCellBreak(text.charAt(q))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCellBreak(char c) {
    return c == '|' || c == '\t' || c == '\n' || c == '\r';
  }

  private Cell cell(Token t) {
    return CellReader.read(t.raw().trim(), t.start(), t.end() - t.start(), spans, sink);
  }

  /** Digits of a pure digit run (optionally followed by a decimal part or unit), else 0. */
  static int digitPart(String raw) {
    int d = leadingDigits(raw);
    if (d == 0) {
      return 0;
    }
    String suffix = raw.substring(d);
    if (suffix.isEmpty() || suffix.equals("元") || suffix.equals("万元")) {
      return d;
    }
    char c = Norm.fold(suffix.charAt(0));
    if (c == '.') {
      int i = 1;
      while (i < suffix.length() && CellReader.isDigit(suffix.charAt(i))) {
        i++;
      }
      String unit = suffix.substring(i);
      if (i > 1 && (unit.isEmpty() || unit.equals("元") || unit.equals("万元"))) {
        return d;
      }
    }
    return 0;
  }

  private static int leadingDigits(String raw) {
    int i = 0;
    while (i < raw.length() && CellReader.isDigit(raw.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The first {@code d} characters of {@code raw} (digits), full-width ones folded to ASCII. */
  private static String foldDigits(String raw, int d) {
    boolean ascii = true;
    for (int i = 0; i < d && ascii; i++) {
      ascii = raw.charAt(i) < 0x80;
    }
    if (ascii) {
      return d == raw.length() ? raw : raw.substring(0, d);
    }
    StringBuilder b = new StringBuilder(d);
    for (int i = 0; i < d; i++) {
      b.append(Norm.fold(raw.charAt(i)));
    }
    return b.toString();
  }

  static String render(List<Cell> cells) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      Cell c = cells.get(i);
      b.append(c.getValue().map(v -> v.toPlainString()).orElse(c.getRaw()));
    }
    return b.append(']').toString();
  }

  static String excerpt(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** Reports the ambiguity of rows with several candidates that nothing else decided. */
  void reportUndecided(Map<Integer, Integer> chosen) {
    for (Map.Entry<Integer, RowRead> e : reads.entrySet()) {
      RowRead read = e.getValue();
      if (read.candidates.size() > 1 && !chosen.containsKey(e.getKey())) {
        ambiguous(e.getKey(), read, 0, "the table has no sums to decide");
      }
    }
  }

  /** A WARNING that names the alternatives and the pick. */
  void ambiguous(int spec, RowRead read, int pick, String why) {
    sink.add(Codes.SPLIT_AMBIGUOUS, Severity.WARNING, read.offset, read.length,
        "digit run '" + read.run + "' of row " + FormatKey.of(specs.get(spec).row()) + " admits " + read.candidates.size()
            + " splits into " + specs.get(spec).cells() + " cells (" + alternatives(read) + "); " + why
            + "; picked " + render(read.candidates.get(pick)));
  }

  static String alternatives(RowRead read) {
    StringBuilder b = new StringBuilder();
    int shown = Math.min(4, read.candidates.size());
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(render(read.candidates.get(i)));
    }
    if (read.candidates.size() > shown) {
      b.append(" and ").append(read.candidates.size() - shown).append(" more");
    }
    return b.toString();
  }

  /** Notes, once per table, that rows were run together and split. */
  void reportRunTogether() {
    int count = 0;
    int offset = -1;
    for (RowRead read : reads.values()) {
      if (read.split) {
        count++;
        if (offset < 0) {
          offset = read.offset;
        }
      }
    }
    if (count > 0) {
      sink.add(Codes.CELLS_RUN_TOGETHER, Severity.INFO, offset, 0,
          count + (count == 1 ? " row" : " rows") + " of " + tableName
              + " had cells run together; split into cells by the format's sums and the whitespace");
    }
  }

  /** An INFO that names the alternatives the column sums ruled out. */
  void sinkBySums(int spec, RowRead read, int pick) {
    sink.add(Codes.SPLIT_BY_SUMS, Severity.INFO, read.offset, read.length,
        "digit run '" + read.run + "' of row " + FormatKey.of(specs.get(spec).row()) + " admits " + read.candidates.size()
            + " splits with a valid row total (" + alternatives(read) + "); the column sums choose "
            + render(read.candidates.get(pick)));
  }
}
