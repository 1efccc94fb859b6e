package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Quantity;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** One share of a {@link ShareBreakdown}: a category of table 3, its count and its percentage. */
@Value.Immutable
public interface Share {

  /**
   * The category: {@code DISCLOSED}, {@code PARTIALLY_DISCLOSED}, {@code WITHHELD},
   * {@code UNAVAILABLE}, {@code NOT_PROCESSED}, {@code OTHER} or {@code CARRIED_FORWARD}.
   */
  Quantity getCategory();

  /** The count in the {@code TOTAL} column (a group total for the four groups). */
  long getCount();

  /** {@code 100 · count / denominator}, at the breakdown's scale. */
  BigDecimal getPercent();

  /** Builds a share. */
  class Builder extends ImmutableShare.Builder {}
}
