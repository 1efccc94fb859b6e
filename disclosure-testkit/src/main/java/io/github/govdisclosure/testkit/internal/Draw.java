package io.github.govdisclosure.testkit.internal;

import java.util.List;
import java.util.random.RandomGenerator;

/** Small drawing helpers over a {@link RandomGenerator}; every draw goes through the one generator. */
final class Draw {

  private Draw() {}

  /**
   * A value in {@code 0..max}: zero with the given probability, otherwise log-uniform over
   * {@code 1..max} (so large ranges still give small numbers often). {@link StrictMath} keeps the
   * draw the same on every platform.
   */
  static long count(RandomGenerator rng, long max, double zeroProbability) {
    if (max <= 0 || rng.nextDouble() < zeroProbability) {
      return 0;
    }
    long v = (long) StrictMath.floor(StrictMath.pow(max + 1.0, rng.nextDouble()));
    return Math.max(1, Math.min(max, v));
  }

  static <T> T pick(RandomGenerator rng, List<T> values) {
    return values.get(rng.nextInt(values.size()));
  }

  static boolean chance(RandomGenerator rng, double probability) {
    return rng.nextDouble() < probability;
  }
}
