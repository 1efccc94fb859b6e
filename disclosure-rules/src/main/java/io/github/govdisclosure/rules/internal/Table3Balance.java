package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.Severity;

/**
 * {@code table3.balance} (ERROR), per column of table 3: {@code NEW_RECEIVED + CARRIED_OVER =
 * TOTAL_HANDLED + CARRIED_FORWARD}, the equations {@link Arithmetic#TABLE3_BALANCE} lists. Not API.
 */
public final class Table3Balance extends EquationRule {
  /** The rule. */
  public Table3Balance() {
    super(Arithmetic.TABLE3_BALANCE, Severity.ERROR);
  }
}
