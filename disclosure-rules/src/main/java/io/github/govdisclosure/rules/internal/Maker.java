package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Makes a finding from its values, without a year or nested findings; {@code null} for an absent
 * location, expected or actual value, or span. The rule set passes one that skips the builder
 * (the value class is not visible from here); {@link #BUILDER} is the plain way. Not API.
 *
 * <p>The cells and arguments passed must be unmodifiable and never change: the rule set's maker
 * keeps them as they are, without a copy.
 */
public interface Maker {
  /** Makes findings with {@link Finding.Builder}. */
  Maker BUILDER = (ruleId, severity, status, cells, location, expected, actual, messageKey, arguments,
      blanksReadAsZero, span) -> {
    Finding.Builder finding = new Finding.Builder().ruleId(ruleId).severity(severity).status(status).cells(cells)
        .messageKey(messageKey).arguments(arguments).blanksReadAsZero(blanksReadAsZero);
    if (location != null) {
      finding.location(location);
    }
    if (expected != null) {
      finding.expected(expected);
    }
    if (actual != null) {
      finding.actual(actual);
    }
    if (span != null) {
      finding.span(span);
    }
    return finding.build();
  };

  /**
   * Makes a finding.
   *
   * @return the finding
   */
  Finding make(String ruleId, Severity severity, Status status, List<CellRef> cells, String location,
      BigDecimal expected, BigDecimal actual, String messageKey, Map<String, String> arguments,
      boolean blanksReadAsZero, SourceSpan span);
}
