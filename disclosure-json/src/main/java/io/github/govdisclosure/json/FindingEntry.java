package io.github.govdisclosure.json;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One consistency finding as the JSON form carries it:
 * {@code {"rule":"table3.balance","severity":"ERROR","status":"FAIL",
 * "cells":["APPLICATIONS[TOTAL_HANDLED][NATURAL_PERSON]"],"expected":21,"actual":27,"message":"…"}}.
 *
 * <p>{@link #of(Finding, Locale)} maps a rules {@link Finding} to an entry; an entry read back from
 * JSON is plain data (its message is already rendered), so a document can be read without running
 * the rules. Numbers are kept exactly, scale included ({@code 48.57} is not {@code 48.570}).
 */
@Value.Immutable
public interface FindingEntry {

  /** The rule id, e.g. {@code table3.balance}. */
  String getRule();

  /** How serious the finding is. */
  Severity getSeverity();

  /** The outcome of the check as the rules name it, e.g. {@code FAIL} or {@code NOT_ASSESSABLE}. */
  String getStatus();

  /** The cells concerned, usually canonical cell references such as {@code APPLICATIONS[NEW_RECEIVED][TOTAL]}. */
  List<String> getCells();

  /** The value the rule expected, if it computed one. */
  Optional<BigDecimal> getExpected();

  /** The value found, if there was one. */
  Optional<BigDecimal> getActual();

  /** What is wrong, showing how the numbers were derived. */
  String getMessage();

  /**
   * The entry of a rule finding: its rule id, severity, status name, cells
   * ({@link CellRef#toString()}, e.g. {@code APPLICATIONS[NEW_RECEIVED][TOTAL]}), expected and actual
   * values, and its message in a locale ({@link Finding#message(Locale)}: Chinese for {@code zh},
   * English otherwise).
   *
   * @param finding the finding
   * @param locale the locale of the message
   * @return the entry
   */
  static FindingEntry of(Finding finding, Locale locale) {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(locale, "locale");
    Builder entry = new Builder()
        .rule(finding.getRuleId())
        .severity(finding.getSeverity())
        .status(finding.getStatus().name())
        .expected(finding.getExpected())
        .actual(finding.getActual())
        .message(finding.message(locale));
    for (CellRef cell : finding.getCells()) {
      entry.addCells(cell.toString());
    }
    return entry.build();
  }

  /** Builds an entry. */
  class Builder extends ImmutableFindingEntry.Builder {}
}
