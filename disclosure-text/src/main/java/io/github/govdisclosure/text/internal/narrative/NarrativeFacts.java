package io.github.govdisclosure.text.internal.narrative;

import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import java.util.List;
import java.util.Optional;

/**
 * The facts a stretch of narrative states.
 *
 * @param figures counts and shares stated
 * @param breakdowns totals with parts stated
 * @param fee what the text says about the information-processing fee
 */
public record NarrativeFacts(List<StatedFigure> figures, List<StatedBreakdown> breakdowns, Optional<FeeStatement> fee) {}
