package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.rules.internal.FindingKeys;
import io.github.govdisclosure.rules.internal.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One evaluated instance of a rule: rule id, severity, status, the cells involved, expected and
 * actual values, and a message that shows the derivation. Immutable; build one with
 * {@link #builder()}.
 *
 * <p>The first cell is the cell the equation defines (a total, or the suspect cell of
 * {@code table3.wrong-cell}), followed by the operands. {@link #render()} gives the one-line form
 * {@code table3.balance error at APPLICATIONS[CARRIED_FORWARD][NATURAL_PERSON]: 35 + 0 = 35 but 34 + 2 = 36}.
 *
 * <p>Messages come from the module's resource bundles ({@code messages_en}, {@code messages_zh})
 * in the {@link Locale} the caller chooses; {@link #message()} uses English. The message is named
 * by {@link #getMessageKey()}: a key of the bundles, or, for a user's rule, a template itself. Named
 * values {@code {name}} are replaced by {@link #getArguments()}. What a program reads from a
 * finding has a typed accessor ({@link #getDenominator()}, {@link #getRounding()},
 * {@link #getPhrase()}, …); the arguments are the text of the message.
 *
 * <p>Two findings are equal when every attribute but the {@link #getSpan() span} and the
 * {@link #getKey() key} (which follows from the others) is equal. The
 * lists and the map a finding returns are unmodifiable.
 */
public final class Finding {
  private final String ruleId;
  private final Severity severity;
  private final Status status;
  private final List<CellRef> cells;
  private final String location;
  private final BigDecimal expected;
  private final BigDecimal actual;
  private final String messageKey;
  private final Map<String, String> arguments;
  private final boolean blanksReadAsZero;
  private final SourceSpan span;
  /** What most findings leave unset; {@link Details#NONE} when all of it is. */
  private final Details details;

  /** Takes the builder's values; the builder hands over unmodifiable lists and an unmodifiable map. */
  Finding(FindingBuilder b) {
    this.ruleId = b.ruleId;
    this.severity = b.severity;
    this.status = b.status;
    this.cells = b.cells;
    this.location = b.location;
    this.expected = b.expected;
    this.actual = b.actual;
    this.messageKey = b.messageKey;
    this.arguments = b.arguments;
    this.blanksReadAsZero = b.blanksReadAsZero;
    this.span = b.span;
    this.details = Details.of(b);
  }

  /**
   * The attributes most findings leave unset: the year of the checks across years, the findings
   * a suspect cell explains, the typed details of the narrative rules, the guessed cells, the cited
   * diagnostic and a stored key. Held apart, and shared when all are unset ({@link #NONE}), so
   * that the hundreds of findings of a check are small objects, quick to make.
   */
  private static final class Details {
    static final Details NONE = new Details(new FindingBuilder());

    final boolean hasYear;
    final int year;
    final List<Finding> explains;
    final Quantity quantity;
    final String phrase;
    final Denominator denominator;
    final BigDecimal denominatorValue;
    final RoundingMode rounding;
    final List<CellRef> guessedCells;
    final Diagnostic diagnostic;
    final String key;

    private Details(FindingBuilder b) {
      this.hasYear = b.hasYear;
      this.year = b.year;
      this.explains = b.explains;
      this.quantity = b.quantity;
      this.phrase = b.phrase;
      this.denominator = b.denominator;
      this.denominatorValue = b.denominatorValue;
      this.rounding = b.rounding;
      this.guessedCells = b.guessedCells;
      this.diagnostic = b.diagnostic;
      this.key = b.key;
    }

    /** The builder's values; {@link #NONE} when every one of them is unset. */
    static Details of(FindingBuilder b) {
      boolean unset = !b.hasYear && b.explains.isEmpty() && b.quantity == null && b.phrase == null
          && b.denominator == null && b.denominatorValue == null && b.rounding == null && b.guessedCells.isEmpty()
          && b.diagnostic == null && b.key == null;
      return unset ? NONE : new Details(b);
    }
  }

  /**
   * A builder of a finding, for a rule of one's own. Rule id, severity, status and message key are
   * required.
   *
   * <pre>{@code
   * Finding finding = Finding.builder().ruleId("acme.received").severity(Severity.WARNING)
   *     .status(Status.FAIL).addCells(ref).messageKey("{stated} stated, {value} in the table")
   *     .putArguments("stated", "35").putArguments("value", "34").build();
   * }</pre>
   */
  public static FindingBuilder builder() {
    return new FindingBuilder();
  }

  /** A builder holding this finding's values. */
  public FindingBuilder toBuilder() {
    return new FindingBuilder().from(this);
  }

  /** The id of the rule that made the finding, e.g. {@code table3.balance}. */
  public String getRuleId() {
    return ruleId;
  }

  /** The severity, after any override of the rule set. */
  public Severity getSeverity() {
    return severity;
  }

  /** Pass, fail or not assessable. */
  public Status getStatus() {
    return status;
  }

  /** The cells involved: the cell the equation defines first, then the operands. */
  public List<CellRef> getCells() {
    return cells;
  }

  /**
   * Where the finding is when it is not about a cell: a section key ({@code PROBLEMS}), a table key
   * ({@code REVIEW_LITIGATION}), a row ({@code APPLICATIONS[NEW_RECEIVED]}) or a property path of
   * Bean Validation ({@code year}).
   */
  public Optional<String> getLocation() {
    return Optional.ofNullable(location);
  }

  /** The report year the finding is about; set by the checks across years. */
  public OptionalInt getYear() {
    return details.hasYear ? OptionalInt.of(details.year) : OptionalInt.empty();
  }

  /**
   * The value the equation or the text expects for the first cell, when computable: the repair
   * value of an equation, the recomputed share of a stated percentage, the total of a breakdown.
   */
  public Optional<BigDecimal> getExpected() {
    return Optional.ofNullable(expected);
  }

  /** The value found (the printed cell, or the value the text states), when there is one. */
  public Optional<BigDecimal> getActual() {
    return Optional.ofNullable(actual);
  }

  /**
   * The bundle key of the message (e.g. {@code equation.FAIL}), or a template for a user's rule. A
   * template shaped like a key (dotted words, no space) is looked up as one; a key no bundle has
   * shows the named values, never the key.
   */
  public String getMessageKey() {
    return messageKey;
  }

  /**
   * The named values of the message, in the order the rule put them, e.g. {@code left},
   * {@code right}. Text for the message; read typed values from the typed accessors.
   */
  public Map<String, String> getArguments() {
    return arguments;
  }

  /** Whether a blank cell was read as zero to reach this finding ({@link BlankCells#READ_AS_ZERO}). */
  public boolean isBlanksReadAsZero() {
    return blanksReadAsZero;
  }

  /**
   * For {@code table3.wrong-cell}: the failing equations the suspect cell explains. They are not
   * reported separately.
   */
  public List<Finding> getExplains() {
    return details.explains;
  }

  /** Where the text the finding is about was read (a stated figure's phrase); not part of equality. */
  public Optional<SourceSpan> getSpan() {
    return Optional.ofNullable(span);
  }

  /** For {@code narrative.count} and {@code narrative.percentage}: the quantity the text states. */
  public Optional<Quantity> getQuantity() {
    return Optional.ofNullable(details.quantity);
  }

  /**
   * For the {@code narrative.*} rules: the phrase of the text the finding is about, as written,
   * e.g. {@code “予以公开”17件,占总数的48.57%}.
   */
  public Optional<String> getPhrase() {
    return Optional.ofNullable(details.phrase);
  }

  /**
   * For {@code narrative.percentage}: the denominator of the expected share, the one that matched
   * the stated share (a pass) or the first one that could be computed (a failure).
   */
  public Optional<Denominator> getDenominator() {
    return Optional.ofNullable(details.denominator);
  }

  /** For {@code narrative.percentage}: the value of {@link #getDenominator()}, e.g. {@code 35}. */
  public Optional<BigDecimal> getDenominatorValue() {
    return Optional.ofNullable(details.denominatorValue);
  }

  /**
   * For {@code narrative.percentage}: the rounding of the expected share, {@code HALF_UP} or
   * {@code DOWN} (truncated), the one the report used when the share matched.
   */
  public Optional<RoundingMode> getRounding() {
    return Optional.ofNullable(details.rounding);
  }

  /**
   * The cells of {@link #getCells()} whose value the reader placed by a guess
   * ({@link io.github.govdisclosure.model.Provenance#GUESSED}). A failure that rests on one is
   * listed but never makes the verdict inconsistent: it may be the guess that is wrong (the verdict
   * is then not assessable). Empty for most findings.
   */
  public List<CellRef> getGuessedCells() {
    return details.guessedCells;
  }

  /**
   * For the {@code structure.*} findings of a report read from text: the reader's diagnostic about
   * the same absence ({@code TEXT-TABLE-MISSING}, {@code TEXT-ROW-MISSING},
   * {@code TEXT-SECTION-MISSING}), which has the same severity. Absence is judged once: the finding
   * cites it.
   */
  public Optional<Diagnostic> getDiagnostic() {
    return Optional.ofNullable(details.diagnostic);
  }

  /** Whether this is a failure that rests on a guessed cell ({@link #getGuessedCells()} not empty). */
  public boolean restsOnGuess() {
    return status == Status.FAIL && !details.guessedCells.isEmpty();
  }

  /**
   * The finding's stable key, {@code <rule id>@<where>#<hash>}: the rule id, the first cell (or the
   * location, or {@code report}), and 16 hex digits of the SHA-256 of what the finding compared —
   * its cells, location, year, expected and actual values, the blanks-as-zero reading, the typed
   * details of the narrative rules (quantity, phrase, denominator, rounding) and the values its
   * message shows (the operands, e.g. {@code 34 + 2}) — never where the text was read (spans,
   * lines) nor the severity. The key is the same when the report is parsed again or the run is
   * repeated, and changes when an operand's value changes. A review decision names the finding by
   * its key ({@link Baseline}). Keys may change between releases when a rule changes what it
   * compares or how its message shows it; the changelog says so.
   *
   * <p>A finding read back from a stored form keeps the key it was written with.
   *
   * @return the key, e.g. {@code table3.balance@APPLICATIONS[CARRIED_FORWARD][NATURAL_PERSON]#3f0c9a52be41d7e6}
   */
  public String getKey() {
    return details.key != null ? details.key : FindingKeys.of(this);
  }

  /** The key set on the builder, if any. */
  String storedKey() {
    return details.key;
  }

  /** The message in English. */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /**
   * The message in a locale: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the locale
   * @return the message with its named values filled in
   */
  public String message(Locale locale) {
    return Messages.message(this, locale);
  }

  /** The one-line rendering in English. */
  public String render() {
    return render(Locale.ENGLISH);
  }

  /**
   * The one-line rendering, {@code <rule> <severity> at <first cell>: <derivation>}; a passing
   * instance shows {@code pass}, an unassessable one {@code not-assessable} instead of the severity.
   *
   * @param locale the locale of the derivation
   * @return the rendering
   */
  public String render(Locale locale) {
    return Messages.render(this, locale);
  }

  /** Equal to a finding with equal attributes, the span and the key aside. */
  @Override
  public boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) another;
    Details mine = details;
    Details theirs = that.details;
    return ruleId.equals(that.ruleId)
        && severity == that.severity
        && status == that.status
        && cells.equals(that.cells)
        && Objects.equals(location, that.location)
        && mine.hasYear == theirs.hasYear && mine.year == theirs.year
        && Objects.equals(expected, that.expected)
        && Objects.equals(actual, that.actual)
        && messageKey.equals(that.messageKey)
        && arguments.equals(that.arguments)
        && blanksReadAsZero == that.blanksReadAsZero
        && mine.explains.equals(theirs.explains)
        && mine.quantity == theirs.quantity
        && Objects.equals(mine.phrase, theirs.phrase)
        && mine.denominator == theirs.denominator
        && Objects.equals(mine.denominatorValue, theirs.denominatorValue)
        && mine.rounding == theirs.rounding
        && mine.guessedCells.equals(theirs.guessedCells)
        && Objects.equals(mine.diagnostic, theirs.diagnostic);
  }

  @Override
  public int hashCode() {
    Details d = details;
    return Objects.hash(ruleId, severity, status, cells, location, d.hasYear ? d.year : null, expected, actual,
        messageKey, arguments, blanksReadAsZero, d.explains, d.quantity, d.phrase, d.denominator, d.denominatorValue,
        d.rounding, d.guessedCells, d.diagnostic);
  }

  /** The attributes that are set, for debugging; {@link #render()} is the form for people. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Finding{").append(ruleId).append(", ").append(severity).append(", ")
        .append(status).append(", cells=").append(cells);
    Details d = details;
    append(out, "location", location);
    append(out, "year", d.hasYear ? d.year : null);
    append(out, "expected", expected);
    append(out, "actual", actual);
    out.append(", messageKey=").append(messageKey).append(", arguments=").append(arguments);
    if (blanksReadAsZero) {
      out.append(", blanksReadAsZero");
    }
    append(out, "quantity", d.quantity);
    append(out, "phrase", d.phrase);
    append(out, "denominator", d.denominator);
    append(out, "denominatorValue", d.denominatorValue);
    append(out, "rounding", d.rounding);
    if (!d.guessedCells.isEmpty()) {
      out.append(", guessedCells=").append(d.guessedCells);
    }
    append(out, "diagnostic", d.diagnostic == null ? null : d.diagnostic.getCode() + "@" + d.diagnostic.getSpan());
    if (!d.explains.isEmpty()) {
      out.append(", explains=").append(d.explains);
    }
    return out.append('}').toString();
  }

  private static void append(StringBuilder out, String name, Object value) {
    if (value != null) {
      out.append(", ").append(name).append('=').append(value);
    }
  }
}
