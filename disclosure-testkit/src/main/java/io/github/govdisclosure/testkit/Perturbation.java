package io.github.govdisclosure.testkit;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import org.immutables.value.Value;

/**
 * A report with exactly one table 3 cell changed: {@link #getCell()} holds
 * {@link #getPerturbedValue()} instead of {@link #getOriginalValue()}; every other cell, and the
 * narrative, are those of {@link #getOriginal()}.
 *
 * <p>A changed interior cell breaks one {@code table3.applicant-total} row and one
 * {@code table3.results-total} (or {@code table3.balance}) column by the same difference, the
 * pattern {@code table3.wrong-cell} reports with {@link #getOriginalValue()} as the repair value.
 * The narrative is not updated, so {@code narrative.count} may also fire when the cell is quoted.
 */
@Value.Immutable
public interface Perturbation {

  /** The report before the change. */
  Report getOriginal();

  /** The report after the change. */
  Report getReport();

  /** The changed cell, always in {@code Table.APPLICATIONS}. */
  CellRef getCell();

  /** The value the cell had, which makes every equation hold again. */
  long getOriginalValue();

  /** The value the cell has now, ≥ 0 and different from the original. */
  long getPerturbedValue();

  /** {@code perturbedValue − originalValue}, never zero. */
  default long delta() {
    return getPerturbedValue() - getOriginalValue();
  }

  /** Whether the changed cell is a total: in the TOTAL column or the TOTAL_HANDLED row. */
  default boolean isTotalCell() {
    return getCell().column() == Applicant.TOTAL || getCell().row() == ApplicationRow.TOTAL_HANDLED;
  }

  /** Checks that the change is one nonzero delta. */
  @Value.Check
  default void check() {
    if (getOriginalValue() == getPerturbedValue()) {
      throw new IllegalStateException("a perturbation changes the value: " + getCell());
    }
  }

  /** Builds a perturbation; {@link Perturbations#perturb} is the usual way to get one. */
  class Builder extends ImmutablePerturbation.Builder {}
}
