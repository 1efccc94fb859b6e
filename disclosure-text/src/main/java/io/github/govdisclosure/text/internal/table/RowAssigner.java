package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.internal.Codes;
import io.github.govdisclosure.text.internal.NormalForm;
import io.github.govdisclosure.text.internal.Sink;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import io.github.govdisclosure.text.internal.table.LabelIndex.Hit;
import io.github.govdisclosure.text.internal.table.Tokenizer.Kind;
import io.github.govdisclosure.text.internal.table.Tokenizer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of one table region into a {@link TableRead}, driven by the known row labels and
 * the known cell counts: label hits cut the region into stretches; each stretch's tokens fill its
 * row left to right; cells beyond a row's count fill the next rows of the layout (reported); a row
 * whose values ran together is handed to the {@link DigitRuns}; numbered rows outside the layout
 * go to the {@link ExtraRows}. Works the same on pipe-flattened, one-cell-per-line,
 * tab-separated, Markdown and crawler text.
 */
final class RowAssigner {
  private final String text;
  private final NormalForm norm;
  private final LineIndex lines;
  private final Sink sink;
  private final TableRows rows;
  private final List<RowSpec> specs;
  private final TableRead table;
  private final ExtraRows extra;
  private final DigitRuns runs;

  RowAssigner(String text, NormalForm norm, LineIndex lines, Sink sink, TableRead table, DigitRuns runs) {
    this.text = text;
    this.norm = norm;
    this.lines = lines;
    this.sink = sink;
    this.rows = table.rows;
    this.specs = rows.rows;
    this.table = table;
    this.extra = new ExtraRows(table, lines, sink);
    this.runs = runs;
  }

  /** Reads a labelled region {@code [from, to)}. */
  void readLabelled(int from, int to) {
    List<Hit> hits = rows.labels.hits(norm, from, to);
    for (Hit hit : hits) {
      numberApart(hit);
    }
    int headerEnd = hits.isEmpty() ? to : hits.get(0).start();
    unplaceAll(Tokenizer.tokenize(text, from, headerEnd, sink), "before the first row label");
    List<List<Token>> stretches = new ArrayList<>();
    List<List<Token>> raws = new ArrayList<>();
    for (int h = 0; h < hits.size(); h++) {
      int end = h + 1 < hits.size() ? hits.get(h + 1).start() : to;
      List<Token> raw = Tokenizer.tokenize(text, hits.get(h).end(), end, sink);
      raws.add(raw);
      stretches.add(cellTokens(raw));
    }
    // whether each hit's stretch is readable, and how many readable hits of each row are still ahead
    boolean[] readable = new boolean[hits.size()];
    int[] readableAhead = new int[specs.size()];
    for (int h = 0; h < hits.size(); h++) {
      readable[h] = readable(hits.get(h).row(), stretches.get(h));
      if (readable[h]) {
        readableAhead[hits.get(h).row()]++;
      }
    }
    int cursor = -1;
    for (int h = 0; h < hits.size(); h++) {
      List<Token> tokens = stretches.get(h);
      if (!readable[h]) {
        continue;
      }
      // from here on, readableAhead counts the readable hits after h: the rows labelled later
      readableAhead[hits.get(h).row()]--;
      Hit hit = hits.get(h);
      if (table.has(hit.row())) {
        sink.add(Codes.ROW_DUPLICATE, Severity.WARNING, hit.start(), hit.end() - hit.start(),
            "row " + FormatKey.of(specs.get(hit.row()).row()) + " appears again; its cells are not read");
        unplaceAll(tokens, "in a repeated row");
        continue;
      }
      // a numbered label outside the layout ends the row: what follows it is not the row's
      int cut = extra.kept() ? extra.labelAt(raws.get(h), tokens) : tokens.size();
      List<Token> rest = assign(hit.row(), tokens.subList(0, cut));
      if (cut < tokens.size()) {
        rest = new ArrayList<>(rest);
        rest.addAll(tokens.subList(cut, tokens.size()));
      }
      cursor = hit.row();
      while (Tokenizer.hasValue(rest)) {
        int next = cursor + 1;
        while (next < specs.size() && (table.has(next) || readableAhead[next] > 0)) {
          next++;
        }
        if (next >= specs.size()) {
          unplaceAll(extra.kept() ? extra.take(raws.get(h), rest) : rest, "after the last row");
          break;
        }
        Token first = Tokenizer.firstValue(rest);
        sink.add(Codes.ROW_UNLABELED, Severity.WARNING, first.start(), first.end() - first.start(),
            "cells without a row label read as row " + FormatKey.of(specs.get(next).row()) + " (the next row of the layout)");
        rest = assign(next, rest);
        RowRead placed = table.row(next);
        if (placed != null) {
          placed.placed(Provenance.GUESSED, "cells without a row label placed in the next row of the layout");
        }
        cursor = next;
      }
    }
    for (int h = 0; h < hits.size(); h++) {
      if (!readable[h] && !table.has(hits.get(h).row()) && onlyBlanks(raws.get(h))) {
        blankRow(hits.get(h));
      }
    }
  }

