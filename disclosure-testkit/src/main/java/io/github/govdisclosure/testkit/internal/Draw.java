package io.github.govdisclosure.testkit.internal;

import java.util.List;
import java.util.random.RandomGenerator;

/** Small drawing helpers over a {@link RandomGenerator}; every draw goes through the one generator. */
final class Draw {

  private Draw() {}

  /**
   * A value in {@code 0..max}: zero with the given probability, otherwise a number whose digit
   * count is uniform over the digit counts of {@code 1..max} (so large ranges still give small
   * numbers often).
   */
  static long count(RandomGenerator rng, long max, double zeroProbability) {
    if (max <= 0 || rng.nextDouble() < zeroProbability) {
      return 0;
    }
    int digits = Long.toString(max).length();
    int d = 1 + rng.nextInt(digits);
    long lo = d == 1 ? 1 : pow10(d - 1);
    long hi = Math.min(pow10(d) - 1, max);
    if (lo > hi) {
      lo = hi;
    }
    return rng.nextLong(lo, hi + 1);
  }

  static long pow10(int exponent) {
    long p = 1;
    for (int i = 0; i < exponent; i++) {
      p *= 10;
    }
    return p;
  }

  static <T> T pick(RandomGenerator rng, List<T> values) {
    return values.get(rng.nextInt(values.size()));
  }

  static boolean chance(RandomGenerator rng, double probability) {
    return rng.nextDouble() < probability;
  }
}
