package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Heading;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code structure.heading-numbering} (WARNING), per report read from text: the section headings
 * ({@code Report.getHeadings()}) are misnumbered or renumbered. The standard numbering is 一 to 六 in
 * the order of {@link Section}; a numbered heading of a standard section whose numeral is not its
 * place ({@code 一、三、四、五、七}), or a section the format lacks inserted among them (2024 and later
 * reports add {@code 五、信息处理费收取情况} and renumber the rest), fails. Headings without a numeral
 * are not judged. Sections are found by their words, so the numbering never changes what is read;
 * a report composed in code (no headings) gives no finding. Not API.
 */
public final class HeadingNumbering extends StandardRuleBase {

  /** The rule. */
  public HeadingNumbering() {
    super("structure.heading-numbering", Severity.WARNING, List.of(
        "structure.heading-numbering.PASS", "structure.heading-numbering.FAIL"));
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    List<Heading> headings = report.getHeadings();
    if (!report.getEdition().hasTables() || headings.isEmpty()) {
      return;
    }
    List<String> written = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    // the numeral is read, and the heading shown, only where it matters: most headings are right
    for (Heading heading : headings) {
      written.add(heading.getNumber().isEmpty() ? "—" : heading.getNumber());
      boolean right = heading.getSection().isPresent();
      if (right) {
        OptionalInt ordinal = heading.ordinal();
        right = ordinal.isEmpty() || ordinal.getAsInt() == heading.getSection().get().ordinal() + 1;
      }
      if (!right) {
        wrong.add(heading.getNumber().isEmpty() ? heading.getTitle() : heading.getNumber() + "、" + heading.getTitle());
      }
    }
    Status status = wrong.isEmpty() ? Status.PASS : Status.FAIL;
    findings.add(finding(context).status(status).messageKey(id() + "." + status.name())
        .putArguments("numbering", String.join("、", written))
        .putArguments("headings", String.join("; ", wrong))
        .build());
  }
}
