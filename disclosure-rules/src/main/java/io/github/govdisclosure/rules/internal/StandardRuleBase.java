package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.BlankCells;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Rule;
import io.github.govdisclosure.rules.StandardRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rule of the standard catalogue: one class per rule id, named by its {@link StandardRule}
 * constant. It carries its id and default severity, lists the message keys its findings may have
 * (each one in every message bundle, which a test proves), and adds its findings on a
 * {@link RuleContext}, where the effective severity and what other rules read are. The engine runs
 * every rule of this kind the same way, a rule added to a rule set too. Not API.
 */
public abstract class StandardRuleBase implements Rule {
  private final String id;
  private final Severity severity;
  private final List<String> messageKeys;

  /**
   * A rule with its stable id, default severity and the message keys its findings may have.
   *
   * @param id the id, e.g. {@code table3.balance}
   * @param severity the default severity
   * @param messageKeys the bundle keys of its messages, e.g. {@code narrative.fee.PASS}
   */
  protected StandardRuleBase(String id, Severity severity, List<String> messageKeys) {
    this.id = Objects.requireNonNull(id, "id");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.messageKeys = List.copyOf(messageKeys);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  /** The bundle keys the rule's findings may have, each in every message bundle. */
  public final List<String> messageKeys() {
    return messageKeys;
  }

  /**
   * Adds the rule's findings on {@link RuleContext#report()}; the default adds none (a rule across
   * years).
   *
   * @param context the check
   * @param findings where the findings go, in order
   */
  protected void check(RuleContext context, List<Finding> findings) {}

  /**
   * Adds the rule's findings on {@link RuleContext#series()}; the default adds none.
   *
   * @param context the check across years
   * @param findings where the findings go, in order
   */
  protected void checkSeries(RuleContext context, List<Finding> findings) {}

  /** A finding of this rule with the severity the context gives it. */
  protected final FindingBuilder finding(RuleContext context) {
    return Finding.builder().ruleId(id).severity(context.severity(id));
  }

  /** The findings on a report under the default severities, outside a rule set. */
  @Override
  public final List<Finding> check(Report report, BlankCells blanks) {
    List<Finding> findings = new ArrayList<>();
    check(RuleContext.of(Objects.requireNonNull(report, "report"), Objects.requireNonNull(blanks, "blanks"),
        this::defaultSeverity, null), findings);
    return findings;
  }

  /** The findings across years under the default severities, outside a rule set. */
  @Override
  public final List<Finding> checkSeries(List<Report> series, BlankCells blanks) {
    List<Finding> findings = new ArrayList<>();
    checkSeries(RuleContext.ofSeries(List.copyOf(series), Objects.requireNonNull(blanks, "blanks"),
        this::defaultSeverity), findings);
    return findings;
  }

  private Severity defaultSeverity(String ruleId) {
    return ruleId.equals(id) ? severity
        : StandardRule.byId(ruleId).map(StandardRule::severity).orElse(severity);
  }
}
