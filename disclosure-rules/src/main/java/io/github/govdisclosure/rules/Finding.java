package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.rules.internal.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * One evaluated instance of a rule: id, severity, status, the cells involved, expected and actual
 * values, and a message that shows the derivation.
 *
 * <p>The first cell is the cell the equation defines (a total, or the suspect cell of
 * {@code table3.wrong-cell}), followed by the operands. {@link #render()} gives the one-line form
 * {@code table3.balance error at APPLICATIONS[CARRIED_FORWARD][NATURAL_PERSON]: 35 + 0 = 35 but 34 + 2 = 36}.
 *
 * <p>Messages come from the module's resource bundles ({@code messages_en}, {@code messages_zh})
 * in the {@link Locale} the caller chooses; {@link #message()} uses English. The message template
 * is named by {@link #getMessageKey()}: a key of the bundles, or, for a user's rule, a template
 * itself. Named values {@code {name}} are replaced by {@link #getArguments()}.
 *
 * <p>Findings are immutable values: build them with {@link Builder}. Two findings are equal when
 * every attribute but the {@link #getSpan() span} is equal. The lists and the map a finding returns
 * are unmodifiable. The standard rules make hundreds of findings per check; their one
 * implementation shares what does not depend on the report (the cell lists of the layout) and
 * computes the text of a derivation when it is read. Implementing this interface outside this
 * module is not supported.
 */
public interface Finding {

  /** The rule id, e.g. {@code table3.balance}. */
  String getRuleId();

  /** The severity, after any override of the rule set. */
  Severity getSeverity();

  /** Pass, fail or not assessable. */
  Status getStatus();

  /** The cells involved: the cell the equation defines first, then the operands. */
  List<CellRef> getCells();

  /**
   * Where the finding is when it is not about a cell: a section key ({@code PROBLEMS}), a table key
   * ({@code REVIEW_LITIGATION}) or a property path of Bean Validation ({@code year}).
   */
  Optional<String> getLocation();

  /** The report year the finding is about; set by the checks across years. */
  OptionalInt getYear();

  /** The value the equation or the text expects for the first cell, when computable. */
  Optional<BigDecimal> getExpected();

  /** The value found (the printed cell, or the value the text states), when there is one. */
  Optional<BigDecimal> getActual();

  /** The bundle key of the message (e.g. {@code equation.FAIL}), or a template for a user's rule. */
  String getMessageKey();

  /**
   * The named values of the message, e.g. {@code left}, {@code right}; for
   * {@code narrative.percentage} also {@code denominator} and {@code rounding}.
   */
  Map<String, String> getArguments();

  /** Whether a blank cell was read as zero to reach this finding ({@link Reading#BLANKS_AS_ZERO}). */
  default boolean isBlanksReadAsZero() {
    return false;
  }

  /**
   * For {@code table3.wrong-cell}: the failing equations the suspect cell explains. They are not
   * reported separately.
   */
  List<Finding> getExplains();

  /** Where the text the finding is about was read (a stated figure's phrase); not part of equality. */
  Optional<SourceSpan> getSpan();

  /** The message in English. */
  default String message() {
    return message(Locale.ENGLISH);
  }

  /**
   * The message in a locale: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the locale
   * @return the message with its named values filled in
   */
  default String message(Locale locale) {
    return Messages.message(this, locale);
  }

  /** The one-line rendering in English. */
  default String render() {
    return render(Locale.ENGLISH);
  }

  /**
   * The one-line rendering, {@code <rule> <severity> at <first cell>: <derivation>}; a passing
   * instance shows {@code pass}, an unassessable one {@code not-assessable} instead of the severity.
   *
   * @param locale the locale of the derivation
   * @return the rendering
   */
  default String render(Locale locale) {
    return Messages.render(this, locale);
  }

  /**
   * Checks that the rule id is not blank.
   *
   * @throws IllegalStateException if it is
   */
  default void check() {
    if (getRuleId().isBlank()) {
      throw new IllegalStateException("a finding needs a rule id");
    }
  }

  /**
   * Builds a finding; used by rules, including a user's own. The rule id, severity, status and
   * message key are required. Not thread-safe: use a builder where it is made.
   *
   * <pre>{@code
   * Finding finding = new Finding.Builder().ruleId("acme.received").severity(Severity.WARNING)
   *     .status(Status.FAIL).addCells(ref).messageKey("{stated} stated, {value} in the table")
   *     .putArguments("stated", "35").putArguments("value", "34").build();
   * }</pre>
   */
  class Builder {
    private String ruleId;
    private Severity severity;
    private Status status;
    private final List<CellRef> cells = new ArrayList<>();
    private String location;
    private int year;
    private boolean hasYear;
    private BigDecimal expected;
    private BigDecimal actual;
    private String messageKey;
    private final Map<String, String> arguments = new LinkedHashMap<>();
    private boolean blanksReadAsZero;
    private final List<Finding> explains = new ArrayList<>();
    private SourceSpan span;

    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Fills the builder from a finding: single values are replaced, absent optional values do not
     * replace present ones, cells, arguments and explained findings are added.
     *
     * @param instance the finding to copy
     * @return this builder
     */
    public final Builder from(Finding instance) {
      Objects.requireNonNull(instance, "instance");
      ruleId(instance.getRuleId());
      severity(instance.getSeverity());
      status(instance.getStatus());
      addAllCells(instance.getCells());
      instance.getLocation().ifPresent(this::location);
      OptionalInt year = instance.getYear();
      if (year.isPresent()) {
        year(year.getAsInt());
      }
      instance.getExpected().ifPresent(this::expected);
      instance.getActual().ifPresent(this::actual);
      messageKey(instance.getMessageKey());
      putAllArguments(instance.getArguments());
      blanksReadAsZero(instance.isBlanksReadAsZero());
      addAllExplains(instance.getExplains());
      instance.getSpan().ifPresent(this::span);
      return this;
    }

    /**
     * Sets the rule id (required).
     *
     * @param ruleId the rule id
     * @return this builder
     */
    public final Builder ruleId(String ruleId) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
      return this;
    }

    /**
     * Sets the severity (required).
     *
     * @param severity the severity
     * @return this builder
     */
    public final Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets the status (required).
     *
     * @param status the status
     * @return this builder
     */
    public final Builder status(Status status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Adds a cell.
     *
     * @param element the cell
     * @return this builder
     */
    public final Builder addCells(CellRef element) {
      cells.add(Objects.requireNonNull(element, "cells element"));
      return this;
    }

    /**
     * Adds cells.
     *
     * @param elements the cells
     * @return this builder
     */
    public final Builder addCells(CellRef... elements) {
      for (CellRef element : elements) {
        addCells(element);
      }
      return this;
    }

    /**
     * Replaces the cells.
     *
     * @param elements the cells
     * @return this builder
     */
    public final Builder cells(Iterable<? extends CellRef> elements) {
      cells.clear();
      return addAllCells(elements);
    }

    /**
     * Adds cells.
     *
     * @param elements the cells
     * @return this builder
     */
    public final Builder addAllCells(Iterable<? extends CellRef> elements) {
      for (CellRef element : elements) {
        addCells(element);
      }
      return this;
    }

    /**
     * Sets the location.
     *
     * @param location the location
     * @return this builder
     */
    public final Builder location(String location) {
      this.location = Objects.requireNonNull(location, "location");
      return this;
    }

    /**
     * Sets or clears the location.
     *
     * @param location the location, or empty
     * @return this builder
     */
    public final Builder location(Optional<String> location) {
      this.location = location.orElse(null);
      return this;
    }

    /**
     * Sets the year.
     *
     * @param year the year
     * @return this builder
     */
    public final Builder year(int year) {
      this.year = year;
      this.hasYear = true;
      return this;
    }

    /**
     * Sets or clears the year.
     *
     * @param year the year, or empty
     * @return this builder
     */
    public final Builder year(OptionalInt year) {
      this.hasYear = year.isPresent();
      this.year = hasYear ? year.getAsInt() : 0;
      return this;
    }

    /**
     * Sets the expected value.
     *
     * @param expected the expected value
     * @return this builder
     */
    public final Builder expected(BigDecimal expected) {
      this.expected = Objects.requireNonNull(expected, "expected");
      return this;
    }

    /**
     * Sets or clears the expected value.
     *
     * @param expected the expected value, or empty
     * @return this builder
     */
    public final Builder expected(Optional<? extends BigDecimal> expected) {
      this.expected = expected.orElse(null);
      return this;
    }

    /**
     * Sets the actual value.
     *
     * @param actual the actual value
     * @return this builder
     */
    public final Builder actual(BigDecimal actual) {
      this.actual = Objects.requireNonNull(actual, "actual");
      return this;
    }

    /**
     * Sets or clears the actual value.
     *
     * @param actual the actual value, or empty
     * @return this builder
     */
    public final Builder actual(Optional<? extends BigDecimal> actual) {
      this.actual = actual.orElse(null);
      return this;
    }

    /**
     * Sets the message key or template (required).
     *
     * @param messageKey the bundle key or template
     * @return this builder
     */
    public final Builder messageKey(String messageKey) {
      this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
      return this;
    }

    /**
     * Puts a named value of the message.
     *
     * @param key the name
     * @param value the value
     * @return this builder
     */
    public final Builder putArguments(String key, String value) {
      arguments.put(Objects.requireNonNull(key, "arguments key"),
          Objects.requireNonNull(value, value == null ? "arguments value for key: " + key : null));
      return this;
    }

    /**
     * Puts a named value of the message.
     *
     * @param entry the name and value
     * @return this builder
     */
    public final Builder putArguments(Map.Entry<String, ? extends String> entry) {
      return putArguments(entry.getKey(), entry.getValue());
    }

    /**
     * Replaces the named values of the message.
     *
     * @param entries the names and values
     * @return this builder
     */
    public final Builder arguments(Map<String, ? extends String> entries) {
      arguments.clear();
      return putAllArguments(entries);
    }

    /**
     * Puts named values of the message.
     *
     * @param entries the names and values
     * @return this builder
     */
    public final Builder putAllArguments(Map<String, ? extends String> entries) {
      for (Map.Entry<String, ? extends String> entry : entries.entrySet()) {
        putArguments(entry.getKey(), entry.getValue());
      }
      return this;
    }

    /**
     * Sets whether a blank cell was read as zero; {@code false} by default.
     *
     * @param blanksReadAsZero whether a blank cell was read as zero
     * @return this builder
     */
    public final Builder blanksReadAsZero(boolean blanksReadAsZero) {
      this.blanksReadAsZero = blanksReadAsZero;
      return this;
    }

    /**
     * Adds an explained finding.
     *
     * @param element the finding
     * @return this builder
     */
    public final Builder addExplains(Finding element) {
      explains.add(Objects.requireNonNull(element, "explains element"));
      return this;
    }

    /**
     * Adds explained findings.
     *
     * @param elements the findings
     * @return this builder
     */
    public final Builder addExplains(Finding... elements) {
      for (Finding element : elements) {
        addExplains(element);
      }
      return this;
    }

    /**
     * Replaces the explained findings.
     *
     * @param elements the findings
     * @return this builder
     */
    public final Builder explains(Iterable<? extends Finding> elements) {
      explains.clear();
      return addAllExplains(elements);
    }

    /**
     * Adds explained findings.
     *
     * @param elements the findings
     * @return this builder
     */
    public final Builder addAllExplains(Iterable<? extends Finding> elements) {
      for (Finding element : elements) {
        addExplains(element);
      }
      return this;
    }

    /**
     * Sets the source span.
     *
     * @param span the span
     * @return this builder
     */
    public final Builder span(SourceSpan span) {
      this.span = Objects.requireNonNull(span, "span");
      return this;
    }

    /**
     * Sets or clears the source span.
     *
     * @param span the span, or empty
     * @return this builder
     */
    public final Builder span(Optional<? extends SourceSpan> span) {
      this.span = span.orElse(null);
      return this;
    }

    /**
     * Builds the finding.
     *
     * @return the finding
     * @throws IllegalStateException if the rule id, severity, status or message key is not set, or
     *     the rule id is blank
     */
    public Finding build() {
      if (ruleId == null || severity == null || status == null || messageKey == null) {
        List<String> missing = new ArrayList<>();
        if (ruleId == null) {
          missing.add("ruleId");
        }
        if (severity == null) {
          missing.add("severity");
        }
        if (status == null) {
          missing.add("status");
        }
        if (messageKey == null) {
          missing.add("messageKey");
        }
        throw new IllegalStateException("Cannot build Finding, some of required attributes are not set " + missing);
      }
      Map<String, String> args = arguments.isEmpty() ? Map.of()
          : arguments.size() == 1 ? Map.copyOf(arguments)
          : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
      FindingValue finding = new FindingValue(ruleId, severity, status, List.copyOf(cells), location, hasYear, year,
          expected, actual, messageKey, args, blanksReadAsZero, List.copyOf(explains), span);
      finding.check();
      return finding;
    }
  }
}
