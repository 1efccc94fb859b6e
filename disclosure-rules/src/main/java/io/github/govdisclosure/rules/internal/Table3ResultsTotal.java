package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.Severity;

/**
 * {@code table3.results-total} (ERROR), per column of table 3: {@code TOTAL_HANDLED = DISCLOSED +
 * PARTIALLY_DISCLOSED + Σ WITHHELD_* + Σ UNAVAILABLE_* + Σ NOT_PROCESSED_* + Σ OTHER_*}, the
 * equations {@link Arithmetic#TABLE3_RESULTS_TOTAL} lists. Not API.
 */
public final class Table3ResultsTotal extends EquationRule {
  /** The rule. */
  public Table3ResultsTotal() {
    super(Arithmetic.TABLE3_RESULTS_TOTAL, Severity.ERROR);
  }
}
