package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.util.List;
import java.util.Optional;

/**
 * {@code structure.section-missing} (WARNING), per section: one of the six sections is absent (a
 * section carries no arithmetic, so its absence never blocks the verdict); the failure cites the
 * reader's {@code TEXT-SECTION-MISSING} when there is one. A {@code PRE_2019} report has no
 * national layout and is not evaluated. Not API.
 */
public final class SectionMissing extends StandardRuleBase {
  private final PassOrFail<Section> made = new PassOrFail<>(Section.values(), this::finding);

  /** The rule. */
  public SectionMissing() {
    super("structure.section-missing", Severity.WARNING, List.of(
        "structure.section-missing.PASS", "structure.section-missing.FAIL"));
  }

  private Finding finding(Section section, Status status, Severity severity) {
    return Finding.builder().ruleId(id()).severity(severity).status(status)
        .messageKey(id() + "." + status.name()).location(section.name())
        .putArguments("section", section.name()).putArguments("heading", section.heading()).build();
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    if (report.getEdition().hasTables()) {
      Severity severity = context.severity(id());
      for (Section section : Section.values()) {
        boolean present = report.getSections().containsKey(section);
        Finding finding = made.of(severity, section, present);
        if (!present) {
          Optional<Diagnostic> cited = Cited.find(report, "TEXT-SECTION-MISSING", " " + section.name() + " (");
          if (cited.isPresent()) {
            finding = finding.toBuilder().diagnostic(cited.get()).build();
          }
        }
        findings.add(finding);
      }
    }
  }
}
