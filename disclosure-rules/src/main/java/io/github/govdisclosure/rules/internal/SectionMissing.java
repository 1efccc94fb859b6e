package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code structure.section-missing} (ERROR), per section: one of the six sections is absent. A
 * {@code PRE_2019} report has no national layout and is not evaluated. The findings depend on
 * nothing but the section, so they are made once per severity. Not API.
 */
public final class SectionMissing extends StandardRuleBase {
  private static final List<String> MESSAGE_KEYS = List.of(
      "structure.section-missing.PASS", "structure.section-missing.FAIL");
  /** By severity, by section ordinal: the pass and the failure. */
  private final Map<Severity, Finding[][]> made = new EnumMap<>(Severity.class);

  /** The rule. */
  public SectionMissing() {
    super("structure.section-missing", Severity.ERROR);
    for (Severity severity : Severity.values()) {
      Finding[][] bySection = new Finding[Section.values().length][];
      for (Section section : Section.values()) {
        bySection[section.ordinal()] = new Finding[] {
            finding(section, Status.PASS, severity), finding(section, Status.FAIL, severity)};
      }
      made.put(severity, bySection);
    }
  }

  private Finding finding(Section section, Status status, Severity severity) {
    return Finding.builder().ruleId(id()).severity(severity).status(status)
        .messageKey(id() + "." + status.name()).location(section.name())
        .putArguments("section", section.name()).putArguments("heading", section.heading()).build();
  }

  @Override
  public List<String> messageKeys() {
    return MESSAGE_KEYS;
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    if (!report.getEdition().hasTables()) {
      return;
    }
    Finding[][] bySection = made.get(context.severity(id()));
    for (Section section : Section.values()) {
      findings.add(bySection[section.ordinal()][report.getSections().containsKey(section) ? 0 : 1]);
    }
  }
}
