package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.internal.Engine;
import io.github.govdisclosure.rules.internal.ValidationAdapter;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A configured rule set: the standard catalogue (docs/rules.md), severity overrides, disabled rules,
 * the reading of blank cells, the Bean Validation {@link Validator}, and user rules. Immutable and
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
 * <p>The configuration applies to every API that reports findings: {@link #check(Report)},
 * {@link #checkSeries(List)}, {@link #validate(Report)} and
 * {@link Percentages#recompute(Report, Rules)}.
 */
public final class Rules {
  private static final Rules STANDARD = new Builder().build();

  private final Map<String, Severity> severities;
  private final Set<String> disabled;
  private final Reading reading;
  private final Validator validator;
  private final List<Rule> added;

  private Rules(Builder builder) {
    this.severities = Map.copyOf(builder.severities);
    this.disabled = Set.copyOf(builder.disabled);
    this.reading = builder.reading;
    this.validator = builder.validator;
    this.added = List.copyOf(builder.added);
  }

  /** The standard catalogue with default severities, blanks kept as blanks, Hibernate Validator. */
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
    builder.reading = reading;
    builder.validator = validator;
    builder.added.addAll(added);
    return builder;
  }

  /**
   * Checks one report against every enabled rule.
   *
   * @param report the report
   * @return one finding per evaluated rule instance and the verdict
   */
  public CheckResult check(Report report) {
    Objects.requireNonNull(report, "report");
    List<Finding> findings = Engine.check(report, reading, validator(), this::isEnabled, FindingMaker.INSTANCE);
    for (Rule rule : added) {
      if (isEnabled(rule.id())) {
        findings.addAll(rule.check(report, reading));
      }
    }
    return ImmutableCheckResult.of(finishInPlace(findings), complete(report));
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
    List<Finding> findings = new ArrayList<>(Engine.checkSeries(series, reading, this::isEnabled));
    for (Rule rule : added) {
      if (isEnabled(rule.id())) {
        findings.addAll(rule.checkSeries(List.copyOf(series), reading));
      }
    }
    return new CheckResult.Builder().findings(finish(findings))
        .complete(Engine.hasConsecutiveYears(series)).build();
  }

  /**
   * Runs only the Bean Validation adapter: every violation of the model's constraints as a
   * finding. A violation of {@code @CellValues} (property path {@code …cells[<CellRef>]}) becomes a
   * {@code cell.count} finding at that cell; any other violation ({@code year} out of 2008–2100)
   * a {@code validation.constraint} finding located at its property path. Number cells without a
   * violation are {@code cell.count} passes.
   *
   * @param report the report
   * @return the validation findings; complete as the report is
   */
  public CheckResult validate(Report report) {
    Objects.requireNonNull(report, "report");
    List<Finding> findings = isEnabled(StandardRule.CELL_COUNT.id()) || isEnabled(StandardRule.VALIDATION_CONSTRAINT.id())
        ? ValidationAdapter.validate(validator(), report, FindingMaker.INSTANCE)
        : new ArrayList<>();
    return ImmutableCheckResult.of(finishInPlace(findings), complete(report));
  }

  private static boolean complete(Report report) {
    boolean complete = report.getEdition().hasTables();
    for (Table table : Table.values()) {
      complete &= report.table(table).isPresent();
    }
    return complete;
  }

  /** The findings of one standard rule on a report, with this configuration applied. */
  List<Finding> checkOne(StandardRule rule, Report report) {
    if (!isEnabled(rule.id())) {
      return List.of();
    }
    return finish(Engine.checkOne(rule, report, reading));
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

  /** How blank cells are read. */
  public Reading reading() {
    return reading;
  }

  /** The user rules added, in order. */
  public List<Rule> addedRules() {
    return added;
  }

  private Validator validator() {
    return validator != null ? validator : ValidationAdapter.defaultValidator();
  }

  /** Drops findings of disabled rules and applies severity overrides, also to nested findings. */
  private List<Finding> finish(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding finding : findings) {
      if (isEnabled(finding.getRuleId())) {
        out.add(override(finding));
      }
    }
    return out;
  }

  /** {@link #finish} on a list of the caller's own, without a copy. */
  private List<Finding> finishInPlace(List<Finding> findings) {
    if (disabled.isEmpty() && severities.isEmpty()) {
      return findings; // nothing to drop, nothing to override
    }
    int kept = 0;
    for (int i = 0, n = findings.size(); i < n; i++) {
      Finding finding = findings.get(i);
      if (isEnabled(finding.getRuleId())) {
        findings.set(kept++, override(finding));
      }
    }
    findings.subList(kept, findings.size()).clear();
    return findings;
  }

  private Finding override(Finding finding) {
    Severity severity = severities.get(finding.getRuleId());
    if ((severity == null || severity == finding.getSeverity()) && finding.getExplains().isEmpty()) {
      return finding;
    }
    List<Finding> explains = new ArrayList<>();
    finding.getExplains().forEach(f -> explains.add(override(f)));
    return new Finding.Builder().from(finding)
        .severity(severity == null ? finding.getSeverity() : severity)
        .explains(explains)
        .build();
  }

  /** Builds a rule set; starts from the standard catalogue. */
  public static final class Builder {
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private Reading reading = Reading.KEEP_BLANKS;
    private Validator validator;
    private final List<Rule> added = new ArrayList<>();

    private Builder() {}

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

    /** How blank cells are read; {@link Reading#KEEP_BLANKS} by default. */
    public Builder reading(Reading reading) {
      this.reading = Objects.requireNonNull(reading, "reading");
      return this;
    }

    /** Shorthand for {@link #reading(Reading)}: {@code true} reads blank cells as zero. */
    public Builder blanksAsZero(boolean blanksAsZero) {
      return reading(blanksAsZero ? Reading.BLANKS_AS_ZERO : Reading.KEEP_BLANKS);
    }

    /**
     * The Bean Validation validator of {@link Rules#validate(Report)} and {@code cell.count};
     * by default Hibernate Validator with parameter-only message interpolation (no Jakarta EL).
     */
    public Builder validator(Validator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /** Adds a user rule, run after the standard ones. */
    public Builder add(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(rule.id(), "rule.id()");
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
