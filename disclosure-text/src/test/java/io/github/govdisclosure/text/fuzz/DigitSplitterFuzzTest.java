package io.github.govdisclosure.text.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.govdisclosure.text.internal.table.DigitSplitter;
import io.github.govdisclosure.text.internal.table.DigitSplitter.Chunk;
import io.github.govdisclosure.text.internal.table.DigitSplitter.Result;
import io.github.govdisclosure.text.internal.table.DigitSplitter.Sum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the digit-run splitter with rows of digit chunks, opaque cells and sum groups as the
 * table reader builds them (disjoint groups, indexes inside the row). Every split returned has the
 * requested number of cells, keeps chunk boundaries, never starts a cell of several digits with
 * {@code 0}, satisfies the sums, and small inputs are checked against a brute-force enumeration;
 * otherwise the result says it gave up ({@code truncated} or {@code tooLong}).
 */
class DigitSplitterFuzzTest {
  private static final int MAX_CELL = 12;
  /** Below this many digits (and cells), every split is enumerated to check the search. */
  private static final int BRUTE_FORCE_DIGITS = 14;

  @FuzzTest(maxDuration = "30m")
  void splitsIntoTheRequestedCellsOrSaysItCannot(FuzzedDataProvider data) {
    int cells = data.consumeInt(1, 24);
    boolean useSums = data.consumeBoolean();
    List<Sum> sums = sums(data, cells);
    List<Chunk> chunks = new ArrayList<>();
    int chunkCount = data.consumeInt(1, 30);
    for (int i = 0; i < chunkCount && data.remainingBytes() > 0; i++) {
      if (data.consumeInt(0, 9) == 0) {
        chunks.add(Chunk.opaque());
      } else {
        chunks.add(new Chunk(digits(data)));
      }
    }
    if (chunks.isEmpty()) {
      chunks.add(new Chunk("0"));
    }

    Result result = DigitSplitter.split(chunks, cells, sums, useSums);

    int positions = 0;
    for (Chunk chunk : chunks) {
      positions += chunk.digits() == null ? 1 : chunk.digits().length();
    }
    if (positions > DigitSplitter.MAX_DIGITS) {
      assertThat(result.tooLong()).isTrue();
      assertThat(result.splits()).isEmpty();
      return;
    }
    assertThat(result.splits()).hasSizeLessThanOrEqualTo(DigitSplitter.MAX_SOLUTIONS);
    if (result.splits().size() == DigitSplitter.MAX_SOLUTIONS) {
      assertThat(result.truncated()).as("the solution cap stopped the search").isTrue();
    }
    Set<List<Integer>> seen = new HashSet<>();
    for (int[] split : result.splits()) {
      assertThat(split).hasSize(cells);
      assertValid(split, chunks, sums, useSums);
      assertThat(seen.add(asList(split))).as("splits are distinct").isTrue();
    }
    if (positions <= BRUTE_FORCE_DIGITS && cells <= BRUTE_FORCE_DIGITS + 1 && !result.truncated()) {
      Set<List<Integer>> all = new HashSet<>();
      enumerate(chunks, cells, sums, useSums, all);
      assertThat(seen).as("every split of %s into %d cells", chunks, cells).isEqualTo(all);
    }
  }

  @Test
  void marksTheResultTruncatedWhenTheSolutionCapStopsTheSearch() {
    // found by this fuzz test (crash-df5f0060…): 64 splits came back with truncated() false
    Result result = DigitSplitter.split(List.of(new Chunk("2221322700000")), 7, List.of(), false);

    assertThat(result.splits()).hasSize(DigitSplitter.MAX_SOLUTIONS);
    assertThat(result.truncated()).isTrue();
  }

  /**
   * Sum groups as {@code Tables} declares them: each a run of adjacent part cells followed by its
   * total ({@code 0..5 → 6}; table 4: {@code 0..3 → 4}, {@code 5..8 → 9}, {@code 10..13 → 14}),
   * the groups disjoint and in order.
   */
  private static List<Sum> sums(FuzzedDataProvider data, int cells) {
    List<Sum> sums = new ArrayList<>();
    int next = 0;
    int groups = data.consumeInt(0, 3);
    for (int g = 0; g < groups && next < cells - 1; g++) {
      int start = data.consumeInt(next, cells - 2);
      int parts = data.consumeInt(1, Math.min(6, cells - 1 - start));
      int[] members = new int[parts];
      for (int k = 0; k < parts; k++) {
        members[k] = start + k;
      }
      sums.add(new Sum(members, start + parts));
      next = start + parts + 1;
    }
    return sums;
  }

