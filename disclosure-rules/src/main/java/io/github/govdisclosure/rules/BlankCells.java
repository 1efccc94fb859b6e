package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Cell;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules make of a blank cell.
 *
 * <p>{@link #KEEP} is the default: a blank cell is not zero, and every rule instance that needs it
 * is {@link Status#NOT_ASSESSABLE}. {@link #READ_AS_ZERO} reads an empty cell as 0 (many reports
 * leave whole organisation columns blank where they mean zero); every finding that read a blank as
 * zero says so ({@link Finding#isBlanksReadAsZero()}). Text cells ({@code /}, {@code —},
 * {@code 无}) and missing cells are never read as numbers.
 */
public enum BlankCells {
  /** A blank cell stays blank: it is not a number. */
  KEEP,
  /** A blank cell is read as 0. */
  READ_AS_ZERO;

  /** The number the rules take from the cell, empty when the cell is not read as a number. */
  public Optional<BigDecimal> value(Cell cell) {
    Objects.requireNonNull(cell, "cell");
    if (cell.getValue().isPresent()) {
      return cell.getValue();
    }
    return readsAsZero(cell) ? Optional.of(BigDecimal.ZERO) : Optional.empty();
  }

  /** Whether the cell is blank and read as 0. */
  public boolean readsAsZero(Cell cell) {
    Objects.requireNonNull(cell, "cell");
    return this == READ_AS_ZERO && cell.getKind() == Cell.Kind.BLANK;
  }
}
