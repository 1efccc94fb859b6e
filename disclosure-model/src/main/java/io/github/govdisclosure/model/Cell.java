package io.github.govdisclosure.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One table cell as it was written: a number, a blank, or other text, always with the raw token.
 *
 * <p>A blank cell is not zero: {@link #asLong()} is empty for it, so that rules report an
 * equation over it as not assessable instead of guessing. A number keeps its unit
 * ({@code 251000元}) and its annotation ({@code 22（其中修订16件）} has value 22 and note
 * {@code 其中修订16件}). Values are compared with their scale normalised ({@code 1.0} equals
 * {@code 1.00} when the raw tokens are equal). The source span and the provenance are not part
 * of equality: a cell split out of {@code 3501035} equals the cell written {@code 35}.
 */
@Value.Immutable
public interface Cell {

  /** What a cell holds. */
  enum Kind {
    /** A number, with {@link #getValue()} present. */
    NUMBER,
    /** Nothing was written. */
    BLANK,
    /** Something other than a number was written: {@code /}, {@code —}, {@code 无}, or words. */
    TEXT,
    /** The cell was not found in the source; never stored in a table, returned by lookups. */
    MISSING
  }

  /** What the cell holds. */
  Kind getKind();

  /** The token exactly as written (trimmed), e.g. {@code ３５}, {@code 1,234}, {@code /}; empty for a blank. */
  String getRaw();

  /** The number, present exactly when the kind is {@link Kind#NUMBER}. */
  Optional<BigDecimal> getValue();

  /** The unit written with an amount, e.g. {@code 万元}. */
  Optional<Unit> getUnit();

  /** An annotation written with the value, without its brackets, e.g. {@code 其中修订16件}. */
  Optional<String> getNote();

  /** Where the cell was read, when it was parsed from text; not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> getSpan();

  /**
   * How the value came to be in this cell: {@link Provenance#READ} (as written, the default),
   * {@link Provenance#SPLIT} (split out of a digit run by the format's sums) or
   * {@link Provenance#GUESSED} (placed by a guess); not part of equality.
   */
  @Value.Auxiliary
  @Value.Default
  default Provenance getProvenance() {
    return Provenance.READ;
  }

  /**
   * Why a cell that was not {@linkplain Provenance#READ read as written} holds its value, in
   * English, e.g. {@code split 3501035 by NEW_RECEIVED[TOTAL] = sum of parts}; empty for a cell read
   * as written. Not part of equality.
   */
  @Value.Auxiliary
  Optional<String> getBasis();

  /**
   * The other values the cell could hold, as raw tokens, when the reading was a choice between
   * several (an ambiguous split); empty otherwise. Not part of equality.
   */
  @Value.Auxiliary
  List<String> getAlternatives();

  /** Whether the value was placed by a guess ({@link Provenance#GUESSED}). */
  default boolean isGuessed() {
    return getProvenance() == Provenance.GUESSED;
  }

  /** Whether the cell holds a number. */
  default boolean isNumber() {
    return getKind() == Kind.NUMBER;
  }

  /** The value as a whole number, when the cell holds one that fits a {@code long}. */
  default OptionalLong asLong() {
    Optional<BigDecimal> value = getValue();
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(value.get().longValueExact());
    } catch (ArithmeticException notWhole) {
      return OptionalLong.empty();
    }
  }

  /** Checks the kind against the value and normalises the value's scale. */
  @Value.Check
  default Cell normalize() {
    Optional<BigDecimal> read = getValue();
    if (read.isPresent() != (getKind() == Kind.NUMBER)) {
      throw new IllegalStateException("a cell has a value exactly when it is a NUMBER: " + this);
    }
    if (getProvenance() == Provenance.READ && (getBasis().isPresent() || !getAlternatives().isEmpty())) {
      throw new IllegalStateException("a cell read as written has no basis and no alternatives: " + this);
    }
    // a whole number of scale 0 is already in normal form: most cells, so skip the stripping
    if (read.isPresent() && read.get().scale() != 0) {
      BigDecimal value = read.get();
      BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
      if (normal.scale() < 0) {
        normal = normal.setScale(0);
      }
      if (!normal.equals(value)) {
        return new Builder().from(this).value(normal).build();
      }
    }
    return this;
  }

  /** A count, written plainly ({@code 35}). */
  static Cell of(long count) {
    return new Builder().kind(Kind.NUMBER).raw(Long.toString(count)).value(BigDecimal.valueOf(count)).build();
  }

  /** A decimal number written plainly ({@code 4221.6528}). */
  static Cell of(BigDecimal value) {
    return new Builder().kind(Kind.NUMBER).raw(value.toPlainString()).value(value).build();
  }

  /** An amount with its unit, written {@code 12.5万元}. */
  static Cell amount(BigDecimal value, Unit unit) {
    return new Builder().kind(Kind.NUMBER).raw(value.toPlainString() + unit.symbol()).value(value).unit(unit).build();
  }

  /** A cell left empty. */
  static Cell blank() {
    return new Builder().kind(Kind.BLANK).raw("").build();
  }

  /** A cell holding text that is not a number ({@code /}, {@code —}, {@code 无}). */
  static Cell text(String raw) {
    return new Builder().kind(Kind.TEXT).raw(raw).build();
  }

  /** The stand-in returned for a cell that is not in the table. */
  static Cell missing() {
    return new Builder().kind(Kind.MISSING).raw("").build();
  }

  /** Builds a cell attribute by attribute; see the factories for the common cases. */
  class Builder extends ImmutableCell.Builder {}
}