  private static String digits(FuzzedDataProvider data) {
    int length = data.consumeInt(1, 40);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append((char) ('0' + data.consumeInt(0, 9)));
    }
    return b.toString();
  }

  private static void assertValid(int[] split, List<Chunk> chunks, List<Sum> sums, boolean useSums) {
    List<String> values = cellsOf(split, chunks);
    assertThat(values).as("split %s of %s", Arrays.toString(split), chunks).isNotNull();
    for (String value : values) {
      if (value != null) {
        assertThat(value.length()).isBetween(1, MAX_CELL + 2);
        assertThat(value.length() == 1 || value.charAt(0) != '0').as("no leading zero: %s", value).isTrue();
      }
    }
    if (useSums) {
      assertThat(sumsHold(values, sums)).as("sums hold for %s", values).isTrue();
    }
  }

  /**
   * The cell values a split spells (null for an opaque cell), or null when the split does not
   * cover the chunks exactly, cell by cell, without crossing a chunk boundary.
   */
  private static List<String> cellsOf(int[] split, List<Chunk> chunks) {
    List<String> values = new ArrayList<>();
    int cell = 0;
    for (Chunk chunk : chunks) {
      if (chunk.digits() == null) {
        if (cell >= split.length || split[cell] != 0) {
          return null;
        }
        values.add(null);
        cell++;
        continue;
      }
      int at = 0;
      while (at < chunk.digits().length()) {
        if (cell >= split.length || split[cell] <= 0 || at + split[cell] > chunk.digits().length()) {
          return null;
        }
        values.add(chunk.digits().substring(at, at + split[cell]));
        at += split[cell];
        cell++;
      }
    }
    return cell == split.length ? values : null;
  }

  private static boolean sumsHold(List<String> values, List<Sum> sums) {
    for (Sum sum : sums) {
      if (values.get(sum.total()) == null) {
        continue; // an opaque total is not checked
      }
      long parts = 0;
      boolean opaquePart = false;
      for (int p : sum.parts()) {
        if (values.get(p) == null) {
          opaquePart = true;
        } else {
          parts += Long.parseLong(values.get(p));
        }
      }
      if (!opaquePart && parts != Long.parseLong(values.get(sum.total()))) {
        return false;
      }
    }
    return true;
  }

  /** Every split, by brute force: each digit position either ends a cell or not. */
  private static void enumerate(List<Chunk> chunks, int cells, List<Sum> sums, boolean useSums,
      Set<List<Integer>> out) {
    List<Integer> lengths = new ArrayList<>();
    walk(chunks, 0, 0, cells, lengths, sums, useSums, out);
  }

  private static void walk(List<Chunk> chunks, int chunk, int at, int cells, List<Integer> lengths,
      List<Sum> sums, boolean useSums, Set<List<Integer>> out) {
    if (lengths.size() > cells) {
      return;
    }
    if (chunk == chunks.size()) {
      if (lengths.size() == cells) {
        int[] split = lengths.stream().mapToInt(Integer::intValue).toArray();
        List<String> values = cellsOf(split, chunks);
        boolean ok = values != null && values.stream().allMatch(v -> v == null || v.length() == 1 || v.charAt(0) != '0')
            && withinCellLength(values, sums, useSums)
            && (!useSums || sumsHold(values, sums));
        if (ok) {
          out.add(List.copyOf(lengths));
        }
      }
      return;
    }
    String digits = chunks.get(chunk).digits();
    if (digits == null) {
      lengths.add(0);
      walk(chunks, chunk + 1, 0, cells, lengths, sums, useSums, out);
      lengths.remove(lengths.size() - 1);
      return;
    }
    for (int len = 1; at + len <= digits.length(); len++) {
      lengths.add(len);
      if (at + len == digits.length()) {
        walk(chunks, chunk + 1, 0, cells, lengths, sums, useSums, out);
      } else {
        walk(chunks, chunk, at + len, cells, lengths, sums, useSums, out);
      }
      lengths.remove(lengths.size() - 1);
    }
  }

  /**
   * Every cell at most {@value #MAX_CELL} digits, except a total spelled by the sum of its parts
   * (a total with an opaque part is an ordinary cell).
   */
  private static boolean withinCellLength(List<String> values, List<Sum> sums, boolean useSums) {
    Set<Integer> totals = new HashSet<>();
    if (useSums) {
      for (Sum sum : sums) {
        if (Arrays.stream(sum.parts()).allMatch(p -> values.get(p) != null)) {
          totals.add(sum.total());
        }
      }
    }
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v != null && v.length() > MAX_CELL && !totals.contains(i)) {
        return false;
      }
    }
    return true;
  }

  private static List<Integer> asList(int[] split) {
    List<Integer> list = new ArrayList<>();
    for (int len : split) {
      list.add(len);
    }
    return list;
  }
}
