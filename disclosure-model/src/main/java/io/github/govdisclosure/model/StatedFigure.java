package io.github.govdisclosure.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A count and/or share the narrative states about a table quantity, e.g.
 * {@code “予以公开”17件，占总数的48.57%} (count 17, percent 48.57).
 *
 * <p>The percent keeps the decimals the report wrote ({@code 20} has scale 0, {@code 48.57}
 * scale 2): the rules recompute the share to that many decimals.
 */
@Value.Immutable
public interface StatedFigure {

  /** What the figure is about. */
  Quantity getQuantity();

  /** The count stated, if any. */
  OptionalLong getCount();

  /** The percentage stated, if any, with the scale as written. */
  Optional<BigDecimal> getPercent();

  /** The phrase the figure was read from. */
  String getPhrase();

  /** The section the phrase is in, if known. */
  Optional<Section> getSection();

  /** Where the phrase was read; not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> getSpan();

  /** Builds a stated figure. */
  class Builder extends ImmutableStatedFigure.Builder {}
}
