package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Report;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The review decisions of a team: failed findings accepted, each with who, why and when
 * ({@link Acceptance}). A rule set given a baseline ({@link Rules.Builder#baseline(Baseline)})
 * reports the findings it accepts as accepted — still listed, still {@link Status#FAIL}, but not
 * failures of the verdict ({@link CheckResult#accepted()}). The JSON form of a baseline file is
 * {@code disclosure-json}'s ({@code docs/json.md}).
 */
@Value.Immutable
public interface Baseline {

  /** The decisions, in the order they were written. */
  List<Acceptance> getAccepted();

  /** A baseline of these decisions. */
  static Baseline of(List<Acceptance> accepted) {
    return new Builder().accepted(accepted).build();
  }

  /** A baseline without decisions. */
  static Baseline empty() {
    return new Builder().build();
  }

  /**
   * The decision that accepts a finding of a report, if any.
   *
   * @param finding the finding
   * @param report the report it is about
   * @return the first decision that accepts it
   */
  default Optional<Acceptance> find(Finding finding, Report report) {
    Objects.requireNonNull(report, "report");
    return find(finding, report.getAgency(), report.getYear());
  }

  /**
   * The decision that accepts a finding of the report of an agency and year, if any.
   *
   * @param finding the finding
   * @param agency the report's agency, if known
   * @param year the report's year, if known
   * @return the first decision that accepts it
   */
  default Optional<Acceptance> find(Finding finding, Optional<String> agency, OptionalInt year) {
    Objects.requireNonNull(finding, "finding");
    if (finding.getStatus() != Status.FAIL || getAccepted().isEmpty()) {
      return Optional.empty();
    }
    for (Acceptance acceptance : getAccepted()) {
      if (acceptance.accepts(finding, agency, year)) {
        return Optional.of(acceptance);
      }
    }
    return Optional.empty();
  }

  /** Builds a baseline. */
  class Builder extends ImmutableBaseline.Builder {}
}
