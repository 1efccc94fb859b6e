package io.github.govdisclosure.text.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits digit runs into a known number of cells, as crawler text prints rows whose cells ran
 * together ({@code 640020470} = 64|0|0|2|0|4|70).
 *
 * <p>The input is a row's chunks in order: digit strings (separated in the source by whitespace,
 * which is a hard boundary: a cell never spans two chunks) and opaque cells (a dash, a decimal).
 * A cell of several digits never starts with {@code 0}. Sum groups say that some cells are the
 * total of others ({@code parts → total}); a total's digits must spell the sum of its parts, which
 * makes the search a pruned depth-first walk: at a total there is one choice at most. Dead states
 * (position, cell, running sum) are memoised, the number of steps is capped, and runs over
 * {@link #MAX_DIGITS} digits are refused, so the search is bounded. Not API.
 */
public final class DigitSplitter {
  /** Runs longer than this are not split. */
  public static final int MAX_DIGITS = 200;
  /** The longest single cell, in digits. */
  static final int MAX_CELL = 12;
  /** Search steps before giving up. */
  static final int MAX_STEPS = 200_000;
  /** Solutions collected at most. */
  public static final int MAX_SOLUTIONS = 64;

  /** A sum constraint: the cell {@code total} equals the sum of the cells {@code parts}. */
  public record Sum(int[] parts, int total) {}

  /** One chunk: digits to split, or (digits null) one opaque cell whose value is unknown. */
  public record Chunk(String digits) {
    /** An opaque cell. */
    public static Chunk opaque() {
      return new Chunk(null);
    }
  }

  private record State(int cell, int pos, long sum) {}

  /** The outcome: splits found (each the digit count of every cell; 0 for an opaque cell). */
  public record Result(List<int[]> splits, boolean truncated, boolean tooLong) {}

  private final int[] digits;
  private final int[] chunkEnd;
  private final boolean[] opaqueAt;
  private final int cells;
  private final int[] groupOf;
  private final boolean[] isTotal;
  private final boolean useSums;
  private final List<int[]> found = new ArrayList<>();
  private final Set<State> dead = new HashSet<>();
  private final int[] lengths;
  private int steps;
  private boolean truncated;

  private DigitSplitter(List<Chunk> chunks, int cells, List<Sum> sums, boolean useSums) {
    StringBuilder all = new StringBuilder();
    List<Integer> ends = new ArrayList<>();
    List<Boolean> opaque = new ArrayList<>();
    for (Chunk chunk : chunks) {
      if (chunk.digits() == null) {
        all.append('x');
        opaque.add(true);
      } else {
        all.append(chunk.digits());
        for (int k = 0; k < chunk.digits().length(); k++) {
          opaque.add(false);
        }
      }
      ends.add(all.length());
    }
    this.digits = new int[all.length()];
    this.chunkEnd = new int[all.length()];
    this.opaqueAt = new boolean[all.length()];
    int chunk = 0;
    for (int i = 0; i < all.length(); i++) {
      while (ends.get(chunk) <= i) {
        chunk++;
      }
      chunkEnd[i] = ends.get(chunk);
      opaqueAt[i] = opaque.get(i);
      digits[i] = opaqueAt[i] ? -1 : all.charAt(i) - '0';
    }
    this.cells = cells;
    this.groupOf = new int[cells];
    Arrays.fill(groupOf, -1);
    this.isTotal = new boolean[cells];
    for (int g = 0; g < sums.size(); g++) {
      for (int p : sums.get(g).parts()) {
        groupOf[p] = g;
      }
      groupOf[sums.get(g).total()] = g;
      isTotal[sums.get(g).total()] = true;
    }
    this.useSums = useSums;
    this.lengths = new int[cells];
  }

  /**
   * Finds the splits of the chunks into {@code cells} cells that satisfy the sums (or, with
   * {@code useSums} false, all splits), up to {@link #MAX_SOLUTIONS}.
   */
  public static Result split(List<Chunk> chunks, int cells, List<Sum> sums, boolean useSums) {
    int total = 0;
    for (Chunk c : chunks) {
      total += c.digits() == null ? 1 : c.digits().length();
    }
    if (total > MAX_DIGITS) {
      return new Result(List.of(), false, true);
    }
    DigitSplitter s = new DigitSplitter(chunks, cells, sums, useSums);
    s.walk(0, 0, 0L);
    return new Result(List.copyOf(s.found), s.truncated, s.steps > MAX_STEPS);
  }

  /** Remaining chunks from position {@code pos} (each needs at least one cell). */
  private int chunksFrom(int pos) {
    int count = 0;
    int p = pos;
    while (p < digits.length) {
      count++;
      p = chunkEnd[p];
    }
    return count;
  }

  /** Returns whether any solution was found below this state. */
  private boolean walk(int cell, int pos, long sum) {
    if (found.size() >= MAX_SOLUTIONS) {
      truncated = true;
      return true;
    }
    if (++steps > MAX_STEPS) {
      truncated = true;
      return true;
    }
    if (cell == cells) {
      if (pos == digits.length) {
        found.add(lengths.clone());
        truncated |= found.size() >= MAX_SOLUTIONS; // the search stops here: more splits may exist
        return true;
      }
      return false;
    }
    int remainingCells = cells - cell;
    if (pos >= digits.length || chunksFrom(pos) > remainingCells
        || (digits.length - pos) > (long) remainingCells * MAX_CELL) {
      return false;
    }
    State key = new State(cell, pos, sum);
    if (useSums && dead.contains(key)) {
      return false;
    }
    boolean any = false;
    int g = groupOf[cell];
    boolean constrained = useSums && g >= 0;
    if (opaqueAt[pos]) {
      lengths[cell] = 0;
      long next = !constrained || isTotal[cell] ? 0L : -1L;
      any = walk(cell + 1, pos + 1, next);
    } else if (constrained && isTotal[cell] && sum >= 0) {
      String want = Long.toString(sum);
      int len = want.length();
      if (pos + len <= chunkEnd[pos] && matches(pos, want)) {
        lengths[cell] = len;
        any = walk(cell + 1, pos + len, 0L);
      }
    } else {
      int max = Math.min(MAX_CELL, chunkEnd[pos] - pos);
      if (digits[pos] == 0) {
        max = 1;
      }
      for (int len = 1; len <= max; len++) {
        long value = value(pos, len);
        lengths[cell] = len;
        long next;
        if (!constrained) {
          next = 0L;
        } else if (isTotal[cell]) {
          next = 0L;
        } else {
          next = sum < 0 ? -1L : sum + value;
        }
        if (walk(cell + 1, pos + len, next)) {
          any = true;
        }
        if (found.size() >= MAX_SOLUTIONS || steps > MAX_STEPS) {
          break;
        }
      }
    }
    if (!any && useSums) {
      dead.add(key);
    }
    return any;
  }

  private boolean matches(int pos, String want) {
    for (int k = 0; k < want.length(); k++) {
      if (digits[pos + k] != want.charAt(k) - '0') {
        return false;
      }
    }
    return true;
  }

  private long value(int pos, int len) {
    long v = 0;
    for (int k = 0; k < len; k++) {
      v = v * 10 + digits[pos + k];
    }
    return v;
  }
}
