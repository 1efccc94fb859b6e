package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.text.internal.NormalForm;
import io.github.govdisclosure.text.internal.Sink;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import io.github.govdisclosure.text.internal.table.DigitSplitter.Chunk;
import io.github.govdisclosure.text.internal.table.Tokenizer.Token;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The candidate rows of a row whose cells ran together into digit runs ({@code 640020470}): the
 * splits of its values into the row's cells that the row's sums allow, preferred first, each a
 * list of cells made when first asked for. One per table read; not for several threads at once.
 */
final class DigitRuns {
  /** No whole value: see {@link #whole(List, int)}. */
  static final long NO_WHOLE = Long.MIN_VALUE;

  private final LineIndex lines;
  private final Sink sink;
  private final SplitDiagnostics diagnostics;
  /** The digit splitter's memory, shared by the rows (and tables) split one after another. */
  private final DigitSplitter.Memo memo;

  DigitRuns(LineIndex lines, Sink sink, SplitDiagnostics diagnostics, DigitSplitter.Memo memo) {
    this.lines = lines;
    this.sink = sink;
    this.diagnostics = diagnostics;
    this.memo = memo;
  }

  /**
   * Splits a row's values into its candidates ({@code read.candidates}, preferred first); returns
   * false when the run cannot be split, its cells left out (reported). When no split satisfies the
   * row's sums, the preferred split ignoring them is the one candidate (reported).
   */
  boolean split(RowSpec row, List<Token> values, RowRead read) {
    int n = row.size();
    List<Chunk> chunks = new ArrayList<>(values.size());
    RunCells runCells = new RunCells(values);
    for (int k = 0; k < values.size(); k++) {
      int d = runCells.digits[k];
      chunks.add(d > 0 ? new Chunk(foldDigits(values.get(k).raw(), d)) : Chunk.opaque());
    }
    read.run = run(values);
    read.split = true;
    DigitSplitter.Result result = DigitSplitter.split(chunks, n, row.sums(), true, memo);
    boolean bySums = !row.sums().isEmpty();
    if (result.tooLong()) {
      diagnostics.tooLong(row, read);
      return false;
    }
    List<int[]> splits = result.splits();
    if (splits.isEmpty() && bySums) {
      DigitSplitter.Result loose = DigitSplitter.split(chunks, n, List.of(), false, memo);
      splits = loose.splits();
      if (!splits.isEmpty()) {
        List<Cell> picked = cells(values, preferred(splits).get(0), runCells);
        diagnostics.unsatisfied(row, read, picked);
        read.candidates.add(picked);
        return true;
      }
    }
    if (splits.isEmpty()) {
      diagnostics.unsplittable(row, read);
      return false;
    }
    if (splits.size() > 1) {
      runCells.share();
    }
    for (int[] s : preferred(splits)) {
      read.candidates.add(new SplitRow(values, s, runCells));
    }
    if (result.truncated()) {
      read.run = read.run + " (more splits not listed)";
    }
    return true;
  }

  /** The values as written, one space between them (most rows run together into one value). */
  private static String run(List<Token> values) {
    if (values.size() == 1) {
      return values.get(0).raw();
    }
    StringBuilder run = new StringBuilder();
    for (Token t : values) {
      if (run.length() > 0) {
        run.append(' ');
      }
      run.append(t.raw());
    }
    return run.toString();
  }

