package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code cross-year.carry-over} (WARNING), per column of table 3, consecutive years of one agency:
 * {@code CARRIED_OVER(Y)[c] = CARRIED_FORWARD(Y−1)[c]}; holds across the 2020→2021 edition
 * change. Not API.
 */
public final class CrossYearCarryOver extends StandardRuleBase {

  /** The rule. */
  public CrossYearCarryOver() {
    super("cross-year.carry-over", Severity.WARNING, YearPairs.MESSAGE_KEYS);
  }

  @Override
  protected void checkSeries(RuleContext context, List<Finding> findings) {
    YearPairs.forEach(this, context, findings, (current, previous, year) -> {
      if (!current.getEdition().hasTables() || !previous.getEdition().hasTables()
          || current.getApplications().isEmpty() || previous.getApplications().isEmpty()) {
        return;
      }
      for (Applicant column : Applicant.values()) {
        findings.add(column(context, current, previous, year, column));
      }
    });
  }

  private Finding column(RuleContext context, Report current, Report previous, int year, Applicant column) {
    CellRef over = CellRef.of(ApplicationRow.CARRIED_FROM_LAST_YEAR, column);
    CellRef forward = CellRef.of(ApplicationRow.CARRIED_TO_NEXT_YEAR, column);
    Operands now = new Operands(current, context.blanks());
    Operands before = new Operands(previous, context.blanks());
    Optional<BigDecimal> a = now.value(over);
    Optional<BigDecimal> b = before.value(forward);
    return YearPairs.compare(finding(context), year, List.of(over, forward), a, b, now, before,
        Map.of("left", "CARRIED_OVER(" + year + ")", "right", "CARRIED_FORWARD(" + (year - 1) + ")"));
  }
}
