package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code narrative.breakdown} (WARNING), per stated breakdown ({@code 共N条，其中a条、b条…}): the parts
 * add up to more than the total, or, for a complete split, not to the total. Not API.
 */
public final class NarrativeBreakdown extends StandardRuleBase {

  /** The rule. */
  public NarrativeBreakdown() {
    super("narrative.breakdown", Severity.WARNING, List.of("narrative.breakdown.PASS",
        "narrative.breakdown.PASS.complete", "narrative.breakdown.FAIL.exceeds", "narrative.breakdown.FAIL.incomplete"));
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    for (StatedBreakdown breakdown : context.report().getStatedBreakdowns()) {
      findings.add(breakdown(context, breakdown));
    }
  }

  private Finding breakdown(RuleContext context, StatedBreakdown breakdown) {
    long sum = 0;
    List<String> parts = new ArrayList<>();
    for (long part : breakdown.getParts()) {
      sum += part;
      parts.add(Long.toString(part));
    }
    String key;
    Status status;
    if (sum > breakdown.getTotal()) {
      status = Status.FAIL;
      key = "narrative.breakdown.FAIL.exceeds";
    } else if (breakdown.isComplete() && sum != breakdown.getTotal()) {
      status = Status.FAIL;
      key = "narrative.breakdown.FAIL.incomplete";
    } else {
      status = Status.PASS;
      key = breakdown.isComplete() ? "narrative.breakdown.PASS.complete" : "narrative.breakdown.PASS";
    }
    FindingBuilder finding = finding(context)
        .status(status).messageKey(key)
        .expected(BigDecimal.valueOf(breakdown.getTotal()))
        .actual(BigDecimal.valueOf(sum))
        .putArguments("total", Long.toString(breakdown.getTotal()))
        .putArguments("parts", String.join(" + ", parts))
        .putArguments("sum", Long.toString(sum))
        .putArguments("phrase", breakdown.getPhrase())
        .phrase(breakdown.getPhrase());
    breakdown.getSection().ifPresent(s -> finding.location(s.name()));
    breakdown.getSpan().ifPresent(finding::span);
    return finding.build();
  }
}
