package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.internal.NarrativePercentage;
import io.github.govdisclosure.rules.internal.ShareMath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Shares of applications, {@code 100 · N / D}, in {@link BigDecimal} with an explicit scale and
 * {@link RoundingMode} (never from {@code double}). Immutable: each {@code with…} returns a copy.
 *
 * <pre>{@code
 * Optional<ShareBreakdown> shares = Percentages.over(Denominator.NEW_RECEIVED)
 *     .withScale(2).withRounding(RoundingMode.HALF_UP)
 *     .breakdown(report.getApplications().get());
 * Optional<ShareBreakdown> to100 = Percentages.over(Denominator.NEW_RECEIVED_PLUS_CARRIED_FROM_LAST_YEAR)
 *     .withLargestRemainder(true).breakdown(table);      // shares add up to exactly 100.00
 * List<Finding> stated = Percentages.recompute(report); // narrative.percentage
 * }</pre>
 *
 * <p>A zero denominator, or a count that is not a whole number (blank, text, missing), gives an
 * empty result, never an exception.
 */
public final class Percentages {
  private final Denominator denominator;
  private final int scale;
  private final RoundingMode rounding;
  private final boolean largestRemainder;
  private final BlankCells blanks;

  private Percentages(Denominator denominator, int scale, RoundingMode rounding, boolean largestRemainder,
      BlankCells blanks) {
    this.denominator = denominator;
    this.scale = scale;
    this.rounding = rounding;
    this.largestRemainder = largestRemainder;
    this.blanks = blanks;
  }

  /** Shares over a denominator, 2 decimals, {@code HALF_UP}, no adjustment, blanks kept. */
  public static Percentages over(Denominator denominator) {
    return new Percentages(Objects.requireNonNull(denominator, "denominator"), 2, RoundingMode.HALF_UP, false,
        BlankCells.KEEP);
  }

  /** The same with another number of decimals (0 to 10). */
  public Percentages withScale(int scale) {
    if (scale < 0 || scale > 10) {
      throw new IllegalArgumentException("scale must be 0 to 10: " + scale);
    }
    return new Percentages(denominator, scale, rounding, largestRemainder, blanks);
  }

  /** The same with another rounding of each share; {@code UNNECESSARY} is not allowed. */
  public Percentages withRounding(RoundingMode rounding) {
    if (Objects.requireNonNull(rounding, "rounding") == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("shares need a rounding; UNNECESSARY would throw on 1/3");
    }
    return new Percentages(denominator, scale, rounding, largestRemainder, blanks);
  }

  /**
   * The same with or without the largest-remainder adjustment: shares truncated, then the units
   * missing to the rounded total given to the largest remainders. When the counts add up to the
   * denominator (e.g. {@code NEW_RECEIVED + CARRIED_OVER} of a balanced table) the shares then
   * add up to exactly 100. The rounding mode is then not used.
   */
  public Percentages withLargestRemainder(boolean largestRemainder) {
    return new Percentages(denominator, scale, rounding, largestRemainder, blanks);
  }

  /** The same reading blank cells another way ({@link BlankCells#READ_AS_ZERO}: as 0). */
  public Percentages withBlankCells(BlankCells blanks) {
    return new Percentages(denominator, scale, rounding, largestRemainder, Objects.requireNonNull(blanks, "blanks"));
  }

