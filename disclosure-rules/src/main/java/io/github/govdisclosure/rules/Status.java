package io.github.govdisclosure.rules;

/** The outcome of one evaluated rule instance. */
public enum Status {
  /** The equation or condition holds. */
  PASS,
  /** The equation or condition does not hold. */
  FAIL,
  /** An operand is blank, a dash, other text, or missing: the instance cannot be decided. */
  NOT_ASSESSABLE
}
