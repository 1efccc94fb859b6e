package io.github.govdisclosure.json;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.Acceptance;
import io.github.govdisclosure.rules.Baseline;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Baselines made for the tests: every failure of a check accepted on one day. */
final class Baselines {
  static final LocalDate DAY = LocalDate.of(2026, 12, 7);

  private Baselines() {}

  /** Every failure of the check accepted, scoped to the report, naming the file. */
  static Baseline accepting(CheckResult check, Report report, String file) {
    List<Acceptance> accepted = new ArrayList<>();
    for (Finding finding : check.failures()) {
      accepted.add(new Acceptance.Builder().from(finding, report.getAgency(), report.getYear()).file(file)
          .acceptedBy("王芳").reason("as published; confirmed with the agency").acceptedOn(DAY).build());
    }
    return Baseline.of(accepted);
  }
}
