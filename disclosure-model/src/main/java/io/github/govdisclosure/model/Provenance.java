package io.github.govdisclosure.model;

/**
 * How a table cell's value came to be where it is: as written, split out of a run of digits by the
 * format's sums, or placed by a guess. Only {@link #GUESSED} weakens a verdict: a failed equation
 * over a guessed cell is not assessable, never inconsistent.
 *
 * <p>Published text loses the table grid: {@code 3501035} can be {@code 35 0 1035} or
 * {@code 350 10 35}. A reader that decides such a split records it in {@link Cell#getProvenance()},
 * with the reason ({@link Cell#getBasis()}) and the values it did not choose
 * ({@link Cell#getAlternatives()}).
 */
public enum Provenance {
  /** The value was read as written, in its own cell. */
  READ,
  /**
   * The value was split out of a run of digits written together, and the format's sums (the
   * equations of {@link Arithmetic}) allow exactly one split: {@link Cell#getBasis()} names them.
   */
  SPLIT,
  /**
   * The value was placed by a guess: a split of a digit run that the sums leave ambiguous, or a row
   * without its label placed by its position. {@link Cell#getAlternatives()} lists the other
   * readings when there were any.
   */
  GUESSED
}
