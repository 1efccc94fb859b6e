package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.rules.internal.Maker;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Makes findings straight from their values, without a builder and without copies: the standard
 * rules make hundreds per check and pass unmodifiable cell lists (shared by the layout) and
 * argument maps. Stateless. Not API.
 */
final class FindingMaker implements Maker {
  static final FindingMaker INSTANCE = new FindingMaker();

  private FindingMaker() {}

  @Override
  public Finding make(String ruleId, Severity severity, Status status, List<CellRef> cells, String location,
      BigDecimal expected, BigDecimal actual, String messageKey, Map<String, String> arguments,
      boolean blanksReadAsZero, SourceSpan span) {
    return new FindingValue(ruleId, severity, status, cells, location, false, 0, expected, actual, messageKey,
        arguments, blanksReadAsZero, List.of(), span);
  }
}
