package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a check found: one {@link Finding} per evaluated rule instance, and the verdict.
 *
 * <p>{@link #getVerdict()} weighs {@code ERROR} findings, in this order:
 * <ol>
 *   <li>{@code NOT_ASSESSABLE} when the reading failed ({@link #getReadErrors()} not empty: input
 *       cut at the limit, a table 3 or 4 that could not be read, a reader that gave up). Misread
 *       cells can fake a failure as well as a pass, so such a report is never {@code CONSISTENT}
 *       nor {@code INCONSISTENT}; its failures are listed all the same.
 *   <li>{@code INCONSISTENT} when one failed that says the figures contradict each other (every
 *       rule but the {@code structure.*} ones), unless it rests on a cell the reader placed by a
 *       guess ({@link Finding#restsOnGuess()}): that one counts as not assessable.
 *   <li>{@code NOT_ASSESSABLE} when the report could not be assessed in full ({@link
 *       #isComplete()} false: a {@code PRE_2019} report, table 3 or 4 absent), a {@code structure.*}
 *       rule failed at {@code ERROR} (a table 3 or 4 row or cell was not found: what is absent cannot
 *       be shown to contradict anything, and it may be the reading that lost it) or an {@code ERROR}
 *       instance was not assessable.
 *   <li>{@code CONSISTENT} otherwise.
 * </ol>
 * What carries no arithmetic (sections, headings, table 2) gives {@code WARNING} findings and never
 * decides the verdict. The {@code structure.*} failures are findings all the same:
 * {@link #failures()} lists them.
 *
 * <p>A failed finding that a review decision accepts ({@link #getAcceptances()}, from the rule
 * set's {@link Baseline}) keeps its status {@code FAIL} and is listed, but is not a failure:
 * {@link #failures()} leaves it out, {@link #accepted()} lists it, and the verdict does not weigh
 * it.
 */
@Value.Immutable
public interface CheckResult {

  /** Every evaluated instance, in rule order. */
  @Value.Parameter
  List<Finding> getFindings();

  /**
   * Whether everything the rules need was there: a report with tables and tables 3 and 4
   * present; for a series, at least one pair of consecutive years.
   */
  @Value.Parameter
  boolean isComplete();

  /**
   * The {@link Severity#ERROR} diagnostics of the report's reading
   * ({@link io.github.govdisclosure.model.Report#getDiagnostics()}): when there is one, the verdict
   * is {@code NOT_ASSESSABLE}, whatever the findings. Empty for a report composed in code.
   */
  List<Diagnostic> getReadErrors();

  /**
   * The review decisions ({@link Baseline}) that accept failed findings of this result; empty
   * without a baseline.
   */
  @Value.Default
  default List<Acceptance> getAcceptances() {
    return List.of();
  }

  /**
   * The decision that accepts a failed finding of this result, if any: an acceptance whose key
   * is the finding's.
   *
   * @param finding a finding of this result
   * @return the decision
   */
  default Optional<Acceptance> acceptance(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    if (finding.getStatus() != Status.FAIL || getAcceptances().isEmpty()) {
      return Optional.empty();
    }
    String key = finding.getKey();
    for (Acceptance acceptance : getAcceptances()) {
      if (acceptance.getKey().equals(key)) {
        return Optional.of(acceptance);
      }
    }
    return Optional.empty();
  }

  /** Whether a failed finding of this result is accepted by a review decision. */
  default boolean isAccepted(Finding finding) {
    return acceptance(finding).isPresent();
  }

  /** The failed findings a review decision accepts: listed, but not failures of the verdict. */
  default List<Finding> accepted() {
    List<Finding> found = new ArrayList<>();
    for (Finding finding : getFindings()) {
      if (isAccepted(finding)) {
        found.add(finding);
      }
    }
    return List.copyOf(found);
  }

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
    if (!getReadErrors().isEmpty()) {
      return Verdict.NOT_ASSESSABLE;
    }
    boolean unassessable = !isComplete();
    for (Finding finding : getFindings()) {
      if (finding.getSeverity().ordinal() > atLeast.ordinal()) {
        continue;
      }
      if (finding.getStatus() == Status.FAIL && isAccepted(finding)) {
        continue; // a review decision accepted it: not a failure of the verdict
      }
      if (finding.getStatus() == Status.FAIL && !isAbsence(finding) && !finding.restsOnGuess()) {
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

  /**
   * The failed instances, of every severity, that no review decision accepts ({@link #accepted()}
   * lists those); {@link #withStatus withStatus(FAIL)} lists both.
   */
  default List<Finding> failures() {
    if (getAcceptances().isEmpty()) {
      return withStatus(Status.FAIL);
    }
    List<Finding> found = new ArrayList<>();
    for (Finding finding : getFindings()) {
      if (finding.getStatus() == Status.FAIL && !isAccepted(finding)) {
        found.add(finding);
      }
    }
    return List.copyOf(found);
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
