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
import org.immutables.value.Value;

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
 * <p>The attributes are parameters of the generated value class only so that the standard rules
 * can make their many findings without a builder; build findings with {@link Builder}.
 */
@Value.Immutable
public interface Finding {

  /** The rule id, e.g. {@code table3.balance}. */
  @Value.Parameter
  String getRuleId();

  /** The severity, after any override of the rule set. */
  @Value.Parameter
  Severity getSeverity();

  /** Pass, fail or not assessable. */
  @Value.Parameter
  Status getStatus();

  /** The cells involved: the cell the equation defines first, then the operands. */
  @Value.Parameter
  List<CellRef> getCells();

  /**
   * Where the finding is when it is not about a cell: a section key ({@code PROBLEMS}), a table key
   * ({@code REVIEW_LITIGATION}) or a property path of Bean Validation ({@code year}).
   */
  @Value.Parameter
  Optional<String> getLocation();

  /** The report year the finding is about; set by the checks across years. */
  @Value.Parameter
  OptionalInt getYear();

  /** The value the equation or the text expects for the first cell, when computable. */
  @Value.Parameter
  Optional<BigDecimal> getExpected();

  /** The value found (the printed cell, or the value the text states), when there is one. */
  @Value.Parameter
  Optional<BigDecimal> getActual();

  /** The bundle key of the message (e.g. {@code equation.FAIL}), or a template for a user's rule. */
  @Value.Parameter
  String getMessageKey();

  /**
   * The named values of the message, e.g. {@code left}, {@code right}; for
   * {@code narrative.percentage} also {@code denominator} and {@code rounding}.
   */
  @Value.Parameter
  Map<String, String> getArguments();

  /** Whether a blank cell was read as zero to reach this finding ({@link Reading#BLANKS_AS_ZERO}). */
  @Value.Default
  @Value.Parameter
  default boolean isBlanksReadAsZero() {
    return false;
  }

  /**
   * For {@code table3.wrong-cell}: the failing equations the suspect cell explains. They are not
   * reported separately.
   */
  @Value.Parameter
  List<Finding> getExplains();

  /** Where the text the finding is about was read (a stated figure's phrase); not part of equality. */
  @Value.Auxiliary
  @Value.Parameter
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

  /** Checks that the rule id is not blank. */
  @Value.Check
  default void check() {
    if (getRuleId().isBlank()) {
      throw new IllegalStateException("a finding needs a rule id");
    }
  }

  /** Builds a finding; used by rules, including a user's own. */
  class Builder extends ImmutableFinding.Builder {}
}
