package io.github.govdisclosure.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;

/** The shares of the categories of a table 3 under one denominator, scale and rounding. */
@Value.Immutable
public interface ShareBreakdown {

  /** The denominator chosen. */
  Denominator getDenominator();

  /** Its value, &gt; 0. */
  long getDenominatorValue();

  /** The decimals of every percentage. */
  int getScale();

  /** The rounding of each share; ignored when {@link #isLargestRemainder()}. */
  RoundingMode getRounding();

  /**
   * Whether the shares were adjusted by the largest-remainder method: each share truncated, then
   * the units still missing to the rounded total given to the largest remainders. When the counts
   * add up to the denominator the shares then add up to exactly 100.
   */
  boolean isLargestRemainder();

  /** The shares, in category order. */
  List<Share> getShares();

  /** The sum of the percentages. */
  default BigDecimal total() {
    BigDecimal total = BigDecimal.ZERO.setScale(getScale());
    for (Share share : getShares()) {
      total = total.add(share.getPercent());
    }
    return total;
  }

  /** Builds a breakdown. */
  class Builder extends ImmutableShareBreakdown.Builder {}
}
