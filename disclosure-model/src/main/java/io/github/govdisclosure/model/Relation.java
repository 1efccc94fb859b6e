package io.github.govdisclosure.model;

/** How the two sides of an {@link Equation} compare: {@code =}, {@code ≤} or {@code ≥}. */
public enum Relation {
  /** left = right. */
  EQUAL("="),
  /** left ≤ right. */
  AT_MOST("≤"),
  /** left ≥ right. */
  AT_LEAST("≥");

  private final String symbol;

  Relation(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol as written in equations and messages: {@code =}, {@code ≤}, {@code ≥}. */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether the relation holds for a difference {@code left − right} of the given sign.
   *
   * @param signum the sign of {@code left − right}: negative, zero or positive
   */
  public boolean holds(int signum) {
    switch (this) {
      case EQUAL:
        return signum == 0;
      case AT_MOST:
        return signum <= 0;
      default:
        return signum >= 0;
    }
  }
}
