package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.util.List;

/**
 * {@code edition.out-of-scope} (ERROR, not assessable): a {@code PRE_2019} report predates the
 * national table layout, so nothing of it can be checked. It is the first finding on such a report,
 * and the only one of the standard rules: the tables, rows and sections the format requires are
 * not reported missing one by one. Reports of the national editions give no finding. Not API.
 */
public final class EditionOutOfScope extends StandardRuleBase {

  /** The rule. */
  public EditionOutOfScope() {
    super("edition.out-of-scope", Severity.ERROR, List.of("edition.out-of-scope.NOT_ASSESSABLE"));
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    if (report.getEdition() == Edition.PRE_2019) {
      findings.add(finding(context).status(Status.NOT_ASSESSABLE).messageKey(id() + ".NOT_ASSESSABLE")
          .putArguments("year", report.getYear().isPresent() ? Integer.toString(report.getYear().getAsInt()) : "?")
          .build());
    }
  }
}
