package io.github.govdisclosure.testkit;

import io.github.govdisclosure.model.Report;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators built on {@link Reports}, {@link Perturbations} and
 * {@link Renderings}.
 *
 * <p>Each generator draws one {@code long} seed from QuickTheories' randomness source and runs the
 * plain generator on {@code new SplittableRandom(seed)}: values are deterministic for a fixed
 * {@code qt().withFixedSeed(...)}, and shrinking shrinks the seed (towards 0), not the report's
 * cells. The values describe themselves briefly (edition, year, agency, shape, noise) in failure
 * messages.
 *
 * <pre>{@code
 * qt().withFixedSeed(1).forAll(TestkitGens.reports(ReportOptions.defaults()))
 *     .checkAssert(report -> assertThat(Rules.standard().check(report).failures()).isEmpty());
 * }</pre>
 */
public final class TestkitGens {

  private TestkitGens() {}

  /** Seeds for the plain generators: any {@code long}, shrinking towards 0. */
  public static Gen<Long> seeds() {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE, 0);
  }

  /**
   * Consistent reports, as {@link Reports#consistent(RandomGenerator, ReportOptions)}.
   *
   * @param options editions, value range and mess
   * @return a generator of reports
   */
  public static Gen<Report> reports(ReportOptions options) {
    Objects.requireNonNull(options, "options");
    return seeded(rng -> Reports.consistent(rng, options)).describedAs(TestkitGens::describe);
  }

  /**
   * Consistent reports with {@link ReportOptions#defaults()}.
   *
   * @return a generator of reports
   */
  public static Gen<Report> reports() {
    return reports(ReportOptions.defaults());
  }

  /**
   * Single-cell perturbations of consistent reports, as {@link Perturbations#perturb}.
   *
   * @param options the options of the reports to perturb; a report whose table 3 has no whole
   *     number (possible only with blanks or text cells) is generated again
   * @return a generator of perturbations
   */
  public static Gen<Perturbation> perturbations(ReportOptions options) {
    Objects.requireNonNull(options, "options");
    return seeded(rng -> {
      while (true) {
        Report report = Reports.consistent(rng, options);
        boolean hasNumber = report.getApplications().orElseThrow().getCells().values().stream()
            .anyMatch(c -> c.asLong().isPresent());
        if (hasNumber) {
          return Perturbations.perturb(report, rng);
        }
      }
    }).describedAs(p -> describe(p.getOriginal()) + " " + p.getCell() + ": "
        + p.getOriginalValue() + " → " + p.getPerturbedValue());
  }

  /**
   * Renderings of consistent reports in one shape with the given noise.
   *
   * @param options the options of the reports
   * @param shape the text shape
   * @param noise the noise kinds to add (those that apply to the shape)
   * @return a generator of renderings
   */
  public static Gen<Rendering> renderings(ReportOptions options, Shape shape, Set<Noise> noise) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(shape, "shape");
    Set<Noise> requested = EnumSet.noneOf(Noise.class);
    requested.addAll(noise);
    return seeded(rng -> Renderings.render(Reports.consistent(rng, options), shape, requested, rng))
        .describedAs(Rendering::describe);
  }

  /**
   * Renderings of consistent reports in a random shape with random noise, as
   * {@link Renderings#random}.
   *
   * @param options the options of the reports
   * @return a generator of renderings
   */
  public static Gen<Rendering> renderings(ReportOptions options) {
    Objects.requireNonNull(options, "options");
    return seeded(rng -> Renderings.random(Reports.consistent(rng, options), rng))
        .describedAs(Rendering::describe);
  }

  private static <T> Gen<T> seeded(Function<RandomGenerator, T> generator) {
    return seeds().map(seed -> generator.apply(new SplittableRandom(seed)));
  }

  private static String describe(Report report) {
    return report.getEdition() + " " + report.getYear().orElse(0) + " " + report.getAgency().orElse("");
  }
}