  /**
   * {@code 100 · part / whole} at this scale and rounding.
   *
   * @return empty when {@code whole} is zero
   * @throws IllegalArgumentException if a count is negative
   */
  public Optional<BigDecimal> share(long part, long whole) {
    if (part < 0 || whole < 0) {
      throw new IllegalArgumentException("counts must be ≥ 0: " + part + " / " + whole);
    }
    return ShareMath.percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), scale, rounding);
  }

  /**
   * The shares of the categories that make up the denominator ({@link Denominator#categories()}:
   * {@code DISCLOSED}, {@code PARTIALLY_DISCLOSED}, the {@code WITHHELD}, {@code UNAVAILABLE},
   * {@code NOT_PROCESSED} and {@code OTHER} group totals, and {@code CARRIED_FORWARD} except over
   * {@code TOTAL_HANDLED}), all in the {@code TOTAL} column. A group's share is the group's: its
   * rows' sum, reported once at the group. With the largest-remainder adjustment the shares of a
   * table whose categories add up to the denominator add up to exactly 100.
   *
   * @param table the table
   * @return empty when the denominator is zero or a count is not a whole number ≥ 0
   */
  public Optional<ShareBreakdown> breakdown(ApplicationTable table) {
    Objects.requireNonNull(table, "table");
    Optional<Long> whole = sum(table, denominator.cells());
    if (whole.isEmpty() || whole.get() <= 0) {
      return Optional.empty();
    }
    List<Long> counts = new ArrayList<>();
    List<Quantity> categories = denominator.categories();
    for (Quantity category : categories) {
      Optional<Long> count = sum(table, cells(category, table));
      if (count.isEmpty() || count.get() < 0) {
        return Optional.empty();
      }
      counts.add(count.get());
    }
    List<BigDecimal> percents = new ArrayList<>();
    if (largestRemainder) {
      percents.addAll(ShareMath.largestRemainder(counts, whole.get(), scale));
    } else {
      for (long count : counts) {
        percents.add(share(count, whole.get()).get());
      }
    }
    ShareBreakdown.Builder breakdown = new ShareBreakdown.Builder()
        .denominator(denominator).denominatorValue(whole.get()).scale(scale).rounding(rounding)
        .largestRemainder(largestRemainder);
    for (int i = 0; i < categories.size(); i++) {
      breakdown.addShares(new Share.Builder().category(categories.get(i)).count(counts.get(i))
          .percent(percents.get(i)).build());
    }
    return Optional.of(breakdown.build());
  }

  /**
   * {@code narrative.percentage} for every share the text states, under the standard rule set.
   *
   * @param report the report
   * @return one finding per stated share
   */
  public static List<Finding> recompute(Report report) {
    return recompute(report, Rules.standard());
  }

  /**
   * {@code narrative.percentage} for every share the text states, under a rule set's configuration
   * (disabled: empty; severity override and blank cells applied).
   *
   * @param report the report
   * @param rules the rule set
   * @return one finding per stated share
   */
  public static List<Finding> recompute(Report report, Rules rules) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(rules, "rules");
    return rules.checkOne(StandardRule.NARRATIVE_PERCENTAGE, report);
  }

  /**
   * {@code narrative.percentage} for every share the text states, recomputed over this denominator,
   * at this scale and rounding — the caller's, not the rule's own search among denominators,
   * roundings and the decimals each share is written with. A share the text states otherwise (over
   * another denominator, rounded another way, at other decimals unless equal in value) fails; blank
   * cells are read as {@link #withBlankCells} says. The largest-remainder adjustment does not apply
   * to single shares.
   *
   * @param report the report
   * @return one finding per stated share
   */
  public List<Finding> recomputeStated(Report report) {
    Objects.requireNonNull(report, "report");
    Rules rules = Rules.builder().blankCells(blanks).build();
    return rules.checkWith(new NarrativePercentage(denominator, rounding, scale), report);
  }

  private static List<CellRef> cells(Quantity category, ApplicationTable table) {
    List<CellRef> cells = new ArrayList<>();
    switch (category) {
      case DISCLOSED:
        cells.add(CellRef.of(ApplicationRow.DISCLOSED, Applicant.TOTAL));
        break;
      case PARTIALLY_DISCLOSED:
        cells.add(CellRef.of(ApplicationRow.PARTIALLY_DISCLOSED, Applicant.TOTAL));
        break;
      case CARRIED_TO_NEXT_YEAR:
        cells.add(CellRef.of(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.TOTAL));
        break;
      default:
        for (ApplicationRow row : category.group().orElseThrow().rows(table.getEdition())) {
          cells.add(CellRef.of(row, Applicant.TOTAL));
        }
    }
    return cells;
  }

  private Optional<Long> sum(ApplicationTable table, List<CellRef> cells) {
    long sum = 0;
    for (CellRef ref : cells) {
      Optional<BigDecimal> value = blanks.value(table.get(ref));
      if (value.isEmpty()) {
        return Optional.empty();
      }
      try {
        sum = Math.addExact(sum, value.get().longValueExact());
      } catch (ArithmeticException notWhole) {
        return Optional.empty();
      }
    }
    return Optional.of(sum);
  }
}
