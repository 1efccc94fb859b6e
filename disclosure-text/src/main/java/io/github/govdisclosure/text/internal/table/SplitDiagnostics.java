package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.internal.Codes;
import io.github.govdisclosure.text.internal.Sink;
import java.util.List;

/**
 * What the reader says about digit runs it split ({@code TEXT-CELLS-RUN-TOGETHER},
 * {@code TEXT-SPLIT-*}): every message names the run as written, the row, and the splits it admits
 * and picked, so that a user can check the pick.
 */
final class SplitDiagnostics {
  private final Sink sink;

  SplitDiagnostics(Sink sink) {
    this.sink = sink;
  }

  /** A WARNING that the run of a row is too long (or its search too costly) to split; its cells are left out. */
  void tooLong(RowSpec row, RowRead read) {
    sink.add(Codes.SPLIT_TOO_LONG, Severity.WARNING, read.offset, read.length,
        "digit run '" + excerpt(read.run) + "' of row " + FormatKey.of(row.row()) + " is too long or too costly to split into "
            + row.size() + " cells; the cells are left out");
  }

  /** A WARNING that the run of a row has no split into its cells at all; its cells are left out. */
  void unsplittable(RowSpec row, RowRead read) {
    sink.add(Codes.SPLIT_TOO_LONG, Severity.WARNING, read.offset, read.length,
        "digit run '" + excerpt(read.run) + "' of row " + FormatKey.of(row.row()) + " cannot be split into " + row.size()
            + " cells; the cells are left out");
  }

  /** A WARNING that no split satisfies the row's sums, with the split picked ignoring them. */
  void unsatisfied(RowSpec row, RowRead read, List<Cell> picked) {
    read.placed(Provenance.GUESSED, "no split of digit run '" + read.run + "' satisfies the sums; picked "
        + render(picked) + " ignoring them");
    sink.add(Codes.SPLIT_UNSATISFIED, Severity.WARNING, read.offset, read.length,
        "no split of digit run '" + read.run + "' into " + row.size() + " cells satisfies the sums of row " + row.row()
            + "; picked " + render(picked) + " ignoring them");
  }

  /** An INFO, once per table, that rows were run together and split. */
  void runTogether(TableRead table) {
    int count = 0;
    int offset = -1;
    for (RowRead read : table.inReadOrder()) {
      if (read.split) {
        count++;
        if (offset < 0) {
          offset = read.offset;
        }
      }
    }
    if (count > 0) {
      sink.add(Codes.CELLS_RUN_TOGETHER, Severity.INFO, offset, 0,
          count + (count == 1 ? " row" : " rows") + " of " + table.rows.name
              + " had cells run together; split into cells by the format's sums and the whitespace");
    }
  }

  /** The ambiguity of every row with several splits, in a table without sums across rows: the first is picked. */
  void undecided(TableRead table) {
    for (RowRead read : table.inReadOrder()) {
      if (read.ambiguous()) {
        ambiguous(table, read, 0, "the table has no sums to decide");
      }
    }
  }

  /** A WARNING that names the alternatives and the pick. */
  void ambiguous(TableRead table, RowRead read, int pick, String why) {
    RowSpec row = table.spec(read);
    String picked = render(read.candidates.get(pick));
    read.placed(Provenance.GUESSED, "digit run '" + read.run + "' admits " + read.candidates.size() + " splits; "
        + why + "; picked " + picked);
    sink.add(Codes.SPLIT_AMBIGUOUS, Severity.WARNING, read.offset, read.length,
        "digit run '" + read.run + "' of row " + FormatKey.of(row.row()) + " admits " + read.candidates.size()
            + " splits into " + row.size() + " cells (" + alternatives(read) + "); " + why
            + "; picked " + picked);
  }

  /** An INFO that names the alternatives the sums across rows ruled out. */
  void bySums(TableRead table, RowRead read, int pick) {
    String picked = render(read.candidates.get(pick));
    read.placed(Provenance.SPLIT, "digit run '" + read.run + "' admits " + read.candidates.size()
        + " splits with a valid row total; the column sums choose " + picked);
    sink.add(Codes.SPLIT_BY_SUMS, Severity.INFO, read.offset, read.length,
        "digit run '" + read.run + "' of row " + FormatKey.of(table.spec(read).row()) + " admits " + read.candidates.size()
            + " splits with a valid row total (" + alternatives(read) + "); the column sums choose " + picked);
  }

  /** The first four candidates, and how many more. */
  private static String alternatives(RowRead read) {
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

  /** Cells as {@code [64, 0, 2]}: values as plain numbers, other cells as written. */
  static String render(List<Cell> cells) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(DigitRuns.shown(cells, i));
    }
    return b.append(']').toString();
  }

  private static String excerpt(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
