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
 * makes the search a pruned depth-first walk: at a total there is one choice at most, and a part
 * is not tried when the digits left cannot spell a total of its running sum (too few of them, or,
 * for a total that ends the row, no length of it that the parts between can reach). Dead states
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

  /** Digit of each position, -1 for an opaque cell; {@link #positions} of them are in use. */
  private int[] digits = new int[0];
  private int[] chunkEnd = new int[0];
  private boolean[] opaqueAt = new boolean[0];
  /** The positions of the current split: its digits and opaque cells. */
  private int positions;
  private int cells;
  private int[] groupOf = new int[0];
  private boolean[] isTotal = new boolean[0];
  private boolean useSums;
  private final List<int[]> found = new ArrayList<>();
  /** Remaining chunks from each position (each needs at least one cell). */
  private int[] chunksFrom = new int[1];
  /**
   * Of each part of a sum, the cell where its running sum is next compared with a total (the
   * sum's total, with only parts of sums between), or -1 when the sum is dropped before one.
   */
  private int[] checkedAt = new int[0];
  /** Whether an opaque cell stands at or after each position (it lets any total through). */
  private boolean[] opaqueFrom = new boolean[1];
  /** The longest digit string a cell starting at or after each position can have. */
  private int[] roomFrom = new int[1];
  private final DeadStates dead = new DeadStates();
  private int[] lengths = new int[0];
  private int steps;
  private boolean truncated;

  /**
   * An empty splitter: {@link #prepare} sets it up for one split. Its arrays are kept from one
   * split to the next, and grow once to the longest row, because a table reader splits its rows
   * one after another and most of a small row's search would otherwise go to making them.
   */
  private DigitSplitter() {}

  /** Sets the splitter up for the chunks ({@code total} positions), cells and sums of one split. */
  private void prepare(List<Chunk> chunks, int cells, int total, List<Sum> sums, boolean useSums) {
    dead.clear();
    found.clear();
    steps = 0;
    truncated = false;
    if (digits.length < total) {
      int size = Math.max(total, 2 * digits.length);
      digits = new int[size];
      chunkEnd = new int[size];
      opaqueAt = new boolean[size];
      chunksFrom = new int[size + 1];
      opaqueFrom = new boolean[size + 1];
      roomFrom = new int[size + 1];
    }
    positions = total;
    int at = 0;
    for (Chunk chunk : chunks) {
      int start = at;
      if (chunk.digits() == null) {
        opaqueAt[at] = true;
        digits[at++] = -1;
      } else {
        String d = chunk.digits();
        for (int k = 0; k < d.length(); k++) {
          opaqueAt[at] = false;
          digits[at++] = d.charAt(k) - '0';
        }
      }
      for (int i = start; i < at; i++) {
        chunkEnd[i] = at;
      }
    }
    chunksFrom[total] = 0;
    for (int i = total - 1; i >= 0; i--) {
      chunksFrom[i] = 1 + chunksFrom[chunkEnd[i]];
    }
    if (groupOf.length < cells) {
      int size = Math.max(cells, 2 * groupOf.length);
      groupOf = new int[size];
      isTotal = new boolean[size];
      lengths = new int[size];
      checkedAt = new int[size];
    }
    this.cells = cells;
    Arrays.fill(groupOf, 0, cells, -1);
    Arrays.fill(isTotal, 0, cells, false);
    for (int g = 0; g < sums.size(); g++) {
      for (int p : sums.get(g).parts()) {
        groupOf[p] = g;
      }
      groupOf[sums.get(g).total()] = g;
      isTotal[sums.get(g).total()] = true;
    }
    this.useSums = useSums;
    // from the last cell back: the first cell after c that is no part of a sum
    int u = cells;
    for (int c = cells - 1; c >= 0; c--) {
      boolean part = groupOf[c] >= 0 && !isTotal[c];
      checkedAt[c] = part && u < cells && groupOf[u] >= 0 ? u : -1;
      if (!part) {
        u = c;
      }
    }
    opaqueFrom[total] = false;
    roomFrom[total] = 0;
    for (int i = total - 1; i >= 0; i--) {
      opaqueFrom[i] = opaqueAt[i] || opaqueFrom[i + 1];
      roomFrom[i] = Math.max(roomFrom[i + 1], opaqueAt[i] ? 0 : chunkEnd[i] - i);
    }
  }

  /**
   * Finds the splits of the chunks into {@code cells} cells that satisfy the sums (or, with
   * {@code useSums} false, all splits), up to {@link #MAX_SOLUTIONS}.
   */
  public static Result split(List<Chunk> chunks, int cells, List<Sum> sums, boolean useSums) {
    return split(chunks, cells, sums, useSums, new Memo());
  }

  /**
   * The splitter (its arrays and dead states) kept between the splits one reader makes one after
   * another, so that it grows once, and the last split's question and result: the rows of a table
   * often repeat the run of the row before ({@code 0000000}), and a split depends on nothing but
   * its question. Not for several threads at once.
   */
  static final class Memo {
    private final DigitSplitter splitter = new DigitSplitter();
    /** The last split's chunks (not changed after), cells, sums and use of them, and its result. */
    private List<Chunk> lastChunks;
    private int lastCells;
    private List<Sum> lastSums;
    private boolean lastUseSums;
    private Result last;

    /**
     * Whether the last split asked the same, its sums compared by their cells: each row has its
     * own, equal ones.
     */
    boolean asked(List<Chunk> chunks, int cells, List<Sum> sums, boolean useSums) {
      return last != null && cells == lastCells && useSums == lastUseSums && chunks.equals(lastChunks)
          && sameSums(sums, lastSums);
    }

    private static boolean sameSums(List<Sum> a, List<Sum> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int g = 0; g < a.size(); g++) {
        if (a.get(g).total() != b.get(g).total() || !Arrays.equals(a.get(g).parts(), b.get(g).parts())) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * As {@link #split(List, int, List, boolean)}, with the splitter kept in {@code memo}, and the
   * last result given again when the question repeats.
   */
  static Result split(List<Chunk> chunks, int cells, List<Sum> sums, boolean useSums, Memo memo) {
    int total = 0;
    for (Chunk c : chunks) {
      total += c.digits() == null ? 1 : c.digits().length();
    }
    if (total > MAX_DIGITS) {
      return new Result(List.of(), false, true);
    }
    if (memo.asked(chunks, cells, sums, useSums)) {
      return memo.last;
    }
    DigitSplitter s = memo.splitter;
    s.prepare(chunks, cells, total, sums, useSums);
    s.walk(0, 0, 0L);
    Result result = new Result(List.copyOf(s.found), s.truncated, s.steps > MAX_STEPS);
    memo.lastChunks = chunks;
    memo.lastCells = cells;
    memo.lastSums = sums;
    memo.lastUseSums = useSums;
    memo.last = result;
    return result;
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
      if (pos == positions) {
        found.add(Arrays.copyOf(lengths, cells));
        truncated |= found.size() >= MAX_SOLUTIONS; // the search stops here: more splits may exist
        return true;
      }
      return false;
    }
    int remainingCells = cells - cell;
    if (pos >= positions || chunksFrom[pos] > remainingCells
        || (positions - pos) > (long) remainingCells * MAX_CELL) {
      return false;
    }
    long key = DeadStates.key(cell, pos, sum);
    if (useSums && DeadStates.exact(sum) && dead.contains(key)) {
      return false;
    }
    int entered = steps;
    boolean any = false;
    int g = groupOf[cell];
    boolean constrained = useSums && g >= 0;
    if (opaqueAt[pos]) {
      lengths[cell] = 0;
      long next = !constrained || isTotal[cell] ? 0L : -1L;
      any = walk(cell + 1, pos + 1, next);
    } else if (constrained && isTotal[cell] && sum >= 0) {
      int len = digitCount(sum);
      if (pos + len <= chunkEnd[pos] && value(pos, len) == sum) {
        lengths[cell] = len;
        any = walk(cell + 1, pos + len, 0L);
      }
    } else {
      int max = Math.min(MAX_CELL, chunkEnd[pos] - pos);
      if (digits[pos] == 0) {
        max = 1;
      }
      // a part whose running sum is compared with a total ahead: that total spells at least the sum
      boolean part = constrained && !isTotal[cell];
      int checked = part && sum >= 0 ? checkedAt[cell] : -1;
      int partsAhead = checked - cell - 1;
      boolean closing = checked == cells - 1;
      long value = 0;
      for (int len = 1; len <= max; len++) {
        value = value * 10 + digits[pos + len - 1];
        lengths[cell] = len;
        long next = !part ? 0L : sum < 0 ? -1L : sum + value;
        if (checked >= 0) {
          if (!fits(next, pos + len, partsAhead)) {
            // no digits ahead hold the total: nor with a longer (larger) part, so none below is a split
            break;
          }
          if (closing && !closes(next, pos + len, partsAhead)) {
            continue;
          }
        }
        if (walk(cell + 1, pos + len, next)) {
          any = true;
        }
        if (found.size() >= MAX_SOLUTIONS || steps > MAX_STEPS) {
          break;
        }
      }
    }
    if (!any && useSums && steps > entered) {
      // a state that walked no further costs its one step again when met again, as a recorded one
      // does: only states that walked further are worth recording
      dead.add(key, sum);
    }
    return any;
  }

  /**
   * The dead states (cell, position, running sum) as packed longs in an open-addressing set: cell
   * below 64, position below 256 ({@link #MAX_DIGITS}), running sum (or -1) below 2^49. A slot is
   * in the set when its stamp is the current one, so that clearing the set between splits is one
   * increment however large it grew.
   */
  private static final class DeadStates {
    private long[] slots = new long[64];
    private int[] stamps = new int[64];
    private int stamp = 1;
    private int size;

    void clear() {
      if (size > 0) {
        size = 0;
        if (++stamp == 0) {
          Arrays.fill(stamps, 0);
          stamp = 1;
        }
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
        if (stamps[i] != stamp) {
          return false;
        }
        if (slots[i] == key) {
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
        int[] oldStamps = stamps;
        slots = new long[old.length * 2];
        stamps = new int[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i++) {
          if (oldStamps[i] == stamp) {
            insert(old[i]);
          }
        }
      }
      insert(key);
    }

    private void insert(long key) {
      int mask = slots.length - 1;
      int i = mix(key) & mask;
      while (stamps[i] == stamp) {
        if (slots[i] == key) {
          return;
        }
        i = (i + 1) & mask;
      }
      slots[i] = key;
      stamps[i] = stamp;
      size++;
    }

    private static int mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }

  /**
   * Whether a total of at least {@code sum} can still be spelled after {@code parts} more cells
   * from {@code pos}: the cells ahead take a position each, the sum grows while no opaque cell
   * intervenes, and a total takes as many digits as its value has.
   */
  private boolean fits(long sum, int pos, int parts) {
    int from = pos + parts;
    if (from >= positions) {
      return false;
    }
    int room = roomFrom[from];
    return opaqueFrom[pos] || room >= TENS.length || sum < TENS[room];
  }

  /**
   * Whether the last cell, a total, can close the digits: whether at the end of the last chunk
   * some {@code t} digits can spell {@code sum} plus what {@code parts} more cells over the digits
   * from {@code pos} to them add, a number of {@code t} digits. Those cells add at least a cell of
   * their longest even share's digits, at most one long cell and nines.
   *
   * <p>As {@code t} grows, fewer digits are left to the cells between, so both bounds of what they
   * add shrink while the range of {@code t}-digit numbers moves up: the lowest total that fits
   * and the highest both grow with {@code t}. So the first {@code t} whose highest total reaches
   * the sum decides: if its lowest is already above the sum, every later one is too (only a total
   * too long to bound, {@code t} of 18 digits, still lets it through).
   */
  private boolean closes(long sum, int pos, int parts) {
    if (opaqueFrom[pos]) {
      return true;
    }
    int end = positions;
    // a total shorter than the sum is below it, whatever the cells between add
    int shortest = Math.min(digitCount(sum), TENS.length - 1);
    for (int t = shortest; end - t - pos >= parts && chunkEnd[end - t] == end; t++) {
      if (t >= TENS.length - 1) {
        return true;
      }
      int between = end - t - pos;
      long least = sum + leastSum(between, parts);
      if (least > TENS[t] - 1) {
        continue;
      }
      long most = sum + mostSum(between, parts);
      if (most >= (t == 1 ? 0 : TENS[t - 1])) {
        return true;
      }
      int longest = TENS.length - 1;
      return end - longest - pos >= parts && chunkEnd[end - longest] == end;
    }
    return false;
  }

  /** A lower bound of the sum of {@code parts} cells over {@code digits} digits, or beyond any total. */
  private static long leastSum(int digits, int parts) {
    if (parts == 0) {
      return digits == 0 ? 0 : Long.MAX_VALUE / 2;
    }
    if (digits < parts) {
      return Long.MAX_VALUE / 2;
    }
    int longest = (digits + parts - 1) / parts;
    if (longest > MAX_CELL) {
      return Long.MAX_VALUE / 2;
    }
    // a cell of several digits does not start with 0
    return longest >= 2 ? TENS[longest - 1] : 0;
  }

  /** An upper bound of the sum of {@code parts} cells over {@code digits} digits ({@code parts} of them at least). */
  private static long mostSum(int digits, int parts) {
    if (parts == 0) {
      return 0;
    }
    int longest = digits - parts + 1;
    return longest >= TENS.length - 1 ? TENS[TENS.length - 1] : TENS[longest] - 1 + 9L * (parts - 1);
  }

  /** Powers of ten up to 10^18. */
  private static final long[] TENS = new long[19];

  static {
    TENS[0] = 1;
    for (int i = 1; i < TENS.length; i++) {
      TENS[i] = TENS[i - 1] * 10;
    }
  }

  /** The number of decimal digits of a value at least 0. */
  private static int digitCount(long value) {
    int n = 1;
    while (n < TENS.length && value >= TENS[n]) {
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
