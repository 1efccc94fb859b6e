package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.Severity;

/**
 * {@code table3.applicant-total} (ERROR), per data row of table 3: {@code TOTAL} is the sum of the
 * six applicant columns, the equations {@link Arithmetic#TABLE3_APPLICANT_TOTAL} lists. Not API.
 */
public final class Table3ApplicantTotal extends EquationRule {
  /** The rule. */
  public Table3ApplicantTotal() {
    super(Arithmetic.TABLE3_APPLICANT_TOTAL, Severity.ERROR);
  }
}
