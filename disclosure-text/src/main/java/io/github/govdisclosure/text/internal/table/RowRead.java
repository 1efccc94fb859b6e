package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Provenance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What was read for one row: its candidate cell lists, preferred first (several only when a digit
 * run admits several splits), and where its values stand in the source. Filled while the row is
 * read ({@link RowAssigner}, {@link DigitRuns}); only read after.
 */
final class RowRead {
  /** The row's index in its {@link TableRows}. */
  final int row;
  final List<List<Cell>> candidates = new ArrayList<>();
  /** Whether the row's values were a digit run, split into cells. */
  boolean split;
  /** The digit run as written, for messages. */
  String run = "";
  /** Where the row's values start in the source, and how long they are (0 for cells as written). */
  int offset;
  int length;
  /** Where the row's last cell ends in the source. */
  int end;

  /** How the row's cells came to be there, when not as written: a split or a guess, and why. */
  Provenance provenance = Provenance.READ;
  String basis;

  RowRead(int row) {
    this.row = row;
  }

  /** Records that the row's cells were placed by a split or a guess; a guess is never undone. */
  void placed(Provenance how, String why) {
    if (provenance != Provenance.GUESSED) {
      provenance = how;
      basis = why;
    }
  }

  /**
   * The cell of candidate {@code chosen} at {@code column} with how it came there: a split digit
   * run's cell is {@link Provenance#SPLIT} when one split was possible or the sums decided, else
   * {@link Provenance#GUESSED} with the values the other candidates put in the same column.
   */
  Cell provenanced(int chosen, int column) {
    List<Cell> cells = candidates.get(chosen);
    Provenance how = provenance;
    String why = basis;
    if (how == Provenance.READ && split) {
      // one split was possible: the row's basis, made once for its cells
      provenance = Provenance.SPLIT;
      basis = "split digit run '" + run + "' into " + cells.size()
          + " cells: the only split the format's sums and the cell count allow";
      how = provenance;
      why = basis;
    }
    if (how == Provenance.READ || DigitRuns.missing(cells, column)) {
      return cells.get(column);
    }
    Collection<String> alternatives = List.of();
    if (how == Provenance.GUESSED) {
      String raw = DigitRuns.raw(cells, column);
      Set<String> others = new LinkedHashSet<>();
      for (int k = 0; k < candidates.size(); k++) {
        List<Cell> other = candidates.get(k);
        if (k != chosen && column < other.size()) {
          String otherRaw = DigitRuns.raw(other, column);
          if (!otherRaw.equals(raw)) {
            others.add(otherRaw);
          }
        }
      }
      alternatives = others;
    }
    Cell made = DigitRuns.made(cells, column);
    if (made == null) {
      // a split's cell not made yet is read with how it came there: made once, not copied
      return DigitRuns.placed(cells, column, how, why, alternatives);
    }
    Cell.Builder b = new Cell.Builder().from(made).provenance(how).basis(why);
    if (how == Provenance.GUESSED) {
      b.alternatives(alternatives);
    }
    return b.build();
  }

  /** Whether several splits of a digit run are left to choose from. */
  boolean ambiguous() {
    return candidates.size() > 1;
  }
}
