package io.github.govdisclosure.text.internal.narrative;

import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts a stretch of narrative states, in text order.
 *
 * @param figures counts and shares restating table quantities
 * @param breakdowns totals with their parts
 * @param fee what the text says about the information-processing fee, if anything
 */
public record NarrativeFacts(
    List<StatedFigure> figures, List<StatedBreakdown> breakdowns, Optional<FeeStatement> fee) {

  /** Copies the lists; rejects nulls. */
  public NarrativeFacts {
    figures = List.copyOf(figures);
    breakdowns = List.copyOf(breakdowns);
    Objects.requireNonNull(fee, "fee");
  }
}
