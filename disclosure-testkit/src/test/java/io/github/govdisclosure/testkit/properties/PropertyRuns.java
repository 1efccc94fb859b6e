package io.github.govdisclosure.testkit.properties;

import static org.quicktheories.QuickTheory.qt;

import org.quicktheories.QuickTheory;

/**
 * How many examples a property runs and from which seed, so that the build is deterministic and a
 * long run is one system property away.
 *
 * <ul>
 *   <li>{@code -Dproperties.seed=N}: the QuickTheories seed of every property (default
 *       {@value #DEFAULT_SEED}, fixed, so {@code mvn verify} always checks the same examples);
 *   <li>{@code -Dproperties.examples=N}: every property runs N examples instead of its default;
 *   <li>{@code -Dproperties.scale=K}: every property runs K times its default (ignored when
 *       {@code properties.examples} is set).
 * </ul>
 *
 * <p>With either of the last two set, each property prints one line with the number of examples it
 * checked, for the record of a long run.
 */
final class PropertyRuns {

  /** The seed of the build. */
  static final long DEFAULT_SEED = 20_240_601L;

  private PropertyRuns() {}

  /** The seed: {@code properties.seed}, else {@link #DEFAULT_SEED}. */
  static long seed() {
    return Long.getLong("properties.seed", DEFAULT_SEED);
  }

  /** The number of examples of a property whose default is {@code defaultExamples}. */
  static int examples(int defaultExamples) {
    Integer examples = Integer.getInteger("properties.examples");
    if (examples != null) {
      return examples;
    }
    return defaultExamples * Integer.getInteger("properties.scale", 1);
  }

  /** Whether this is a long run (examples or scale set), in which counts are printed. */
  static boolean longRun() {
    return System.getProperty("properties.examples") != null || System.getProperty("properties.scale") != null;
  }

  /**
   * QuickTheories with the seed and the examples of a property, and enough generate attempts that
   * assumptions never starve the run.
   */
  static QuickTheory theory(int defaultExamples) {
    int examples = examples(defaultExamples);
    // shrinking shrinks the testkit's seeds, which says nothing smaller about a report: keep it short
    return qt().withFixedSeed(seed()).withExamples(examples).withGenerateAttempts(examples * 10)
        .withShrinkCycles(20);
  }

  /** Prints the examples checked by a property, in a long run only. */
  static void record(String property, long checked) {
    if (longRun()) {
      System.out.println("[properties] " + property + ": " + checked + " examples, seed " + seed());
    }
  }
}