  /** Whether the tokens are empty fields only, or none: nothing written after a label. */
  private static boolean onlyBlanks(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.kind() != Kind.BLANK) {
        return false;
      }
    }
    return true;
  }

  /**
   * A row whose label is written but holds no numbers ({@code 3.其他（七）总计…}): its cells are
   * blank, not missing.
   */
  private void blankRow(Hit hit) {
    RowSpec row = specs.get(hit.row());
    RowRead read = new RowRead(hit.row());
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < row.size(); c++) {
      cells.add(Cell.blank());
    }
    read.candidates.add(cells);
    read.end = hit.end();
    table.put(read);
    sink.add(Codes.ROW_BLANK, Severity.WARNING, hit.start(), hit.end() - hit.start(),
        "row " + FormatKey.of(row.row()) + " has its label but no numbers; its " + row.size() + " cells are blank");
  }

  /** Reports a label whose numbering is written apart from its words ({@code 8⏎.属于行政查询事项}). */
  private void numberApart(Hit hit) {
    int start = hit.start();
    int digits = start;
    while (digits < hit.end() && CellReader.isDigit(text.charAt(digits))) {
      digits++;
    }
    int words = digits;
    while (words < hit.end() && Tokenizer.isSeparator(text.charAt(words))) {
      words++;
    }
    if (digits > start && words > digits && words < hit.end()) {
      sink.add(Codes.LABEL_NUMBER_APART, Severity.INFO, start, digits - start,
          "'" + text.substring(start, digits) + "' written apart from its words is the numbering of row "
              + FormatKey.of(specs.get(hit.row()).row()) + ", not a cell");
    }
  }

  /**
   * Reads one unlabelled row (table 4) from the region's cell tokens; returns where the row ended,
   * so that the text after it is not taken for the table.
   */
  int readUnlabelled(int from, int to, int spec) {
    int n = specs.get(spec).size();
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
    if (!Tokenizer.hasValue(mine)) {
      return from;
    }
    assign(spec, new ArrayList<>(mine));
    RowRead read = table.row(spec);
    return read == null ? from : read.end;
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
        "'" + t.raw() + "' " + where + " of " + rows.name + " is not placed in any cell");
  }

  /** Whether a row's stretch holds its cells: a value, or a line of as many empty fields as cells. */
  private boolean readable(int spec, List<Token> tokens) {
    return Tokenizer.hasValue(tokens) || !tokens.isEmpty() && firstLine(tokens) >= specs.get(spec).size();
  }

  /** Fills row {@code spec} from the tokens; returns the tokens it did not take. */
  private List<Token> assign(int spec, List<Token> tokens) {
    RowSpec row = specs.get(spec);
    int n = row.size();
    List<Token> values = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() == Kind.VALUE) {
        values.add(t);
      }
    }
    RowRead read = new RowRead(spec);
    table.put(read);
    int lead = 0;
    while (lead < tokens.size() && tokens.get(lead).kind() == Kind.BLANK) {
      lead++;
    }
    int line = firstLine(tokens);
    if (line >= n && hasBlank(tokens, line)) {
      // a row written on one line with empty fields (tabs, pipes, Markdown): its fields are its
      // cells; leading blanks beyond the cell count fill the label columns
      return fields(tokens, Math.min(lead, line - n), n, read);
    }
    if (values.size() >= n) {
      List<Cell> cells = new ArrayList<>();
      int i = 0;
      int taken = 0;
      while (taken < n) {
        Token t = tokens.get(i++);
        if (t.kind() == Kind.VALUE) {
          cells.add(CellReader.read(t, lines, sink));
          taken++;
          read.end = t.end();
        }
      }
      read.candidates.add(cells);
      return new ArrayList<>(tokens.subList(i, tokens.size()));
    }
    if (signedRun(row, values, read)) {
      return new ArrayList<>();
    }
    boolean splittable = false;
    for (Token t : values) {
      if (DigitRuns.digitPart(t.raw()) >= 2) {
        splittable = true;
      }
    }
    if (splittable && delimited(values)) {
      // cells set apart by pipes, tabs or line breaks are cells as written: a short row, not a run
      splittable = false;
    }
    if (!splittable && tokens.size() >= n) {
      // leading blanks are the row's own cells when there are just enough tokens for the row up to
      // its last value (blanks after it are the empty fields of the header that follows)
      int upto = values.isEmpty() ? tokens.size() : tokens.indexOf(values.get(values.size() - 1)) + 1;
      return fields(tokens, Math.max(0, Math.min(lead, upto - n)), n, read);
    }
    Token first = values.get(0);
    Token last = values.get(values.size() - 1);
    read.offset = first.start();
    read.length = last.end() - first.start();
    read.end = last.end();
    if (splittable) {
      if (!runs.split(row, values, read)) {
        table.remove(read);
      }
      return new ArrayList<>();
    }
    List<Cell> cells = new ArrayList<>();
    for (Token t : values) {
      cells.add(CellReader.read(t, lines, sink));
    }
    sink.add(Codes.ROW_INCOMPLETE, Severity.WARNING, read.offset, read.length,
        "row " + FormatKey.of(row.row()) + " has " + values.size() + " of " + n
            + " cells; they are placed left to right, " + (n - values.size()) + " left out");
    read.placed(Provenance.GUESSED, values.size() + " of " + n + " cells, placed left to right");
    read.candidates.add(cells);
    return new ArrayList<>();
  }

  /**
   * A signed run one cell short of the row ({@code 行政许可0+11}, V2019's 本年增/减 written into the
   * next cell): the sign starts the change, and its digits hold the change and the next cell. One
   * way to cut them is a split ({@code +11} is {@code +1}, {@code 1}); several are a guess, preferring
   * the one where the decisions equal last year's items plus the change, else the shortest change.
   * Returns whether the row was read so.
   */
  private boolean signedRun(RowSpec row, List<Token> values, RowRead read) {
    int n = row.size();
    if (values.size() != n - 1) {
      return false;
    }
    int at = -1;
    for (int i = 0; i < values.size(); i++) {
      String raw = values.get(i).raw();
      if (raw.length() >= 3 && (raw.charAt(0) == '+' || CellReader.isMinus(NormalForm.fold(raw.charAt(0))))
          && DigitRuns.digitPart(raw.substring(1)) == raw.length() - 1) {
        if (at >= 0) {
          return false;
        }
        at = i;
      }
    }
    if (at < 0) {
      return false;
    }
    Token run = values.get(at);
    String raw = run.raw();
    List<Integer> cuts = new ArrayList<>();
    for (int j = 2; j < raw.length(); j++) {
      if (raw.charAt(j) != '0' || j == raw.length() - 1) {
        cuts.add(j);
      }
    }
    if (cuts.isEmpty()) {
      return false;
    }
    int pick = 0;
    if (n == 3 && at == 1) {
      for (int k = 0; k < cuts.size(); k++) {
        int j = cuts.get(k);
        long before = digits(values.get(0).raw());
        long change = digits(raw.substring(1, j)) * (raw.charAt(0) == '+' ? 1 : -1);
        if (before >= 0 && before + change == digits(raw.substring(j))) {
          pick = k;
          break;
        }
      }
    }
    List<String> others = new ArrayList<>();
    for (int k = 0; k < cuts.size(); k++) {
      if (k != pick) {
        others.add(raw.substring(0, cuts.get(k)) + " " + raw.substring(cuts.get(k)));
      }
    }
    int cut = cuts.get(pick);
    Provenance provenance = cuts.size() == 1 ? Provenance.SPLIT : Provenance.GUESSED;
    String basis = cuts.size() == 1
        ? "split '" + raw + "' after the sign's digits: the only way to fill " + n + " cells"
        : "split '" + raw + "' as " + raw.substring(0, cut) + " " + raw.substring(cut) + " (a guess)";
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Token t = values.get(i);
      if (i != at) {
        cells.add(CellReader.read(t, lines, sink));
        continue;
      }
      cells.add(provenance(CellReader.read(raw.substring(0, cut), t.start(), cut, lines, sink), provenance, basis, others));
      cells.add(provenance(CellReader.read(raw.substring(cut), t.start() + cut, raw.length() - cut, lines, sink),
          provenance, basis, others));
    }
    read.candidates.add(cells);
    read.offset = run.start();
    read.length = run.end() - run.start();
    read.end = values.get(values.size() - 1).end();
    if (provenance == Provenance.GUESSED) {
      sink.add(Codes.SPLIT_AMBIGUOUS, Severity.WARNING, run.start(), run.end() - run.start(),
          "signed run '" + raw + "' of row " + FormatKey.of(row.row()) + " admits " + cuts.size()
              + " splits into the change and the next cell; picked " + raw.substring(0, cut) + " " + raw.substring(cut)
              + " (others: " + String.join(", ", others) + ")");
    }
    return true;
  }

  /** The value of a run of at most 15 digits, or -1 when it is something else. */
  private static long digits(String raw) {
    if (raw.isEmpty() || raw.length() > CellReader.MAX_DIGITS) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = NormalForm.fold(raw.charAt(i));
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The cell with how it was placed, and the other splits when it was a guess. */
  private static Cell provenance(Cell cell, Provenance provenance, String basis, List<String> others) {
    Cell.Builder b = new Cell.Builder().from(cell).provenance(provenance).basis(basis);
    if (provenance == Provenance.GUESSED) {
      b.alternatives(others);
    }
    return b.build();
  }

  /**
   * Takes the {@code n} tokens after the first {@code skip}, blanks included, as the row's cells;
   * returns the tokens after them.
   */
  private List<Token> fields(List<Token> tokens, int skip, int n, RowRead read) {
    List<Cell> cells = new ArrayList<>();
    for (int i = skip; i < skip + n; i++) {
      cells.add(CellReader.read(tokens.get(i), lines, sink));
      read.end = Math.max(read.end, tokens.get(i).end());
    }
    read.candidates.add(cells);
    return new ArrayList<>(tokens.subList(skip + n, tokens.size()));
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
}
