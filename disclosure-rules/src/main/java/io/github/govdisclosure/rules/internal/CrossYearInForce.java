package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code cross-year.in-force} (WARNING), V2021 reports of consecutive years, per row of ITEM_1:
 * {@code IN_FORCE(Y) = IN_FORCE(Y−1) + ISSUED(Y) − REPEALED(Y)} (V2019 has no {@code IN_FORCE}
 * column). Not API.
 */
public final class CrossYearInForce extends StandardRuleBase {

  /** The rule. */
  public CrossYearInForce() {
    super("cross-year.in-force", Severity.WARNING, YearPairs.MESSAGE_KEYS);
  }

  @Override
  protected void checkSeries(RuleContext context, List<Finding> findings) {
    YearPairs.forEach(this, context, findings, (current, previous, year) -> {
      if (current.getEdition() != Edition.V2021 || previous.getEdition() != Edition.V2021
          || current.getActiveDisclosure().isEmpty() || previous.getActiveDisclosure().isEmpty()) {
        return;
      }
      for (DisclosureRow row : DisclosureRow.rows(Edition.V2021)) {
        if (row.item() == DisclosureItem.ITEM_1) {
          findings.add(row(context, current, previous, year, row));
        }
      }
    });
  }

  private Finding row(RuleContext context, Report current, Report previous, int year, DisclosureRow row) {
    CellRef inForce = CellRef.of(row, DisclosureColumn.IN_FORCE);
    CellRef issued = CellRef.of(row, DisclosureColumn.ISSUED);
    CellRef repealed = CellRef.of(row, DisclosureColumn.REPEALED);
    Operands now = new Operands(current, context.blanks());
    Operands before = new Operands(previous, context.blanks());
    Optional<BigDecimal> actual = now.value(inForce);
    Optional<BigDecimal> prior = before.value(inForce);
    Optional<BigDecimal> added = now.value(issued);
    Optional<BigDecimal> removed = now.value(repealed);
    Optional<BigDecimal> expected = prior.isPresent() && added.isPresent() && removed.isPresent()
        ? Optional.of(prior.get().add(added.get()).subtract(removed.get()))
        : Optional.empty();
    Map<String, String> names = new LinkedHashMap<>();
    names.put("left", "IN_FORCE(" + year + ")");
    names.put("right", "IN_FORCE(" + (year - 1) + ") + ISSUED(" + year + ") − REPEALED(" + year + ")");
    if (expected.isPresent()) {
      names.put("rightValues", Operands.plain(prior.get()) + " + " + Operands.plain(added.get()) + " − "
          + Operands.plain(removed.get()) + " = " + Operands.plain(expected.get()));
    }
    return YearPairs.compare(finding(context), year, List.of(inForce, issued, repealed), actual, expected, now,
        before, names);
  }
}
