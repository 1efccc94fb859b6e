package io.github.govdisclosure.testkit;

import io.github.govdisclosure.model.Edition;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What {@link Reports#consistent} generates: editions, value range, and which kinds of mess to put
 * into the cells. Immutable; build it with {@code new ReportOptions.Builder()} or start from
 * {@link #defaults()}.
 *
 * <p>With the defaults every report is complete ({@code isComplete()} holds for its three tables),
 * every cell is a plain whole number (amounts of table 2 aside), and every equation of docs/rules.md
 * holds. {@link #isBlanks()} and {@link #isTextCells()} keep every layout cell present, but as a
 * blank or text cell it no longer has a value: the equations that use it become not assessable,
 * so such a report is no longer fully assessable. {@link #isAnnotations()} keeps the values (the
 * note is beside the number) and touches table 2 only.
 *
 * <pre>{@code
 * ReportOptions options = new ReportOptions.Builder()
 *     .editions(Set.of(Edition.V2021))
 *     .largeValues(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface ReportOptions {

  /** The largest value {@link #isLargeValues()} draws for a leaf cell: 10^9. */
  long LARGE_VALUE = 1_000_000_000L;

  /** The options used when none are given: both editions, values up to 100, no mess, stated figures. */
  static ReportOptions defaults() {
    return new Builder().build();
  }

  /**
   * The editions to draw from, uniformly; default V2019 and V2021. {@link Edition#PRE_2019} has
   * no tables and is refused.
   */
  @Value.Default
  default Set<Edition> getEditions() {
    return EnumSet.of(Edition.V2019, Edition.V2021);
  }

  /**
   * The largest value of a generated leaf cell (an applicant cell of a result row, CARRIED_OVER,
   * CARRIED_FORWARD, a table 4 outcome, a table 2 count); default 100, at most
   * {@link #LARGE_VALUE}. Totals are sums of leaves and may exceed it (TOTAL_HANDLED[TOTAL] is at
   * most 25 × 6 × max), far from {@code long} overflow.
   */
  @Value.Default
  default long getMaxValue() {
    return 100;
  }

  /**
   * Whether leaf cells range up to {@link #LARGE_VALUE} (10^9) with their number of digits drawn
   * uniformly; overrides {@link #getMaxValue()}. Default false.
   */
  @Value.Default
  default boolean isLargeValues() {
    return false;
  }

  /**
   * Whether table 3 is all zero, so that every share has a zero denominator (the narrative then
   * states counts without shares). Default false.
   */
  @Value.Default
  default boolean isZeroDenominators() {
    return false;
  }

  /**
   * Whether some cells are blank: either one to four cells anywhere in the three tables, or a
   * whole organisation column of table 3 (as many reports leave them). The cells stay in the
   * table as {@code Cell.blank()}, so the tables are still complete, but the equations over them
   * are not assessable. Default false.
   */
  @Value.Default
  default boolean isBlanks() {
    return false;
  }

  /**
   * Whether one to three cells anywhere in the three tables hold text instead of a number:
   * {@code /}, {@code —} or {@code 无} ({@code Cell.text}). The equations over them are not
   * assessable. Default false.
   */
  @Value.Default
  default boolean isTextCells() {
    return false;
  }

  /**
   * Whether one to three count cells of table 2 block ITEM_1 carry an annotation, written
   * {@code 22（其中修订16件）} or {@code 55（含自然失效29件）}: the value stays, the note is
   * {@code 其中修订16件}. Default false.
   */
  @Value.Default
  default boolean isAnnotations() {
    return false;
  }

  /**
   * Whether section 一 states the figures of table 3 (received, each result group, carried
   * forward, with shares over NEW_RECEIVED[TOTAL], HALF_UP to 2 decimals) and of table 4 (review
   * and litigation counts), recorded as {@code StatedFigure}s. Default true.
   */
  @Value.Default
  default boolean isStatedFigures() {
    return true;
  }

  /** The largest leaf value these options draw: {@link #LARGE_VALUE} or {@link #getMaxValue()}. */
  default long effectiveMaxValue() {
    return isLargeValues() ? LARGE_VALUE : getMaxValue();
  }

  /** Checks the editions and the value range. */
  @Value.Check
  default void check() {
    if (getEditions().isEmpty()) {
      throw new IllegalStateException("at least one edition is needed");
    }
    if (getEditions().contains(Edition.PRE_2019)) {
      throw new IllegalStateException("PRE_2019 has no tables to generate");
    }
    if (getMaxValue() < 0 || getMaxValue() > LARGE_VALUE) {
      throw new IllegalStateException("maxValue must be in 0.." + LARGE_VALUE + ": " + getMaxValue());
    }
  }

  /** Builds options; unset attributes keep their defaults. */
  class Builder extends ImmutableReportOptions.Builder {}
}
