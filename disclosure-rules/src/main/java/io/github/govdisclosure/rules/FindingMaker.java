package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.rules.internal.Maker;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Makes findings straight from their values, without a builder and its collections: the standard
 * rules make hundreds per check. Stateless. Not API.
 */
final class FindingMaker implements Maker {
  static final FindingMaker INSTANCE = new FindingMaker();

  private FindingMaker() {}

  @Override
  public Finding make(String ruleId, Severity severity, Status status, List<CellRef> cells, String location,
      BigDecimal expected, BigDecimal actual, String messageKey, Map<String, String> arguments,
      boolean blanksReadAsZero, SourceSpan span) {
    return ImmutableFinding.of(ruleId, severity, status, cells, Optional.ofNullable(location), OptionalInt.empty(),
        Optional.ofNullable(expected), Optional.ofNullable(actual), messageKey, arguments, blanksReadAsZero,
        List.of(), Optional.ofNullable(span));
  }
}
