package io.github.govdisclosure.testkit;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.testkit.internal.ReportGenerator;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Reports that are consistent by construction, for property tests with any framework.
 *
 * <p>The leaves are drawn (the six applicant cells of every result row, CARRIED_OVER and
 * CARRIED_FORWARD per applicant, the four outcomes of each table 4 group, the table 2 cells) and
 * every total is derived from them, so that with {@link ReportOptions#defaults()} each equation of
 * docs/rules.md holds:
 * <ul>
 *   <li>{@code table3.applicant-total}: TOTAL = the sum of the six applicant columns, in every row;
 *   <li>{@code table3.results-total}: TOTAL_HANDLED = the sum of the edition's result rows;
 *   <li>{@code table3.balance}: NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD
 *       (NEW_RECEIVED is derived, CARRIED_OVER drawn small enough that it stays ≥ 0);
 *   <li>{@code table4.total}: TOTAL = UPHELD + CORRECTED + OTHER + PENDING in each group;
 *   <li>{@code cell.count}: every count ≥ 0 (only V2019 NET_CHANGE may be negative).
 * </ul>
 * The year matches the edition (V2019: 2019–2020, V2021: 2021–2030), the agency is a made-up
 * name like {@code 青山县发展和改革局}, every section has text, section 一 states the figures of
 * the tables (see {@link ReportOptions#isStatedFigures()}) and section 六 the fee.
 *
 * <pre>{@code
 * Report report = Reports.consistent(new SplittableRandom(42), ReportOptions.defaults());
 * }</pre>
 */
public final class Reports {

  private Reports() {}

  /**
   * Draws a report. The same generator state and options give the same report.
   *
   * @param rng the source of randomness, e.g. {@code new SplittableRandom(seed)}
   * @param options editions, value range and mess
   * @return a report with all three tables
   */
  public static Report consistent(RandomGenerator rng, ReportOptions options) {
    Objects.requireNonNull(rng, "rng");
    Objects.requireNonNull(options, "options");
    return ReportGenerator.generate(rng, options);
  }

  /**
   * Draws a report with {@link ReportOptions#defaults()}.
   *
   * @param rng the source of randomness
   * @return a complete, consistent report
   */
  public static Report consistent(RandomGenerator rng) {
    return consistent(rng, ReportOptions.defaults());
  }
}
