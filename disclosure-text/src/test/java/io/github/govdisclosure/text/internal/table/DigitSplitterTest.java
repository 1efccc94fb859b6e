package io.github.govdisclosure.text.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.text.internal.table.DigitSplitter.Chunk;
import io.github.govdisclosure.text.internal.table.DigitSplitter.Result;
import io.github.govdisclosure.text.internal.table.DigitSplitter.Sum;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigitSplitterTest {
  private static final List<Sum> ROW = List.of(new Sum(new int[] {0, 1, 2, 3, 4, 5}, 6));
  private static final List<Sum> TABLE4 = List.of(new Sum(new int[] {0, 1, 2, 3}, 4),
      new Sum(new int[] {5, 6, 7, 8}, 9), new Sum(new int[] {10, 11, 12, 13}, 14));

  private static List<Chunk> chunks(String... runs) {
    List<Chunk> chunks = new ArrayList<>();
    for (String run : runs) {
      chunks.add(new Chunk(run));
    }
    return chunks;
  }

  private static List<List<Integer>> lengths(Result result) {
    List<List<Integer>> all = new ArrayList<>();
    for (int[] split : result.splits()) {
      List<Integer> one = new ArrayList<>();
      for (int len : split) {
        one.add(len);
      }
      all.add(one);
    }
    return all;
  }

  @Test
  void splitsARunByTheRowTotal() {
    Result result = DigitSplitter.split(chunks("640020470"), 7, ROW, true);
    assertThat(lengths(result)).containsExactly(List.of(2, 1, 1, 1, 1, 1, 2));
  }

  @Test
  void findsEverySplitTheRowTotalAdmits() {
    Result result = DigitSplitter.split(chunks("270020130"), 7, ROW, true);
    assertThat(lengths(result)).containsExactlyInAnyOrder(List.of(2, 1, 1, 1, 1, 1, 2), List.of(1, 1, 1, 1, 2, 1, 2));
  }

  @Test
  void treatsWhitespaceAsAHardBoundary() {
    Result spaced = DigitSplitter.split(chunks("11", "0", "0", "0", "0", "0", "11"), 7, ROW, true);
    assertThat(lengths(spaced)).containsExactly(List.of(2, 1, 1, 1, 1, 1, 2));
    Result misleading = DigitSplitter.split(chunks("10", "0", "00", "0", "1"), 7, ROW, true);
    assertThat(lengths(misleading)).containsExactly(List.of(1, 1, 1, 1, 1, 1, 1));
  }

  @Test
  void neverStartsACellOfSeveralDigitsWithZero() {
    Result result = DigitSplitter.split(chunks("0102"), 2, List.of(), false);
    assertThat(lengths(result)).containsExactly(List.of(1, 3));
    assertThat(DigitSplitter.split(chunks("00"), 1, List.of(), false).splits()).isEmpty();
  }

  @Test
  void splitsTable4ByItsThreeGroupSums() {
    Result result = DigitSplitter.split(chunks("10203120001200000"), 15, TABLE4, true);
    assertThat(lengths(result)).containsExactly(List.of(1, 1, 1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 1));
  }

  @Test
  void splitsARowOfLargeValuesByItsTotal() {
    // 10240 | 3 | 1200 | 0 | 57 | 8801 | 20301: parts too large for the digits left are not tried
    Result result = DigitSplitter.split(chunks("1024031200057880120301"), 7, ROW, true);
    assertThat(lengths(result)).containsExactly(List.of(5, 1, 4, 1, 2, 4, 5));
    assertThat(result.truncated()).isFalse();
    assertThat(result.tooLong()).isFalse();
  }

  @Test
  void findsNoSplitWhenTheSumsFail() {
    Result result = DigitSplitter.split(chunks("1000009"), 7, ROW, true);
    assertThat(result.splits()).isEmpty();
  }

  @Test
  void letsAnOpaqueCellThroughWithoutItsSum() {
    Result result = DigitSplitter.split(List.of(new Chunk("500000"), Chunk.opaque()), 7, ROW, true);
    assertThat(lengths(result)).containsExactly(List.of(1, 1, 1, 1, 1, 1, 0));
  }

  @Test
  void refusesRunsOverTwoHundredDigits() {
    Result result = DigitSplitter.split(chunks("1".repeat(201)), 7, ROW, true);
    assertThat(result.tooLong()).isTrue();
    assertThat(result.splits()).isEmpty();
  }

  @Test
  void staysBoundedOnAnAdversarialRun() {
    Result unconstrained = DigitSplitter.split(chunks("1".repeat(84)), 7, List.of(), false);
    assertThat(unconstrained.splits()).hasSizeLessThanOrEqualTo(DigitSplitter.MAX_SOLUTIONS);
    Result constrained = DigitSplitter.split(chunks("9".repeat(190)), 15, TABLE4, true);
    assertThat(constrained.splits()).isEmpty();
  }

  @Test
  void prefersTheMostEvenSplitThenLongLeadingCells() {
    List<int[]> sorted = DigitRuns.preferred(List.of(new int[] {3, 2, 1}, new int[] {2, 2, 2}, new int[] {1, 2, 3}));
    assertThat(sorted.get(0)).containsExactly(2, 2, 2);
    assertThat(sorted.get(1)).containsExactly(3, 2, 1);
  }
}
