package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.text.internal.shared.LineIndex;
import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.internal.DigitSplitter.Sum;
import io.github.govdisclosure.text.internal.TableReader.LabelKey;
import io.github.govdisclosure.text.internal.TableReader.Layout;
import io.github.govdisclosure.text.internal.TableReader.RowRead;
import io.github.govdisclosure.text.internal.TableReader.RowSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the three standard tables from their regions. Not API. */
final class Tables {
  private Tables() {}

  /** A table read, and where its text ended. */
  record Read<T>(Optional<T> table, int end) {}

  private static final List<Sum> ROW_SUM = List.of(new Sum(new int[] {0, 1, 2, 3, 4, 5}, 6));

  /** Reports a negative number in a column of counts or amounts; the cell is kept as written. */
  private static Cell unsigned(Cell cell, Sink sink) {
    if (cell.getValue().isPresent() && cell.getValue().get().signum() < 0) {
      int offset = cell.getSpan().map(span -> span.offset()).orElse(0);
      int length = cell.getSpan().map(span -> span.length()).orElse(0);
      sink.add(Codes.NUMBER_NEGATIVE, Severity.WARNING, offset, length,
          "cell '" + cell.getRaw() + "' is negative in a column of counts or amounts; kept as written");
    }
    return cell;
  }

  // ---------------------------------------------------------------- table 3

  /** Every label and header of table 3 in either edition, normalised: no extra row is one of them. */
  private static final Set<String> KNOWN_LABELS = knownLabels();

