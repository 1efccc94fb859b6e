package io.github.govdisclosure.testkit;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.testkit.internal.TextRenderer;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Messy text renderings of a report, one per {@link Shape} a parser supports, with optional
 * {@link Noise}: input for round-trip properties ({@code parse(render(report))} gives back the
 * report's cells).
 *
 * <p>Each text is a complete report: the title line {@code {agency}{year}年政府信息公开工作年度报告},
 * the preamble with {@code 本报告中所列数据的统计期限自{year}年1月1日至{year}年12月31日}, the six
 * section headings (canonical wording) each with its text, and the three tables with the
 * official labels of the report's edition (docs/format.md), cells written as their raw tokens.
 *
 * <pre>{@code
 * Rendering r = Renderings.render(report, Shape.PIPE, EnumSet.of(Noise.BRACKET_SWAP), new SplittableRandom(1));
 * }</pre>
 */
public final class Renderings {

  private Renderings() {}

  /**
   * Renders a report in a shape with the requested noise, placed at random. Noise kinds that do
   * not apply to the shape ({@link Noise#appliesTo}) are not added and not reported.
   *
   * @param report the report to write
   * @param shape the text shape
   * @param noise the noise kinds to add
   * @param rng the source of randomness for the places of the noise
   * @return the text with the report, shape and noise actually added
   */
  public static Rendering render(Report report, Shape shape, Set<Noise> noise, RandomGenerator rng) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(noise, "noise");
    Objects.requireNonNull(rng, "rng");
    Set<Noise> applied = TextRenderer.applicable(shape, noise);
    return new Rendering.Builder()
        .report(report)
        .shape(shape)
        .noise(applied)
        .text(TextRenderer.render(report, shape, applied, rng))
        .build();
  }

  /**
   * Renders a report in a shape without noise; the text depends on the report and shape only.
   *
   * @param report the report to write
   * @param shape the text shape
   * @return the clean text
   */
  public static Rendering render(Report report, Shape shape) {
    return render(report, shape, EnumSet.noneOf(Noise.class), new SplittableRandom(0));
  }

  /**
   * Renders a report in a shape drawn uniformly, with each noise kind that applies to it added
   * with probability one half.
   *
   * @param report the report to write
   * @param rng the source of randomness
   * @return the text with the shape and noise drawn
   */
  public static Rendering random(Report report, RandomGenerator rng) {
    Objects.requireNonNull(rng, "rng");
    List<Shape> shapes = List.of(Shape.values());
    Shape shape = shapes.get(rng.nextInt(shapes.size()));
    Set<Noise> noise = EnumSet.noneOf(Noise.class);
    for (Noise n : Noise.values()) {
      if (n.appliesTo(shape) && rng.nextBoolean()) {
        noise.add(n);
      }
    }
    return render(report, shape, noise, rng);
  }
}
