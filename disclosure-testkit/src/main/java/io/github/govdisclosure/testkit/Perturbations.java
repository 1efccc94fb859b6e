package io.github.govdisclosure.testkit;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Single-cell perturbations of table 3: the inconsistent reports that {@code table3.wrong-cell}
 * should locate.
 *
 * <pre>{@code
 * Perturbation p = Perturbations.perturb(report, new SplittableRandom(7));
 * p.getCell();            // APPLICATIONS[WITHHELD_THIRD_PARTY][NATURAL_PERSON]
 * p.getOriginalValue();   // 2
 * p.getPerturbedValue();  // 5
 * }</pre>
 */
public final class Perturbations {

  private Perturbations() {}

  /**
   * Changes one numeric cell of table 3 by a nonzero delta, keeping it ≥ 0. The generator chooses,
   * with even odds when both exist, an interior cell (an applicant column of a row other than
   * TOTAL_HANDLED) or a total cell (the TOTAL column or the TOTAL_HANDLED row); the delta is
   * between 1 and max(10, the value) in size.
   *
   * @param report a report with a table 3 holding at least one whole number
   * @param rng the source of randomness
   * @return the perturbed report with the cell, its original and its new value
   * @throws IllegalArgumentException if the report has no table 3 or no whole number in it
   */
  public static Perturbation perturb(Report report, RandomGenerator rng) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(rng, "rng");
    ApplicationTable table = report.getApplications()
        .orElseThrow(() -> new IllegalArgumentException("the report has no table 3"));
    List<CellRef> interior = new ArrayList<>();
    List<CellRef> totals = new ArrayList<>();
    for (CellRef ref : table.layout()) {
      if (table.get(ref).asLong().isEmpty()) {
        continue;
      }
      boolean total = ref.column() == Applicant.TOTAL || ref.row() == ApplicationRow.TOTAL_HANDLED;
      (total ? totals : interior).add(ref);
    }
    if (interior.isEmpty() && totals.isEmpty()) {
      throw new IllegalArgumentException("table 3 has no whole number to perturb");
    }
    List<CellRef> pool = interior.isEmpty() ? totals
        : totals.isEmpty() ? interior
        : rng.nextBoolean() ? interior : totals;
    CellRef cell = pool.get(rng.nextInt(pool.size()));
    long original = table.get(cell).asLong().getAsLong();
    long size = 1 + rng.nextLong(Math.max(10, Math.min(original, Long.MAX_VALUE / 4)));
    long perturbed = size <= original && rng.nextBoolean() ? original - size : original + size;
    ApplicationTable changed = ApplicationTable.builder(table.getEdition())
        .from(table)
        .putCells(cell, Cell.of(perturbed))
        .build();
    Report result = new Report.Builder().from(report).applications(changed).build();
    return new Perturbation.Builder()
        .original(report)
        .report(result)
        .cell(cell)
        .originalValue(original)
        .perturbedValue(perturbed)
        .build();
  }
}
