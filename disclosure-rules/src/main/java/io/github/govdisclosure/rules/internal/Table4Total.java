package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.Severity;

/**
 * {@code table4.total} (ERROR), per group of table 4: {@code TOTAL = UPHELD + CORRECTED + OTHER +
 * PENDING}, the equations {@link Arithmetic#TABLE4_TOTAL} lists. Not API.
 */
public final class Table4Total extends EquationRule {
  /** The rule. */
  public Table4Total() {
    super(Arithmetic.TABLE4_TOTAL, Severity.ERROR);
  }
}
