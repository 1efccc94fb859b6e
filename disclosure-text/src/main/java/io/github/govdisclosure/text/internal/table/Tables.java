package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.internal.Codes;
import io.github.govdisclosure.text.internal.NormalForm;
import io.github.govdisclosure.text.internal.Sink;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the three standard tables from their regions of one document. Each table goes one way
 * through the stages: its rows are read ({@link RowAssigner}, which hands digit runs to
 * {@link DigitRuns}), the splits are chosen ({@link SplitChooser} where sums across rows decide,
 * else the preferred one) and reported ({@link SplitDiagnostics}), and the model's table is built
 * from the rows read. One per parse; not for several threads at once. Not API.
 */
public final class Tables {

  /**
   * A table read, and where its text ended.
   *
   * @param table the table, empty when no cell of it was read
   * @param end where the table's text ends in the source
   */
  public record Read<T>(Optional<T> table, int end) {}

  private final String text;
  private final NormalForm norm;
  private final LineIndex lines;
  private final Sink sink;
  private final SplitDiagnostics diagnostics;
  /** The digit splitter's memory, shared by the tables' digit runs. */
  private final DigitSplitter.Memo memo = new DigitSplitter.Memo();

  /** A reader of the tables of {@code text}, whose normal form is {@code norm}. */
  public Tables(String text, NormalForm norm, LineIndex lines, Sink sink) {
    this.text = text;
    this.norm = norm;
    this.lines = lines;
    this.sink = sink;
    this.diagnostics = new SplitDiagnostics(sink);
  }

  private RowAssigner assigner(TableRead table) {
    return new RowAssigner(text, norm, lines, sink, table, new DigitRuns(lines, sink, diagnostics, memo));
  }

  /** Reports a negative number in a column of counts or amounts; the cell is kept as written. */
  private Cell unsigned(Cell cell) {
    if (cell.getValue().isPresent() && cell.getValue().get().signum() < 0) {
      int offset = cell.getSpan().map(span -> span.offset()).orElse(0);
      int length = cell.getSpan().map(span -> span.length()).orElse(0);
      sink.add(Codes.NUMBER_NEGATIVE, Severity.WARNING, offset, length,
          "cell '" + cell.getRaw() + "' is negative in a column of counts or amounts; kept as written");
    }
    return cell;
  }

  /** Reads table 3 from the region {@code [from, to)}. */
  public Read<ApplicationTable> applications(int from, int to, Edition edition) {
    TableRead read = new TableRead(TableRows.applications(edition));
    assigner(read).readLabelled(from, to);
    diagnostics.runTogether(read);
    Map<Integer, Integer> chosen = SplitChooser.choose(read, diagnostics);
    List<ApplicationRow> rows = ApplicationRow.rows(edition);
    Applicant[] columns = Applicant.values();
    ApplicationTable.Builder table = ApplicationTable.builder(edition);
    int cells = 0;
    for (int s = 0; s < rows.size(); s++) {
      RowRead row = read.row(s);
      if (row == null) {
        continue;
      }
      int pick = chosen.getOrDefault(s, 0);
      List<Cell> candidate = row.candidates.get(pick);
      for (int c = 0; c < candidate.size() && c < columns.length; c++) {
        if (!DigitRuns.missing(candidate, c)) {
          table.put(rows.get(s), columns[c], unsigned(row.provenanced(pick, c)));
          cells++;
        }
      }
    }
    for (int s = 0; s < rows.size(); s++) {
      if (!read.has(s)) {
        sink.add(Codes.ROW_MISSING, Severity.ERROR, from, 0,
            "row " + FormatKey.of(rows.get(s)) + " (" + rows.get(s).label() + ") of table 3 was not found; its cells are left out");
      }
    }
    table.addAllExtraRows(read.extraRows);
    if (cells == 0) {
      return new Read<>(Optional.empty(), to);
    }
    return new Read<>(Optional.of(table.build()), to);
  }

  /** Reads table 4, one row of 15 cells without a label, from the region {@code [from, to)}. */
  public Read<ReviewLitigationTable> review(int from, int to, Edition edition) {
    TableRead read = new TableRead(TableRows.review());
    int size = read.rows.rows.get(0).size();
    int end = assigner(read).readUnlabelled(from, to, 0);
    // numbers right after the 15th cell, before any words, are cells too many: quote, never drop them
    for (Tokenizer.Token t : Tokenizer.tokenize(text, end, to, new Sink())) {
      if (t.kind() == Tokenizer.Kind.JUNK && t.raw().codePoints().anyMatch(Character::isIdeographic)) {
        break;
      }
      if (t.hasDigit()) {
        sink.add(Codes.CELL_UNPLACED, Severity.WARNING, t.start(), t.end() - t.start(),
            "'" + t.raw() + "' after the " + size + " cells of table 4 is not placed in any cell");
      }
    }
    diagnostics.runTogether(read);
    diagnostics.undecided(read);
    RowRead row = read.row(0);
    if (row == null) {
      return new Read<>(Optional.empty(), from);
    }
    List<Cell> cells = row.candidates.get(0);
    if (cells.size() < size) {
      sink.add(Codes.ROW_INCOMPLETE, Severity.WARNING, row.offset, row.length,
          "table 4 has " + cells.size() + " of " + size + " cells; they are placed left to right");
      row.placed(Provenance.GUESSED, cells.size() + " of " + size + " cells, placed left to right");
    }
    ReviewLitigationTable.Builder table = ReviewLitigationTable.builder(edition);
    int i = 0;
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        if (i < cells.size() && !DigitRuns.missing(cells, i)) {
          table.put(group, outcome, unsigned(row.provenanced(0, i)));
        }
        i++;
      }
    }
    return new Read<>(Optional.of(table.build()), end);
  }

  /** Reads table 2 from the region {@code [from, to)}. */
  public Read<ActiveDisclosureTable> active(int from, int to, Edition edition) {
    TableRead read = new TableRead(TableRows.active(edition));
    assigner(read).readLabelled(from, to);
    diagnostics.runTogether(read);
    diagnostics.undecided(read);
    List<DisclosureRow> rows = DisclosureRow.rows(edition);
    ActiveDisclosureTable.Builder table = ActiveDisclosureTable.builder(edition);
    int cells = 0;
    for (int s = 0; s < rows.size(); s++) {
      RowRead row = read.row(s);
      if (row == null) {
        sink.add(Codes.ROW_MISSING, Severity.WARNING, from, 0,
            "row " + FormatKey.of(rows.get(s)) + " (" + rows.get(s).label() + ") of table 2 was not found; its cells are left out");
        continue;
      }
      List<Cell> candidate = row.candidates.get(0);
      List<DisclosureColumn> columns = rows.get(s).columns(edition);
      for (int c = 0; c < candidate.size() && c < columns.size(); c++) {
        if (!DigitRuns.missing(candidate, c)) {
          Cell cell = columns.get(c).kind() == DisclosureColumn.Kind.SIGNED_COUNT
              ? row.provenanced(0, c) : unsigned(row.provenanced(0, c));
          table.put(rows.get(s), columns.get(c), cell);
          cells++;
        }
      }
    }
    return new Read<>(cells == 0 ? Optional.empty() : Optional.of(table.build()), to);
  }
}
