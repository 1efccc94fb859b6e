package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.internal.Engine;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A configured rule set: the standard catalogue (docs/rules.md), severity overrides, disabled rules,
 * what blank cells are read as, the Bean Validation {@link Validator}, and user rules. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * CheckResult result = Rules.standard().check(report);
 * result.getVerdict();                       // CONSISTENT, INCONSISTENT or NOT_ASSESSABLE
 * result.failures().forEach(f -> System.out.println(f.render()));
 *
 * Rules lenient = Rules.builder()
 *     .blanksAsZero(true)
 *     .severity("narrative.count", Severity.INFO)
 *     .disable("structure.section-missing")
 *     .build();
 * }</pre>
 *
 * <p>A baseline of review decisions ({@link Builder#baseline(Baseline)}) turns the failures it
 * accepts into accepted findings ({@link CheckResult#accepted()}).
 *
 * <p>The configuration applies to every API that reports findings: {@link #check(Report)},
 * {@link #checkSeries(List)}, {@link #validate(Report)} and
 * {@link Percentages#recompute(Report, Rules)}.
 */
public final class Rules {
  private static final Rules STANDARD = new Builder().build();
  /** What {@link #validate(Report)} runs. */
  private static final List<Rule> VALIDATION = List.of(
      StandardRule.CELL_COUNT.rule(), StandardRule.VALIDATION_CONSTRAINT.rule());

  private final Map<String, Severity> severities;
  private final Set<String> disabled;
  private final BlankCells blanks;
  private final Validator validator;
  private final List<Rule> added;
  private final Baseline baseline;
  private final Engine engine;

  private Rules(Builder builder) {
    this.severities = Map.copyOf(builder.severities);
    this.disabled = Set.copyOf(builder.disabled);
    this.blanks = builder.blanks;
    this.validator = builder.validator;
    this.added = List.copyOf(builder.added);
    this.baseline = builder.baseline;
    List<Rule> all = new ArrayList<>();
    for (StandardRule rule : StandardRule.values()) {
      all.add(rule.rule());
    }
    all.addAll(added);
    List<Rule> enabled = new ArrayList<>();
    Map<String, Severity> effective = new HashMap<>();
    boolean overridden = false;
    for (Rule rule : all) {
      Severity severity = severities.getOrDefault(rule.id(), rule.severity());
      effective.put(rule.id(), severity);
      overridden |= severity != rule.severity();
      if (!disabled.contains(rule.id())) {
        enabled.add(rule);
      }
    }
    this.engine = new Engine(enabled, effective, overridden, blanks, validator);
  }

  /** The standard catalogue with default severities, blank cells kept blank, Hibernate Validator. */
  public static Rules standard() {
    return STANDARD;
  }

  /** A builder starting from the standard catalogue. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.severities.putAll(severities);
    builder.disabled.addAll(disabled);
    builder.blanks = blanks;
    builder.validator = validator;
    builder.added.addAll(added);
    builder.baseline = baseline;
    return builder;
  }

  /**
   * Checks one report against every enabled rule, the standard ones in catalogue order, then the
   * rules added.
   *
   * @param report the report
   * @return one finding per evaluated rule instance and the verdict
   */
  public CheckResult check(Report report) {
    Objects.requireNonNull(report, "report");
    return reviewed(result(engine.check(report), complete(report), List.of(report)), List.of(report));
  }

  /**
   * Checks reports of one agency across consecutive years ({@code cross-year.*} and the
   * {@link Rule#checkSeries} of user rules). The reports are sorted by year; a report without a
   * year is ignored. Only consecutive years are compared: a year whose predecessor is missing is
   * {@code NOT_ASSESSABLE}. The single-report rules are not run: use {@link #check(Report)}.
   *
   * @param reports the reports of one agency, in any order
   * @return the findings; {@link CheckResult#isComplete()} when two years are consecutive
   */
  public CheckResult checkSeries(List<Report> reports) {
    Objects.requireNonNull(reports, "reports");
    List<Report> series = new ArrayList<>();
    for (Report report : reports) {
      Objects.requireNonNull(report, "report");
      if (report.getYear().isPresent()) {
        series.add(report);
      }
    }
    series.sort(Comparator.comparingInt(r -> r.getYear().getAsInt()));
    return reviewed(result(engine.checkSeries(series), Engine.hasConsecutiveYears(series), series), series);
  }

  /**
   * Runs only the Bean Validation rules: every violation of the model's constraints as a finding.
   * A violation of {@code @CellValues} (property path {@code …cells[<CellRef>]}) becomes a
   * {@code cell.count} finding at that cell; any other violation ({@code year} out of 2008–2100)
   * a {@code validation.constraint} finding located at its property path. Number cells without a
   * violation are {@code cell.count} passes.
   *
   * @param report the report
   * @return the validation findings; complete as the report is
   */
  public CheckResult validate(Report report) {
    Objects.requireNonNull(report, "report");
    return reviewed(result(engine.check(report, VALIDATION), complete(report), List.of(report)), List.of(report));
  }

  /**
   * The result with the baseline's decisions that accept its failures: each failure is looked up
   * with the agency and year of its report (in a series, the report of the finding's year).
   */
  private CheckResult reviewed(CheckResult result, List<Report> reports) {
    if (baseline.getAccepted().isEmpty()) {
      return result;
    }
    List<Acceptance> accepted = new ArrayList<>();
    for (Finding finding : result.getFindings()) {
      if (finding.getStatus() != Status.FAIL) {
        continue;
      }
      Report report = reports.get(0);
      for (Report candidate : reports) {
        if (finding.getYear().isPresent() && candidate.getYear().equals(finding.getYear())) {
          report = candidate;
        }
      }
      baseline.find(finding, report).filter(a -> !accepted.contains(a)).ifPresent(accepted::add);
    }
    return new CheckResult.Builder().from(result).acceptances(accepted).build();
  }

  /** The review decisions this rule set applies; none by default. */
  public Baseline baseline() {
    return baseline;
  }

  /** Tables 3 and 4 decide the verdict: table 2 carries no arithmetic, and its absence is a warning. */
  private static boolean complete(Report report) {
    return report.getEdition().hasTables() && report.table(Table.APPLICATIONS).isPresent()
        && report.table(Table.REVIEW_LITIGATION).isPresent();
  }

  /**
   * The result of findings the engine made for it: {@code of} copies them once, where the builder
   * would copy them into itself and again into the result (300 findings for a full report).
   */
  private static CheckResult result(List<Finding> findings, boolean complete, List<Report> read) {
    ImmutableCheckResult result = (ImmutableCheckResult) ImmutableCheckResult.of(findings, complete);
    List<Diagnostic> errors = readErrors(read);
    return errors.isEmpty() ? result : result.withReadErrors(errors);
  }

  /** The ERROR diagnostics the reading of the reports left, in order. */
  private static List<Diagnostic> readErrors(List<Report> reports) {
    List<Diagnostic> errors = new ArrayList<>();
    for (Report report : reports) {
      for (Diagnostic diagnostic : report.getDiagnostics()) {
        if (diagnostic.getSeverity() == Severity.ERROR) {
          errors.add(diagnostic);
        }
      }
    }
    return errors;
  }

  /** The findings of one standard rule on a report, with this configuration applied. */
  List<Finding> checkOne(StandardRule rule, Report report) {
    return engine.check(report, List.of(rule.rule()));
  }

  /** The findings of one rule instance (a standard rule configured otherwise) under this rule set. */
  List<Finding> checkWith(io.github.govdisclosure.rules.internal.StandardRuleBase rule, Report report) {
    return engine.checkInstead(report, rule);
  }

  /** Whether a rule is enabled. */
  public boolean isEnabled(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return !disabled.contains(ruleId);
  }

  /** The severity the rule's findings get: the override, else the rule's default. */
  public Severity severity(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    Severity override = severities.get(ruleId);
    if (override != null) {
      return override;
    }
    for (Rule rule : added) {
      if (rule.id().equals(ruleId)) {
        return rule.severity();
      }
    }
    return StandardRule.byId(ruleId).map(StandardRule::severity)
        .orElseThrow(() -> new IllegalArgumentException("unknown rule id: " + ruleId));
  }

  /** What the rules make of blank cells. */
  public BlankCells blankCells() {
    return blanks;
  }

  /** The user rules added, in order. */
  public List<Rule> addedRules() {
    return added;
  }

  /** Builds a rule set; starts from the standard catalogue. */
  public static final class Builder {
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private BlankCells blanks = BlankCells.KEEP;
    private Validator validator;
    private final List<Rule> added = new ArrayList<>();
    private Baseline baseline = Baseline.empty();

    private Builder() {}

    /**
     * The review decisions to apply: a failed finding a decision accepts is reported as accepted
     * ({@link CheckResult#accepted()}) and no longer weighs on the verdict. Applies to
     * {@link Rules#check(Report)}, {@link Rules#checkSeries(List)} and {@link Rules#validate(Report)}.
     */
    public Builder baseline(Baseline baseline) {
      this.baseline = Objects.requireNonNull(baseline, "baseline");
      return this;
    }

    /** Turns a rule off in every API. */
    public Builder disable(String ruleId) {
      disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /** Turns a disabled rule back on. */
    public Builder enable(String ruleId) {
      disabled.remove(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /** Gives a rule's findings another severity in every API. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** What the rules make of blank cells; {@link BlankCells#KEEP} by default. */
    public Builder blankCells(BlankCells blanks) {
      this.blanks = Objects.requireNonNull(blanks, "blanks");
      return this;
    }

    /** Shorthand for {@link #blankCells(BlankCells)}: {@code true} reads blank cells as zero. */
    public Builder blanksAsZero(boolean blanksAsZero) {
      return blankCells(blanksAsZero ? BlankCells.READ_AS_ZERO : BlankCells.KEEP);
    }

    /**
     * The Bean Validation validator of {@link Rules#validate(Report)} and {@code cell.count};
     * by default Hibernate Validator with parameter-only message interpolation (no Jakarta EL),
     * whose INFO line about its version is not printed.
     */
    public Builder validator(Validator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /** Adds a user rule, run after the standard ones. */
    public Builder add(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(rule.id(), "rule.id()");
      Objects.requireNonNull(rule.severity(), "rule.severity()");
      added.add(rule);
      return this;
    }

    /**
     * Builds the rule set.
     *
     * @throws IllegalArgumentException if an id overridden or disabled names no rule, or a user
     *     rule's id is a standard id or given twice
     */
    public Rules build() {
      Set<String> known = new HashSet<>();
      for (StandardRule rule : StandardRule.values()) {
        known.add(rule.id());
      }
      for (Rule rule : added) {
        if (!known.add(rule.id())) {
          throw new IllegalArgumentException("rule id already taken: " + rule.id());
        }
      }
      for (String id : severities.keySet()) {
        if (!known.contains(id)) {
          throw new IllegalArgumentException("unknown rule id: " + id);
        }
      }
      for (String id : disabled) {
        if (!known.contains(id)) {
          throw new IllegalArgumentException("unknown rule id: " + id);
        }
      }
      return new Rules(this);
    }
  }
}
