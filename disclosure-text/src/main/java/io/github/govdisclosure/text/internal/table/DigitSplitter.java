package io.github.govdisclosure.text.internal.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
  /** Remaining chunks from each position (each needs at least one cell). */
  private final int[] chunksFrom;
  private final DeadStates dead;
  private final int[] lengths;
  private int steps;
  private boolean truncated;

  private DigitSplitter(List<Chunk> chunks, int cells, int total, List<Sum> sums, boolean useSums,
      DeadStates dead) {
    this.dead = dead;
    this.digits = new int[total];
    this.chunkEnd = new int[total];
    this.opaqueAt = new boolean[total];
    this.chunksFrom = new int[total + 1];
    int at = 0;
    for (Chunk chunk : chunks) {
      int start = at;
      if (chunk.digits() == null) {
        opaqueAt[at] = true;
        digits[at++] = -1;
      } else {
        String d = chunk.digits();
        for (int k = 0; k < d.length(); k++) {
          digits[at++] = d.charAt(k) - '0';
        }
      }
      for (int i = start; i < at; i++) {
        chunkEnd[i] = at;
      }
    }
    for (int i = total - 1; i >= 0; i--) {
      chunksFrom[i] = 1 + chunksFrom[chunkEnd[i]];
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
    return split(chunks, cells, sums, useSums, new Memo());
  }

  /**
   * The memory of dead states, kept between the splits one reader makes one after another (it is
   * cleared at the start of each), so that it grows once. Not for several threads at once.
   */
  static final class Memo {
    private final DeadStates dead = new DeadStates();
  }

  /** As {@link #split(List, int, List, boolean)}, with the dead states kept in {@code memo}. */
  static Result split(List<Chunk> chunks, int cells, List<Sum> sums, boolean useSums, Memo memo) {
    int total = 0;
    for (Chunk c : chunks) {
      total += c.digits() == null ? 1 : c.digits().length();
    }
    if (total > MAX_DIGITS) {
      return new Result(List.of(), false, true);
    }
    memo.dead.clear();
    DigitSplitter s = new DigitSplitter(chunks, cells, total, sums, useSums, memo.dead);
    s.walk(0, 0, 0L);
    return new Result(List.copyOf(s.found), s.truncated, s.steps > MAX_STEPS);
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
    if (pos >= digits.length || chunksFrom[pos] > remainingCells
        || (digits.length - pos) > (long) remainingCells * MAX_CELL) {
      return false;
    }
    long key = DeadStates.key(cell, pos, sum);
    if (useSums && DeadStates.exact(sum) && dead.contains(key)) {
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
      int len = digitCount(sum);
      if (pos + len <= chunkEnd[pos] && matches(pos, len, sum)) {
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
      dead.add(key, sum);
    }
    return any;
  }

  /**
   * The dead states (cell, position, running sum) as packed longs in an open-addressing set: cell
   * below 64, position below 256 ({@link #MAX_DIGITS}), running sum (or -1) below 2^49.
   */
  private static final class DeadStates {
    private long[] slots = new long[64];
    private int size;

    void clear() {
      if (size > 0) {
        Arrays.fill(slots, 0L);
        size = 0;
      }
    }

    static long key(int cell, int pos, long sum) {
      // a sum past 2^49 - 2 is cut to its low bits: such a key stands for more than one state,
      // so it is never recorded (see add)
      return ((long) cell << 57) | ((long) pos << 49) | ((sum + 1) & ((1L << 49) - 1));
    }

    static boolean exact(long sum) {
      return sum + 1 < (1L << 49);
    }

    boolean contains(long key) {
      int mask = slots.length - 1;
      for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
        long s = slots[i];
        if (s == 0) {
          return false;
        }
        if (s == key + 1) {
          return true;
        }
      }
    }

    void add(long key, long sum) {
      if (!exact(sum)) {
        return;
      }
      if (4 * (size + 1) > 3 * slots.length) {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long s : old) {
          if (s != 0) {
            insert(s - 1);
          }
        }
      }
      insert(key);
    }

    private void insert(long key) {
      int mask = slots.length - 1;
      int i = mix(key) & mask;
      while (slots[i] != 0) {
        if (slots[i] == key + 1) {
          return;
        }
        i = (i + 1) & mask;
      }
      slots[i] = key + 1;
      size++;
    }

    private static int mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }

  /** Whether the {@code len} digits at {@code pos} spell {@code value} (of {@code len} digits). */
  private boolean matches(int pos, int len, long value) {
    long v = value;
    for (int k = len - 1; k >= 0; k--) {
      if (digits[pos + k] != (int) (v % 10)) {
        return false;
      }
      v /= 10;
    }
    return true;
  }

  /** The number of decimal digits of a value at least 0. */
  private static int digitCount(long value) {
    int n = 1;
    for (long v = value; v >= 10; v /= 10) {
      n++;
    }
    return n;
  }

  private long value(int pos, int len) {
    long v = 0;
    for (int k = 0; k < len; k++) {
      v = v * 10 + digits[pos + k];
    }
    return v;
  }
}
