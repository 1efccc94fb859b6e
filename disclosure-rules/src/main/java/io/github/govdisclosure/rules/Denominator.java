package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Quantity;
import java.util.List;

/**
 * What a share of applications is taken of, all in the {@code TOTAL} column of table 3. Reports
 * write {@code 占总数的…%} over any of them; {@code narrative.percentage} tries them in this order.
 */
public enum Denominator {
  /** {@code TOTAL_HANDLED[TOTAL]}, （七）总计. */
  TOTAL_HANDLED("TOTAL_HANDLED", List.of(CellRef.of(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL))),
  /** {@code NEW_RECEIVED[TOTAL]}, applications received in the year. */
  NEW_RECEIVED("NEW_RECEIVED", List.of(CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL))),
  /**
   * {@code NEW_RECEIVED[TOTAL] + CARRIED_OVER[TOTAL]}, all applications of the year; equals
   * {@code TOTAL_HANDLED + CARRIED_FORWARD} in a balanced table.
   */
  NEW_RECEIVED_PLUS_CARRIED_FROM_LAST_YEAR("NEW_RECEIVED + CARRIED_OVER", List.of(
      CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL),
      CellRef.of(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.TOTAL)));

  private static final List<Quantity> RESULTS = List.of(Quantity.DISCLOSED, Quantity.PARTIALLY_DISCLOSED,
      Quantity.WITHHELD, Quantity.UNAVAILABLE, Quantity.NOT_PROCESSED, Quantity.OTHER);
  private static final List<Quantity> RESULTS_AND_CARRIED_FORWARD = List.of(Quantity.DISCLOSED,
      Quantity.PARTIALLY_DISCLOSED, Quantity.WITHHELD, Quantity.UNAVAILABLE, Quantity.NOT_PROCESSED, Quantity.OTHER,
      Quantity.CARRIED_TO_NEXT_YEAR);

  private final String label;
  private final List<CellRef> cells;

  Denominator(String label, List<CellRef> cells) {
    this.label = label;
    this.cells = cells;
  }

  /**
   * The categories a {@linkplain Percentages#breakdown breakdown} over this denominator shows, those
   * whose counts make it up: over {@code TOTAL_HANDLED} the six results of （三）–（六）
   * ({@code DISCLOSED}, {@code PARTIALLY_DISCLOSED}, and the {@code WITHHELD}, {@code UNAVAILABLE},
   * {@code NOT_PROCESSED} and {@code OTHER} groups), which add up to it; over the others the six and
   * {@code CARRIED_TO_NEXT_YEAR}, which add up to {@code NEW_RECEIVED + CARRIED_OVER} in a balanced
   * table.
   */
  public List<Quantity> categories() {
    return this == TOTAL_HANDLED ? RESULTS : RESULTS_AND_CARRIED_FORWARD;
  }

  /** The cells whose sum is the denominator. */
  public List<CellRef> cells() {
    return cells;
  }

  /** The label used in messages, e.g. {@code NEW_RECEIVED + CARRIED_OVER}. */
  public String label() {
    return label;
  }
}