  private static Set<String> knownLabels() {
    Set<String> known = new HashSet<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      known.add(Norm.normalize(row.label()));
    }
    for (ApplicationGroup group : ApplicationGroup.values()) {
      known.add(Norm.normalize(group.label()));
    }
    for (Applicant applicant : Applicant.values()) {
      known.add(Norm.normalize(applicant.label()));
    }
    for (String header : List.of(ApplicationRow.RESULTS_HEADER, Applicant.HEADER, Applicant.ORGANIZATIONS_HEADER,
        ApplicationTable.FOOTNOTE)) {
      known.add(Norm.normalize(header));
    }
    return Set.copyOf(known);
  }

  /** The column labels of table 3, normalised: a row keyword that is one of them needs its numeral. */
  private static final Set<String> COLUMN_LABELS = columnLabels();

  private static Set<String> columnLabels() {
    Set<String> labels = new HashSet<>();
    for (Applicant applicant : Applicant.values()) {
      labels.add(Norm.normalize(applicant.label()));
    }
    return Set.copyOf(labels);
  }

  /**
   * The labels of a row of table 3: each of its keywords, after any of its numerals; a keyword that
   * is also a column label ({@code 其他}, {@code 总计}) only after one of them.
   */
  static List<LabelKey> labels(ApplicationRow row) {
    List<String> numerals = new ArrayList<>();
    for (String numeral : row.numerals()) {
      numerals.add(Norm.normalize(numeral));
    }
    List<LabelKey> labels = new ArrayList<>();
    for (String keyword : row.keywords()) {
      String key = Norm.normalize(keyword);
      labels.add(new LabelKey(key, List.copyOf(numerals), COLUMN_LABELS.contains(key)));
    }
    return List.copyOf(labels);
  }

  private static final Applicant[] APPLICANTS = Applicant.values();

  /** The layouts of table 3 and table 2 by edition, built once: immutable, shared by parses. */
  private static final Map<Edition, Layout> APPLICATION_LAYOUTS = layouts(true);
  private static final Map<Edition, Layout> ACTIVE_LAYOUTS = layouts(false);

  private static Map<Edition, Layout> layouts(boolean applications) {
    Map<Edition, Layout> layouts = new EnumMap<>(Edition.class);
    for (Edition edition : Edition.values()) {
      if (!edition.hasTables()) {
        continue;
      }
      List<RowSpec> specs = new ArrayList<>();
      if (applications) {
        for (ApplicationRow row : ApplicationRow.rows(edition)) {
          specs.add(new RowSpec(row, 7, ROW_SUM, labels(row)));
        }
      } else {
        for (DisclosureRow row : DisclosureRow.rows(edition)) {
          specs.add(new RowSpec(row, row.columns(edition).size(), List.of(), labels(row)));
        }
      }
      layouts.put(edition, new Layout(specs));
    }
    return Collections.unmodifiableMap(layouts);
  }

  static Read<ApplicationTable> applications(String text, Norm norm, int from, int to, Edition edition,
      LineIndex spans, Sink sink, DigitSplitter.Memo memo) {
    List<ApplicationRow> rows = ApplicationRow.rows(edition);
    TableReader reader = new TableReader(text, norm, spans, sink, APPLICATION_LAYOUTS.get(edition), "table 3", memo);
    reader.keepExtraRows(KNOWN_LABELS, APPLICANTS.length);
    reader.readLabelled(from, to);
    reader.reportRunTogether();
    Map<Integer, Integer> chosen = resolveByColumns(reader, rows);
    ApplicationTable.Builder table = ApplicationTable.builder(edition);
    int cells = 0;
    for (int s = 0; s < rows.size(); s++) {
      RowRead read = reader.reads.get(s);
      if (read == null) {
        continue;
      }
      List<Cell> row = read.candidates.get(chosen.getOrDefault(s, 0));
      Applicant[] columns = APPLICANTS;
      for (int c = 0; c < row.size() && c < columns.length; c++) {
        if (row.get(c).getKind() != Cell.Kind.MISSING) {
          table.put(rows.get(s), columns[c], unsigned(row.get(c), sink));
          cells++;
        }
      }
    }
    for (int s = 0; s < rows.size(); s++) {
      if (!reader.reads.containsKey(s)) {
        sink.add(Codes.ROW_MISSING, Severity.ERROR, from, 0,
            "row " + FormatKey.of(rows.get(s)) + " (" + rows.get(s).label() + ") of table 3 was not found; its cells are left out");
      }
    }
    table.addAllExtraRows(reader.extraRows);
    if (cells == 0) {
      return new Read<>(Optional.empty(), to);
    }
    return new Read<>(Optional.of(table.build()), to);
  }

  /**
   * Chooses among the candidate splits of ambiguous rows the combination that satisfies the most
   * column equations (balance and results total); reports how each ambiguous row was decided.
   */
  private static Map<Integer, Integer> resolveByColumns(TableReader reader, List<ApplicationRow> rows) {
    List<Integer> ambiguous = new ArrayList<>();
    for (Map.Entry<Integer, RowRead> e : reader.reads.entrySet()) {
      if (e.getValue().candidates.size() > 1) {
        ambiguous.add(e.getKey());
      }
    }
    Map<Integer, Integer> chosen = new HashMap<>();
    if (ambiguous.isEmpty()) {
      return chosen;
    }
    long combos = 1;
    for (int s : ambiguous) {
      combos = Math.min(1_000_000L, combos * reader.reads.get(s).candidates.size());
    }
    long[][][] values = values(reader, rows.size());
    int[] rowSpec = new int[ApplicationRow.values().length];
    Arrays.fill(rowSpec, -1);
    List<Integer> resultSpecs = new ArrayList<>();
    for (int s = 0; s < rows.size(); s++) {
      rowSpec[rows.get(s).ordinal()] = s;
      if (rows.get(s).role() == ApplicationRow.Role.RESULT) {
        resultSpecs.add(s);
      }
    }
    int[] results = resultSpecs.stream().mapToInt(Integer::intValue).toArray();
    int[] ambiguityOf = new int[rows.size()];
    Arrays.fill(ambiguityOf, -1);
    for (int k = 0; k < ambiguous.size(); k++) {
      ambiguityOf[ambiguous.get(k)] = k;
    }
    int[] pick = new int[ambiguous.size()];
    int best = -1;
    List<int[]> bests = new ArrayList<>();
    if (combos <= 4096) {
      int[] current = new int[ambiguous.size()];
      while (true) {
        int score = score(values, rowSpec, results, ambiguityOf, current);
        if (score > best) {
          best = score;
          bests.clear();
        }
        if (score == best) {
          bests.add(current.clone());
        }
        int k = ambiguous.size() - 1;
        while (k >= 0 && ++current[k] == reader.reads.get(ambiguous.get(k)).candidates.size()) {
          current[k] = 0;
          k--;
        }
        if (k < 0) {
          break;
        }
      }
    } else {
      // too many combinations: decide each row alone, the others at their preferred split
      int[] current = new int[ambiguous.size()];
      for (int k = 0; k < ambiguous.size(); k++) {
        int rowBest = -1;
        for (int c = 0; c < reader.reads.get(ambiguous.get(k)).candidates.size(); c++) {
          current[k] = c;
          int score = score(values, rowSpec, results, ambiguityOf, current);
          if (score > rowBest) {
            rowBest = score;
            pick[k] = c;
          }
        }
        current[k] = pick[k];
      }
      bests.add(pick.clone());
    }
    pick = bests.get(0);
    for (int k = 0; k < ambiguous.size(); k++) {
      int s = ambiguous.get(k);
      RowRead read = reader.reads.get(s);
      Set<Integer> options = new HashSet<>();
      for (int[] b : bests) {
        options.add(b[k]);
      }
      chosen.put(s, pick[k]);
      if (options.size() == 1 && combos <= 4096) {
        reader.sinkBySums(s, read, pick[k]);
      } else {
        reader.ambiguous(s, read, pick[k], "the column sums do not decide");
      }
    }
    return chosen;
  }

  /** No value: the row was not read, the column is past its cells, or the cell is no whole number. */
  private static final long NONE = TableReader.NO_WHOLE;

  /**
   * The cells' whole values of every read row and candidate, {@link #NONE} where there is none:
   * {@code [spec][candidate][column]}; null for a row not read.
   */
  private static long[][][] values(TableReader reader, int specs) {
    long[][][] values = new long[specs][][];
    for (Map.Entry<Integer, RowRead> e : reader.reads.entrySet()) {
      List<List<Cell>> candidates = e.getValue().candidates;
      long[][] rows = new long[candidates.size()][7];
      for (int k = 0; k < candidates.size(); k++) {
        List<Cell> cells = candidates.get(k);
        for (int c = 0; c < 7; c++) {
          rows[k][c] = TableReader.whole(cells, c);
        }
      }
      values[e.getKey()] = rows;
    }
    return values;
  }

  /** The number of column equations (balance, results total) that the chosen candidates satisfy. */
  private static int score(long[][][] values, int[] rowSpec, int[] results, int[] ambiguityOf, int[] current) {
    int score = 0;
    for (int c = 0; c < 7; c++) {
      long in1 = value(values, rowSpec[ApplicationRow.NEW_RECEIVED.ordinal()], ambiguityOf, current, c);
      long in2 = value(values, rowSpec[ApplicationRow.CARRIED_FROM_LAST_YEAR.ordinal()], ambiguityOf, current, c);
      long handled = value(values, rowSpec[ApplicationRow.TOTAL_HANDLED.ordinal()], ambiguityOf, current, c);
      long out = value(values, rowSpec[ApplicationRow.CARRIED_TO_NEXT_YEAR.ordinal()], ambiguityOf, current, c);
      if (in1 != NONE && in2 != NONE && handled != NONE && out != NONE && in1 + in2 == handled + out) {
        score++;
      }
      long sum = 0;
      boolean known = handled != NONE;
      for (int spec : results) {
        long v = value(values, spec, ambiguityOf, current, c);
        if (v == NONE) {
          known = false;
          break;
        }
        sum += v;
      }
      if (known && sum == handled) {
        score++;
      }
    }
    return score;
  }

  private static long value(long[][][] values, int spec, int[] ambiguityOf, int[] current, int column) {
    if (spec < 0 || values[spec] == null) {
      return NONE;
    }
    int k = ambiguityOf[spec];
    return values[spec][k < 0 ? 0 : current[k]][column];
  }

  // ---------------------------------------------------------------- table 4

  private static final Layout REVIEW_LAYOUT = new Layout(List.of(new RowSpec(ReviewGroup.REVIEW, 15,
      List.of(new Sum(new int[] {0, 1, 2, 3}, 4), new Sum(new int[] {5, 6, 7, 8}, 9),
          new Sum(new int[] {10, 11, 12, 13}, 14)), List.of())));

  static Read<ReviewLitigationTable> review(String text, Norm norm, int from, int to, Edition edition,
      LineIndex spans, Sink sink, DigitSplitter.Memo memo) {
    TableReader reader = new TableReader(text, norm, spans, sink, REVIEW_LAYOUT, "table 4", memo);
    int end = reader.readUnlabelled(from, to, 0);
    // numbers right after the 15th cell, before any words, are cells too many: quote, never drop them
    for (Tokenizer.Token t : Tokenizer.tokenize(text, end, to, new Sink())) {
      if (t.kind() == Tokenizer.Kind.JUNK && t.raw().codePoints().anyMatch(Character::isIdeographic)) {
        break;
      }
      if (t.hasDigit()) {
        sink.add(Codes.CELL_UNPLACED, Severity.WARNING, t.start(), t.end() - t.start(),
            "'" + t.raw() + "' after the 15 cells of table 4 is not placed in any cell");
      }
    }
    reader.reportRunTogether();
    reader.reportUndecided(Map.of());
    RowRead read = reader.reads.get(0);
    if (read == null) {
      return new Read<>(Optional.empty(), from);
    }
    List<Cell> cells = read.candidates.get(0);
    if (cells.size() < 15) {
      sink.add(Codes.ROW_INCOMPLETE, Severity.WARNING, read.offset, read.length,
          "table 4 has " + cells.size() + " of 15 cells; they are placed left to right");
    }
    ReviewLitigationTable.Builder table = ReviewLitigationTable.builder(edition);
    int i = 0;
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        if (i < cells.size() && cells.get(i).getKind() != Cell.Kind.MISSING) {
          table.put(group, outcome, unsigned(cells.get(i), sink));
        }
        i++;
      }
    }
    return new Read<>(Optional.of(table.build()), end);
  }

  // ---------------------------------------------------------------- table 2

  /** The labels of a row of table 2: its keywords. */
  static List<LabelKey> labels(DisclosureRow row) {
    List<LabelKey> labels = new ArrayList<>();
    for (String keyword : row.keywords()) {
      labels.add(new LabelKey(Norm.normalize(keyword), List.of(), false));
    }
    return List.copyOf(labels);
  }

  static Read<ActiveDisclosureTable> active(String text, Norm norm, int from, int to, Edition edition,
      LineIndex spans, Sink sink, DigitSplitter.Memo memo) {
    List<DisclosureRow> rows = DisclosureRow.rows(edition);
    TableReader reader = new TableReader(text, norm, spans, sink, ACTIVE_LAYOUTS.get(edition), "table 2", memo);
    reader.readLabelled(from, to);
    reader.reportRunTogether();
    reader.reportUndecided(Map.of());
    ActiveDisclosureTable.Builder table = ActiveDisclosureTable.builder(edition);
    int cells = 0;
    for (int s = 0; s < rows.size(); s++) {
      RowRead read = reader.reads.get(s);
      if (read == null) {
        sink.add(Codes.ROW_MISSING, Severity.ERROR, from, 0,
            "row " + FormatKey.of(rows.get(s)) + " (" + rows.get(s).label() + ") of table 2 was not found; its cells are left out");
        continue;
      }
      List<Cell> row = read.candidates.get(0);
      List<DisclosureColumn> columns = rows.get(s).columns(edition);
      for (int c = 0; c < row.size() && c < columns.size(); c++) {
        if (row.get(c).getKind() != Cell.Kind.MISSING) {
          Cell cell = columns.get(c).kind() == DisclosureColumn.Kind.SIGNED_COUNT ? row.get(c) : unsigned(row.get(c), sink);
          table.put(rows.get(s), columns.get(c), cell);
          cells++;
        }
      }
    }
    return new Read<>(cells == 0 ? Optional.empty() : Optional.of(table.build()), to);
  }
}
