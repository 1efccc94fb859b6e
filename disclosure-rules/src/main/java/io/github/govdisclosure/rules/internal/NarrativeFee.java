package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code narrative.fee} (INFO): the text says no fee was charged while table 3 (V2021) counts
 * {@code OTHER_FEE_UNPAID} &gt; 0, i.e. fee notices were issued. Evaluated only for a V2021 report
 * with table 3 whose text says no fee was charged. Not API.
 */
public final class NarrativeFee extends StandardRuleBase {

  /** The rule. */
  public NarrativeFee() {
    super("narrative.fee", Severity.INFO, List.of("narrative.fee.PASS", "narrative.fee.FAIL",
        "narrative.fee.FAIL.short", "narrative.NOT_ASSESSABLE.cells"));
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Finding fee = fee(context);
    if (fee != null) {
      findings.add(fee);
    }
  }

  /** The fee finding; {@code null} when the rule does not apply. */
  private Finding fee(RuleContext context) {
    Report report = context.report();
    if (report.getFeeStatement().isEmpty() || report.getFeeStatement().get().isCharged()
        || report.getApplications().isEmpty() || report.getApplications().get().getEdition() != Edition.V2021) {
      return null;
    }
    FeeStatement statement = report.getFeeStatement().get();
    CellRef unpaid = CellRef.of(ApplicationRow.OTHER_FEE_UNPAID, Applicant.TOTAL);
    Operands operands = new Operands(context);
    Optional<BigDecimal> value = operands.value(unpaid);
    FindingBuilder finding = finding(context)
        .cells(List.of(unpaid)).blanksReadAsZero(operands.zeroRead())
        .putArguments("phrase", statement.getPhrase())
        .phrase(statement.getPhrase());
    statement.getSpan().ifPresent(finding::span);
    if (value.isEmpty()) {
      return finding.status(Status.NOT_ASSESSABLE).messageKey("narrative.NOT_ASSESSABLE.cells")
          .putArguments("cells", operands.unreadableText()).build();
    }
    finding.actual(value.get()).putArguments("value", Operands.plain(value.get()));
    Status status = value.get().signum() > 0 ? Status.FAIL : Status.PASS;
    return finding.status(status).messageKey("narrative.fee." + status.name()).build();
  }
}