  /**
   * Splits preferred first: the most even (smallest longest cell), then longest leading cells (a
   * single split is returned as it is).
   */
  static List<int[]> preferred(List<int[]> splits) {
    if (splits.size() == 1) {
      return splits;
    }
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
   * (the cells of a digit run are plain numbers: reading them notes nothing). The cells are kept
   * only once {@link #share()} says several candidates share them: a single candidate keeps its
   * own cells, and most rows have one.
   */
  private static final class RunCells {
    // cells are at most DigitSplitter.MAX_CELL (12) digits: a length fits in 4 bits
    private static final int LENGTHS = DigitSplitter.MAX_CELL + 1;
    /** Digits of each value's pure digit run, 0 for an opaque value. */
    final int[] digits;
    /** Of each value, its first slot in {@link #made}; null until shared. */
    private int[] base;
    /** The cells made, by value, position and length; null until shared. */
    private Cell[] made;

    RunCells(List<Token> values) {
      digits = new int[values.size()];
      for (int k = 0; k < values.size(); k++) {
        String raw = values.get(k).raw();
        int d = digitPart(raw);
        digits[k] = d > 0 && leadingDigits(raw) == d ? d : 0;
      }
    }

    /** Keeps the cells made from now on, for the several candidates that share them. */
    void share() {
      base = new int[digits.length];
      int size = 0;
      for (int k = 0; k < digits.length; k++) {
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
    int slot = run.made != null && len < RunCells.LENGTHS ? run.base[k] + pos * RunCells.LENGTHS + len : -1;
    Cell made = slot >= 0 ? run.made[slot] : null;
    if (made == null) {
      made = readRun(t, k, pos, len, run, Provenance.READ, null, List.of());
      if (slot >= 0) {
        run.made[slot] = made;
      }
    }
    return made;
  }

  /**
   * Reads the cell of {@code len} digits at {@code pos} of value {@code k}'s digit run, placed as
   * {@link CellReader#read(String, int, int, LineIndex, Sink, Provenance, String, Collection)} says.
   */
  private Cell readRun(Token t, int k, int pos, int len, RunCells run, Provenance how, String basis,
      Collection<String> alternatives) {
    boolean lastOfChunk = pos + len == run.digits[k];
    int start = t.start() + pos;
    int end = lastOfChunk ? t.end() : start + len;
    return CellReader.read(runRaw(t.raw(), pos, len, lastOfChunk), start, end - start, lines, sink, how, basis,
        alternatives);
  }

  /**
   * The raw token of the cell of {@code len} digits at {@code pos} of a value's digit run: the
   * last cell of the run keeps what follows its digits in the value.
   */
  private static String runRaw(String raw, int pos, int len, boolean lastOfChunk) {
    return raw.substring(pos, lastOfChunk ? raw.length() : pos + len);
  }

  private Cell cell(Token t) {
    return CellReader.read(t.raw().trim(), t.start(), t.end() - t.start(), lines, sink);
  }

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
        c = runCell(values.get(value(i)), value(i), pos(i), len(i), run);
        cells[i] = c;
      }
      return c;
    }

    /** The index of the value whose digit run holds digit-run cell {@code i}. */
    private int value(int i) {
      return where[i] >>> 16;
    }

    /** Where digit-run cell {@code i} starts in its value's digit run. */
    private int pos(int i) {
      return (where[i] >>> 4) & 0xFFF;
    }

    /** How many digits digit-run cell {@code i} has. */
    private int len(int i) {
      return where[i] & 0xF;
    }

    @Override
    public int size() {
      return cells.length;
    }

    /** The cell's value if it is a whole number (as {@link Cell#asLong()}), else {@link #NO_WHOLE}. */
    long whole(int i) {
      if (plainDigits(i)) {
        // plain digits, at most 12 (DigitSplitter.MAX_CELL): read without making the cell
        String raw = values.get(value(i)).raw();
        long v = 0;
        for (int j = pos(i); j < pos(i) + len(i); j++) {
          v = v * 10 + (NormalForm.fold(raw.charAt(j)) - '0');
        }
        return v;
      }
      return get(i).asLong().orElse(NO_WHOLE);
    }

    /** Whether cell {@code i} is not made yet and is digits only, nothing after them. */
    private boolean plainDigits(int i) {
      if (cells[i] != null) {
        return false;
      }
      int k = value(i);
      return pos(i) + len(i) < run.digits[k] || run.digits[k] == values.get(k).raw().length();
    }

    /** The raw token of cell {@code i}, as {@link Cell#getRaw()}, without making the cell. */
    String raw(int i) {
      if (cells[i] != null) {
        return cells[i].getRaw();
      }
      int k = value(i);
      return runRaw(values.get(k).raw(), pos(i), len(i), pos(i) + len(i) == run.digits[k]);
    }

    /**
     * Cell {@code i}, not made yet, read with how it came there (not kept: the candidate's own cell
     * stays as read).
     */
    Cell placed(int i, Provenance how, String basis, Collection<String> alternatives) {
      return readRun(values.get(value(i)), value(i), pos(i), len(i), run, how, basis, alternatives);
    }
  }

  /**
   * Cell {@code column} of a candidate if it is made, else null: the cells of a split's digit runs
   * are made when first asked for, and they are never missing.
   */
  static Cell made(List<Cell> cells, int column) {
    return cells instanceof SplitRow ? ((SplitRow) cells).cells[column] : cells.get(column);
  }

  /** Whether cell {@code column} of a candidate is {@link Cell.Kind#MISSING}, without making it. */
  static boolean missing(List<Cell> cells, int column) {
    Cell made = made(cells, column);
    return made != null && made.getKind() == Cell.Kind.MISSING;
  }

  /**
   * Cell {@code column} of a candidate as the split messages show it: its value as a plain number,
   * else as written; a split's cell of plain digits is shown without making it.
   */
  static String shown(List<Cell> cells, int column) {
    if (cells instanceof SplitRow && ((SplitRow) cells).plainDigits(column)) {
      return Long.toString(((SplitRow) cells).whole(column));
    }
    Cell c = cells.get(column);
    return c.getValue().map(v -> v.toPlainString()).orElse(c.getRaw());
  }

  /** The raw token of cell {@code column} of a candidate, without making it. */
  static String raw(List<Cell> cells, int column) {
    return cells instanceof SplitRow ? ((SplitRow) cells).raw(column) : cells.get(column).getRaw();
  }

  /**
   * Cell {@code column} of a candidate, not made yet ({@link #made} is null), read with how it came
   * there: made once rather than read and then copied.
   */
  static Cell placed(List<Cell> cells, int column, Provenance how, String basis, Collection<String> alternatives) {
    return ((SplitRow) cells).placed(column, how, basis, alternatives);
  }

  /** The whole value of cell {@code column} of a candidate, or {@link #NO_WHOLE}. */
  static long whole(List<Cell> cells, int column) {
    if (column >= cells.size()) {
      return NO_WHOLE;
    }
    if (cells instanceof SplitRow) {
      return ((SplitRow) cells).whole(column);
    }
    return cells.get(column).asLong().orElse(NO_WHOLE);
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
    char c = NormalForm.fold(suffix.charAt(0));
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
      b.append(NormalForm.fold(raw.charAt(i)));
    }
    return b.toString();
  }
}
