package io.github.govdisclosure.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A review decision: one failed finding accepted, by whom, why and when. The finding is named by
 * its {@linkplain Finding#getKey() key}, so a decision survives parsing the report again and
 * running the rules again, and stops applying when a value the finding compared changes (its key
 * changes with it). A decision may be scoped to a report by agency and year; it then applies to
 * findings of that report only.
 *
 * <pre>{@code
 * Acceptance accepted = new Acceptance.Builder().from(finding, report)
 *     .acceptedBy("王芳").reason("the published table is wrong; confirmed with the agency")
 *     .acceptedOn(LocalDate.of(2026, 12, 7)).build();
 * }</pre>
 */
@Value.Immutable
public interface Acceptance {

  /** The key of the accepted finding ({@link Finding#getKey()}). */
  String getKey();

  /** The rule id of the accepted finding, for the reader of a baseline. */
  String getRuleId();

  /** Where the finding is (its first cell, or its location), for the reader of a baseline. */
  Optional<String> getCell();

  /** The agency of the report the decision applies to; any agency when absent. */
  Optional<String> getAgency();

  /** The year of the report the decision applies to; any year when absent. */
  OptionalInt getYear();

  /** The file the finding was found in, for the reader of a baseline; not used in matching. */
  Optional<String> getFile();

  /** The finding's message when it was accepted, for the reader of a baseline. */
  Optional<String> getMessage();

  /** Who accepted the finding. */
  String getAcceptedBy();

  /** Why the finding is accepted. */
  String getReason();

  /** When the finding was accepted. */
  LocalDate getAcceptedOn();

  /**
   * Whether this decision accepts a finding of a report: the finding failed, its key is this
   * decision's, and the report's agency and year are those of the decision's scope.
   *
   * @param finding the finding
   * @param agency the agency of the report the finding is about, if known
   * @param year the year of the report the finding is about, if known
   * @return whether the finding is accepted
   */
  default boolean accepts(Finding finding, Optional<String> agency, OptionalInt year) {
    Objects.requireNonNull(finding, "finding");
    if (finding.getStatus() != Status.FAIL || !getKey().equals(finding.getKey())) {
      return false;
    }
    if (getAgency().isPresent() && !getAgency().equals(agency)) {
      return false;
    }
    return getYear().isEmpty() || getYear().equals(year);
  }

  /** Builds a decision. */
  class Builder extends ImmutableAcceptance.Builder {
    /**
     * Fills the key, rule id, cell and message of a finding, and the agency and year of its report.
     *
     * @param finding the finding accepted
     * @param agency the agency of its report, if known
     * @param year the year of its report, if known
     * @return this builder
     */
    public Builder from(Finding finding, Optional<String> agency, OptionalInt year) {
      key(finding.getKey()).ruleId(finding.getRuleId()).message(finding.message());
      if (!finding.getCells().isEmpty()) {
        cell(finding.getCells().get(0).toString());
      } else {
        cell(finding.getLocation());
      }
      agency(agency);
      year(year);
      return this;
    }
  }
}
