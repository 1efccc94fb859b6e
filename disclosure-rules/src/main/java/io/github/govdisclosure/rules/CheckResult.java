package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What a check found: one {@link Finding} per evaluated rule instance, and the verdict.
 *
 * <p>{@link #getVerdict()} weighs {@code ERROR} findings: {@code INCONSISTENT} when one failed that
 * says the figures contradict each other (every rule but the {@code structure.*} ones);
 * otherwise {@code NOT_ASSESSABLE} when the report could not be assessed in full ({@link
 * #isComplete()} false: a {@code PRE_2019} report or a table absent), a {@code structure.*} rule
 * failed (a section, table, row or cell was not found: what is absent cannot be shown to
 * contradict anything, and it may be the reading that lost it) or an {@code ERROR} instance was
 * not assessable; otherwise {@code CONSISTENT}. The {@code structure.*} failures are findings all
 * the same: {@link #failures()} lists them.
 */
@Value.Immutable
public interface CheckResult {

  /** Every evaluated instance, in rule order. */
  @Value.Parameter
  List<Finding> getFindings();

  /**
   * Whether everything the rules need was there: a report with tables and all three tables
   * present; for a series, at least one pair of consecutive years.
   */
  @Value.Parameter
  boolean isComplete();

  /** The verdict weighing {@code ERROR} findings. */
  default Verdict getVerdict() {
    return verdict(Severity.ERROR);
  }

  /**
   * The verdict weighing findings of this severity or a more serious one ({@code WARNING} weighs
   * warnings and errors).
   *
   * @param atLeast the least serious severity weighed
   * @return the verdict
   */
  default Verdict verdict(Severity atLeast) {
    Objects.requireNonNull(atLeast, "atLeast");
    boolean unassessable = !isComplete();
    for (Finding finding : getFindings()) {
      if (finding.getSeverity().ordinal() > atLeast.ordinal()) {
        continue;
      }
      if (finding.getStatus() == Status.FAIL && !isAbsence(finding)) {
        return Verdict.INCONSISTENT;
      }
      if (finding.getStatus() != Status.PASS) {
        unassessable = true;
      }
    }
    return unassessable ? Verdict.NOT_ASSESSABLE : Verdict.CONSISTENT;
  }

  private static boolean isAbsence(Finding finding) {
    return finding.getRuleId().startsWith("structure.");
  }

  /** The failed instances, of every severity. */
  default List<Finding> failures() {
    return withStatus(Status.FAIL);
  }

  /** The instances with this status. */
  default List<Finding> withStatus(Status status) {
    Objects.requireNonNull(status, "status");
    List<Finding> found = new ArrayList<>();
    for (Finding finding : getFindings()) {
      if (finding.getStatus() == status) {
        found.add(finding);
      }
    }
    return List.copyOf(found);
  }

  /** The instances of one rule. */
  default List<Finding> byRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    List<Finding> found = new ArrayList<>();
    for (Finding finding : getFindings()) {
      if (finding.getRuleId().equals(ruleId)) {
        found.add(finding);
      }
    }
    return List.copyOf(found);
  }

  /** The failures and unassessable instances rendered one per line, in a locale. */
  default String render(Locale locale) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : getFindings()) {
      if (finding.getStatus() != Status.PASS) {
        out.append(finding.render(locale)).append('\n');
      }
    }
    return out.toString();
  }

  /** Builds a result; rules build results, users rarely need to. */
  class Builder extends ImmutableCheckResult.Builder {}
}
