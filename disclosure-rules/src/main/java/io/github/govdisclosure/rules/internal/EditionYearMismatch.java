package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.util.List;

/**
 * {@code edition.year-mismatch} (WARNING): the edition does not match the report year
 * ({@code Edition.forYear(year)}), V2019 tables in a 2021+ report or the reverse; not assessable
 * without a year. Applies to every report, {@code PRE_2019} too. Not API.
 */
public final class EditionYearMismatch extends StandardRuleBase {

  /** The rule. */
  public EditionYearMismatch() {
    super("edition.year-mismatch", Severity.WARNING, List.of(
        "edition.year-mismatch.PASS", "edition.year-mismatch.FAIL", "edition.year-mismatch.NOT_ASSESSABLE"));
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    if (report.getYear().isEmpty()) {
      findings.add(finding(context).status(Status.NOT_ASSESSABLE).messageKey(id() + ".NOT_ASSESSABLE")
          .putArguments("edition", report.getEdition().name()).build());
      return;
    }
    int year = report.getYear().getAsInt();
    Edition prescribed = Edition.forYear(year);
    Status status = prescribed == report.getEdition() ? Status.PASS : Status.FAIL;
    findings.add(finding(context).status(status).messageKey(id() + "." + status.name())
        .putArguments("edition", report.getEdition().name())
        .putArguments("year", Integer.toString(year))
        .putArguments("prescribed", prescribed.name())
        .build());
  }
}
