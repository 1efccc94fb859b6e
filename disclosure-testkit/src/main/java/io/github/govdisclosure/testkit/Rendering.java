package io.github.govdisclosure.testkit;

import io.github.govdisclosure.model.Report;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A complete report text made from a report: title line, statistics period sentence, the six
 * section headings and texts, and the three tables with the edition's official labels, in a
 * {@link Shape} with some {@link Noise}.
 *
 * <p>{@link #getNoise()} is the noise actually added (requested kinds that do not apply to the
 * shape are left out), so that a failing property can say which noise broke it.
 */
@Value.Immutable
public interface Rendering {

  /** The report rendered. */
  Report getReport();

  /** The shape of the text. */
  Shape getShape();

  /** The noise added to the text. */
  Set<Noise> getNoise();

  /** The text. */
  String getText();

  /** A short description for failure messages: shape, noise, edition, year and agency, not the text. */
  default String describe() {
    return getShape() + " " + getNoise() + " " + getReport().getEdition() + " "
        + getReport().getYear().orElse(0) + " " + getReport().getAgency().orElse("");
  }

  /** Builds a rendering; {@link Renderings#render} is the usual way to get one. */
  class Builder extends ImmutableRendering.Builder {}
}
