package io.github.govdisclosure.diff;

import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One comparison of {@link ReportDiff}: a cell of the older report against the cell that means the
 * same in the newer one, with the change {@code newer − older} and the relative change
 * {@code 100 · (newer − older) / |older|} in percent.
 *
 * <p>Both sides are compared only when both are numbers: a blank, a text cell ({@code /},
 * {@code —}) or a missing cell on either side makes the comparison {@link Kind#NOT_COMPARABLE},
 * never a guessed zero.
 *
 * <p>A comparison is <em>derived</em> when one side is not a printed cell: across the V2019→V2021
 * edition change, the V2019 single row {@code （六）其他处理} ({@code OTHER_HANDLING}) is compared
 * with the sum of the three V2021 rows of that group ({@code OTHER_NO_CORRECTION},
 * {@code OTHER_FEE_UNPAID}, {@code OTHER_OTHER}); its {@linkplain #getRow() row} is then the group
 * {@link ApplicationGroup#OTHER} and the side that is a sum lists its cells.
 */
@Value.Immutable
public interface CellChange {

  /** What the comparison found. */
  enum Kind {
    /** Both sides are numbers and equal. */
    UNCHANGED,
    /** Both sides are numbers and differ. */
    CHANGED,
    /** A side is blank, text or missing: there is no change to compute. */
    NOT_COMPARABLE
  }

  /** The table. */
  Table getTable();

  /**
   * The row: an {@link io.github.govdisclosure.model.ApplicationRow}, a
   * {@link io.github.govdisclosure.model.DisclosureRow} or a
   * {@link io.github.govdisclosure.model.ReviewGroup}; {@link ApplicationGroup#OTHER} for the
   * derived comparison of the （六）其他处理 group.
   */
  Enum<?> getRow();

  /** The column: an {@link io.github.govdisclosure.model.Applicant}, a {@link io.github.govdisclosure.model.DisclosureColumn} or an {@link io.github.govdisclosure.model.Outcome}. */
  Enum<?> getColumn();

  /** The cells of the older report this side reads: one, or the rows of a group summed. */
  List<CellRef> getOlderCells();

  /** The cells of the newer report this side reads: one, or the rows of a group summed. */
  List<CellRef> getNewerCells();

  /**
   * The older value: the cell as written, or for a side that sums a group, the sum as a plain
   * number (or the first part that is not a number).
   */
  Cell getOlder();

  /** The newer value, read like {@link #getOlder()}. */
  Cell getNewer();

  /** Whether a side sums a group instead of reading one printed cell (see the type's description). */
  @Value.Default
  default boolean isDerived() {
    return false;
  }

  /** What the comparison found. */
  @Value.Derived
  default Kind getKind() {
    if (getOlder().getValue().isEmpty() || getNewer().getValue().isEmpty()) {
      return Kind.NOT_COMPARABLE;
    }
    return getOlder().getValue().get().compareTo(getNewer().getValue().get()) == 0 ? Kind.UNCHANGED : Kind.CHANGED;
  }

  /** {@code newer − older}, when both are numbers. */
  default Optional<BigDecimal> getChange() {
    if (getKind() == Kind.NOT_COMPARABLE) {
      return Optional.empty();
    }
    return Optional.of(normal(getNewer().getValue().get().subtract(getOlder().getValue().get())));
  }

  /**
   * The relative change in percent, {@code 100 · (newer − older) / |older|} rounded
   * {@link RoundingMode#HALF_UP} to two decimals ({@code 70} after {@code 64}: {@code 9.38});
   * empty when a side is not a number or the older value is zero (a change from nothing has no
   * ratio).
   */
  default Optional<BigDecimal> getRelativeChange() {
    Optional<BigDecimal> change = getChange();
    if (change.isEmpty() || getOlder().getValue().get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(change.get().movePointRight(2)
        .divide(getOlder().getValue().get().abs(), 2, RoundingMode.HALF_UP));
  }

  /**
   * The comparison's reference in the canonical keys, {@code APPLICATIONS[NEW_RECEIVED][TOTAL]},
   * {@code ACTIVE_DISCLOSURE[ITEM_5][LICENSING][DECISIONS]}; for the derived comparison of the
   * group, {@code APPLICATIONS[OTHER][TOTAL]} ({@code OTHER} is the group, not a cell).
   */
  default String key() {
    String row = FormatKey.of(getRow());
    if (getRow() instanceof DisclosureRow) {
      row = ((DisclosureRow) getRow()).item() + "][" + row;
    }
    return getTable() + "[" + row + "][" + getColumn().name() + "]";
  }

  private static BigDecimal normal(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Builds a comparison; {@link ReportDiff#of} makes them. */
  class Builder extends ImmutableCellChange.Builder {}
}
