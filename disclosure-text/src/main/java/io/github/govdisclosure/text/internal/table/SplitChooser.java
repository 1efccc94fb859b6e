package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.Cell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses among the candidate splits of a table's ambiguous rows the combination that satisfies
 * the most equations across rows ({@link TableRows#across}: in table 3 the balance and the results
 * total of each column), and reports how each ambiguous row was decided: by the sums
 * ({@code TEXT-SPLIT-BY-SUMS}) or not ({@code TEXT-SPLIT-AMBIGUOUS}, the preferred pick kept).
 */
final class SplitChooser {
  /** The most combinations of candidates tried together; beyond, each row is decided alone. */
  private static final int MAX_COMBINATIONS = 4096;
  /** No value: the row was not read, the cell is past the row's cells, or it is no whole number. */
  private static final long NONE = DigitRuns.NO_WHOLE;

  private SplitChooser() {}

  /** The candidate chosen for each ambiguous row (by row index); rows not in the map take their first. */
  static Map<Integer, Integer> choose(TableRead table, SplitDiagnostics diagnostics) {
    List<RowRead> ambiguous = new ArrayList<>();
    for (RowRead read : table.inReadOrder()) {
      if (read.ambiguous()) {
        ambiguous.add(read);
      }
    }
    Map<Integer, Integer> chosen = new HashMap<>();
    if (ambiguous.isEmpty()) {
      return chosen;
    }
    long combos = 1;
    for (RowRead read : ambiguous) {
      combos = Math.min(1_000_000L, combos * read.candidates.size());
    }
    List<TableRows.Across> across = table.rows.across;
    long[][][] values = values(table);
    int[] ambiguityOf = new int[table.rows.rows.size()];
    Arrays.fill(ambiguityOf, -1);
    for (int k = 0; k < ambiguous.size(); k++) {
      ambiguityOf[ambiguous.get(k).row] = k;
    }
    int[] pick = new int[ambiguous.size()];
    int best = -1;
    List<int[]> bests = new ArrayList<>();
    if (combos <= MAX_COMBINATIONS) {
      int[] current = new int[ambiguous.size()];
      while (true) {
        int score = score(across, values, ambiguityOf, current);
        if (score > best) {
          best = score;
          bests.clear();
        }
        if (score == best) {
          bests.add(current.clone());
        }
        int k = ambiguous.size() - 1;
        while (k >= 0 && ++current[k] == ambiguous.get(k).candidates.size()) {
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
        for (int c = 0; c < ambiguous.get(k).candidates.size(); c++) {
          current[k] = c;
          int score = score(across, values, ambiguityOf, current);
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
      RowRead read = ambiguous.get(k);
      Set<Integer> options = new HashSet<>();
      for (int[] b : bests) {
        options.add(b[k]);
      }
      chosen.put(read.row, pick[k]);
      if (options.size() == 1 && combos <= MAX_COMBINATIONS) {
        diagnostics.bySums(table, read, pick[k]);
      } else {
        diagnostics.ambiguous(table, read, pick[k], "the column sums do not decide");
      }
    }
    return chosen;
  }

  /**
   * The cells' whole values of every read row and candidate, {@link #NONE} where there is none:
   * {@code [row][candidate][cell]}; null for a row not read.
   */
  private static long[][][] values(TableRead table) {
    long[][][] values = new long[table.rows.rows.size()][][];
    for (RowRead read : table.inReadOrder()) {
      List<List<Cell>> candidates = read.candidates;
      int cells = table.spec(read).size();
      long[][] rows = new long[candidates.size()][cells];
      for (int k = 0; k < candidates.size(); k++) {
        List<Cell> candidate = candidates.get(k);
        for (int c = 0; c < cells; c++) {
          rows[k][c] = DigitRuns.whole(candidate, c);
        }
      }
      values[read.row] = rows;
    }
    return values;
  }

  /** The number of equations across rows that the chosen candidates satisfy, every cell known. */
  private static int score(List<TableRows.Across> across, long[][][] values, int[] ambiguityOf, int[] current) {
    int score = 0;
    for (int e = 0, n = across.size(); e < n; e++) {
      TableRows.Across equation = across.get(e);
      long difference = 0;
      boolean known = true;
      int[] rows = equation.plusRow();
      int[] cells = equation.plusCell();
      for (int i = 0; i < rows.length && known; i++) {
        long v = value(values, rows[i], ambiguityOf, current, cells[i]);
        known = v != NONE;
        difference += v;
      }
      rows = equation.minusRow();
      cells = equation.minusCell();
      for (int i = 0; i < rows.length && known; i++) {
        long v = value(values, rows[i], ambiguityOf, current, cells[i]);
        known = v != NONE;
        difference -= v;
      }
      if (known && equation.relation().holds(Long.signum(difference))) {
        score++;
      }
    }
    return score;
  }

  private static long value(long[][][] values, int row, int[] ambiguityOf, int[] current, int cell) {
    if (values[row] == null) {
      return NONE;
    }
    int k = ambiguityOf[row];
    return values[row][k < 0 ? 0 : current[k]][cell];
  }
}
