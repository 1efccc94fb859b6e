package io.github.govdisclosure.json;

import io.github.govdisclosure.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One consistency finding as the JSON form carries it, independent of the rules module's types:
 * {@code {"rule":"table3.balance","severity":"ERROR","status":"FAIL",
 * "cells":["APPLICATIONS[TOTAL_HANDLED][NATURAL_PERSON]"],"expected":21,"actual":27,"message":"…"}}.
 *
 * <p>Whoever runs the rules maps each finding to an entry; the JSON module only writes and reads
 * them back. Numbers are kept exactly, scale included ({@code 48.57} is not {@code 48.570}).
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

  /** Builds an entry. */
  class Builder extends ImmutableFindingEntry.Builder {}
}
