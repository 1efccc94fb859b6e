package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.rules.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a {@link Finding}: {@link Finding#builder()}. The rule id, severity, status and message key
 * are required. Lists and maps are copied unless they are already unmodifiable, so a finding never
 * changes; the standard rules make hundreds of findings per check and share their cell lists. A
 * builder may build several findings, each with the values set so far. Not thread-safe: use a
 * builder where it is made.
 */
public final class FindingBuilder {
  String ruleId;
  Severity severity;
  Status status;
  List<CellRef> cells = List.of();
  private boolean cellsOwned;
  String location;
  boolean hasYear;
  int year;
  BigDecimal expected;
  BigDecimal actual;
  String messageKey;
  Map<String, String> arguments = Map.of();
  /**
   * When {@link #argumentsOwned}, the named values put since the arguments were last set: the
   * first {@link #argumentCount} names and values, in the order put; {@link #arguments} holds a
   * copy of them as of the last build.
   */
  private String[] argumentNames;
  private String[] argumentValues;
  private int argumentCount;
  private boolean argumentsOwned;
  boolean blanksReadAsZero;
  List<Finding> explains = List.of();
  SourceSpan span;
  Quantity quantity;
  String phrase;
  Denominator denominator;
  BigDecimal denominatorValue;
  RoundingMode rounding;
  List<CellRef> guessedCells = List.of();
  Diagnostic diagnostic;
  String key;
  /** The rule id {@link #build()} last found not blank: the builder of a rule builds many findings. */
  private String checkedRuleId;

  FindingBuilder() {}

  /**
   * Takes every value of a finding; lists and arguments replace those set so far.
   *
   * @param finding the finding to copy
   * @return this builder
   */
  public FindingBuilder from(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    ruleId = finding.getRuleId();
    severity = finding.getSeverity();
    status = finding.getStatus();
    cells(finding.getCells());
    location = finding.getLocation().orElse(null);
    hasYear = finding.getYear().isPresent();
    year = hasYear ? finding.getYear().getAsInt() : 0;
    expected = finding.getExpected().orElse(null);
    actual = finding.getActual().orElse(null);
    messageKey = finding.getMessageKey();
    arguments(finding.getArguments());
    blanksReadAsZero = finding.isBlanksReadAsZero();
    explains(finding.getExplains());
    span = finding.getSpan().orElse(null);
    quantity = finding.getQuantity().orElse(null);
    phrase = finding.getPhrase().orElse(null);
    denominator = finding.getDenominator().orElse(null);
    denominatorValue = finding.getDenominatorValue().orElse(null);
    rounding = finding.getRounding().orElse(null);
    guessedCells = finding.getGuessedCells();
    diagnostic = finding.getDiagnostic().orElse(null);
    key = finding.storedKey();
    return this;
  }

  /** Sets the rule id (required), e.g. {@code acme.agency}. */
  public FindingBuilder ruleId(String ruleId) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    return this;
  }

  /** Sets the severity (required). */
  public FindingBuilder severity(Severity severity) {
    this.severity = Objects.requireNonNull(severity, "severity");
    return this;
  }

  /** Sets the status (required). */
  public FindingBuilder status(Status status) {
    this.status = Objects.requireNonNull(status, "status");
    return this;
  }

  /** Replaces the cells: the cell the equation defines first, then the operands. */
  public FindingBuilder cells(Collection<? extends CellRef> cells) {
    this.cells = List.copyOf(cells); // no copy when already unmodifiable
    this.cellsOwned = false;
    return this;
  }

  /** Adds cells. */
  public FindingBuilder addCells(CellRef... cells) {
    if (!cellsOwned) {
      this.cells = new ArrayList<>(this.cells);
      cellsOwned = true;
    }
    for (CellRef cell : cells) {
      this.cells.add(Objects.requireNonNull(cell, "cell"));
    }
    return this;
  }

  /** Sets where the finding is when it is not about a cell. */
  public FindingBuilder location(String location) {
    this.location = Objects.requireNonNull(location, "location");
    return this;
  }

  /** Sets the report year the finding is about. */
  public FindingBuilder year(int year) {
    this.year = year;
    this.hasYear = true;
    return this;
  }

  /** Sets the value expected for the first cell. */
  public FindingBuilder expected(BigDecimal expected) {
    this.expected = Objects.requireNonNull(expected, "expected");
    return this;
  }

  /** Sets the value expected for the first cell, or none. */
  public FindingBuilder expected(Optional<BigDecimal> expected) {
    this.expected = expected.orElse(null);
    return this;
  }

  /** Sets the value found. */
  public FindingBuilder actual(BigDecimal actual) {
    this.actual = Objects.requireNonNull(actual, "actual");
    return this;
  }

  /** Sets the value found, or none. */
  public FindingBuilder actual(Optional<BigDecimal> actual) {
    this.actual = actual.orElse(null);
    return this;
  }

  /** Sets the bundle key of the message, or a template for a user's rule (required). */
  public FindingBuilder messageKey(String messageKey) {
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    return this;
  }

  /**
   * Puts a named value of the message; a name put again keeps its place. The values are kept in
   * two arrays until {@link #build()}, not in a map: a finding has a handful of them, and the
   * narrative rules put them one by one for each stated figure.
   */
  public FindingBuilder putArguments(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, () -> "value of " + name);
    if (!argumentsOwned) {
      int size = Math.max(8, arguments.size() + 4);
      argumentNames = new String[size];
      argumentValues = new String[size];
      argumentCount = 0;
      for (Map.Entry<String, String> argument : arguments.entrySet()) {
        argumentNames[argumentCount] = argument.getKey();
        argumentValues[argumentCount++] = argument.getValue();
      }
      argumentsOwned = true;
    }
    for (int i = 0; i < argumentCount; i++) {
      if (argumentNames[i].equals(name)) {
        argumentValues[i] = value;
        return this;
      }
    }
    if (argumentCount == argumentNames.length) {
      argumentNames = Arrays.copyOf(argumentNames, argumentCount * 2);
      argumentValues = Arrays.copyOf(argumentValues, argumentCount * 2);
    }
    argumentNames[argumentCount] = name;
    argumentValues[argumentCount++] = value;
    return this;
  }

  /** Replaces the named values of the message, in the map's order. */
  public FindingBuilder arguments(Map<String, String> arguments) {
    Objects.requireNonNull(arguments, "arguments");
    if (arguments instanceof Arguments) {
      this.arguments = arguments; // the rules' own: unmodifiable, worked out when read
      this.argumentsOwned = false;
    } else {
      this.arguments = Map.of();
      this.argumentsOwned = false;
      arguments.forEach(this::putArguments);
    }
    return this;
  }

  /** Sets whether a blank cell was read as zero; {@code false} by default. */
  public FindingBuilder blanksReadAsZero(boolean blanksReadAsZero) {
    this.blanksReadAsZero = blanksReadAsZero;
    return this;
  }

  /** Replaces the findings a {@code table3.wrong-cell} finding explains. */
  public FindingBuilder explains(Collection<Finding> explains) {
    this.explains = List.copyOf(explains);
    return this;
  }

  /** Sets where the text the finding is about was read. */
  public FindingBuilder span(SourceSpan span) {
    this.span = Objects.requireNonNull(span, "span");
    return this;
  }

  /** Sets where the text the finding is about was read, or nowhere. */
  public FindingBuilder span(Optional<SourceSpan> span) {
    this.span = span.orElse(null);
    return this;
  }

  /** Sets the quantity the text states. */
  public FindingBuilder quantity(Quantity quantity) {
    this.quantity = Objects.requireNonNull(quantity, "quantity");
    return this;
  }

  /** Sets the phrase of the text the finding is about. */
  public FindingBuilder phrase(String phrase) {
    this.phrase = Objects.requireNonNull(phrase, "phrase");
    return this;
  }

  /** Sets the denominator of the expected share and its value. */
  public FindingBuilder denominator(Denominator denominator, BigDecimal value) {
    this.denominator = Objects.requireNonNull(denominator, "denominator");
    this.denominatorValue = Objects.requireNonNull(value, "value");
    return this;
  }

  /** Sets the rounding of the expected share. */
  public FindingBuilder rounding(RoundingMode rounding) {
    this.rounding = Objects.requireNonNull(rounding, "rounding");
    return this;
  }

  /** Sets the cells the finding involves whose value was placed by a guess (see {@link Finding#getGuessedCells()}). */
  public FindingBuilder guessedCells(Collection<CellRef> guessedCells) {
    this.guessedCells = List.copyOf(guessedCells);
    return this;
  }

  /** Sets the reader's diagnostic the finding cites (see {@link Finding#getDiagnostic()}). */
  public FindingBuilder diagnostic(Diagnostic diagnostic) {
    this.diagnostic = Objects.requireNonNull(diagnostic, "diagnostic");
    return this;
  }

  /**
   * Builds the finding.
   *
   * @return the finding
   * @throws IllegalStateException if the rule id, severity, status or message key is not set, or
   *     the rule id is blank
   */
  /**
   * Sets the finding's key as it was recorded, for a finding read back from a stored form (a JSON
   * document) whose attributes no longer give it; a finding without one computes its key from its
   * attributes ({@link Finding#getKey()}).
   *
   * @param key the key, e.g. {@code table3.balance@APPLICATIONS[CARRIED_FORWARD][NATURAL_PERSON]#3f0c9a52be41d7e6}
   * @return this builder
   */
  public FindingBuilder key(String key) {
    this.key = Objects.requireNonNull(key, "key");
    return this;
  }

  public Finding build() {
    if (ruleId == null || severity == null || status == null || messageKey == null) {
      missingRequired();
    }
    if (ruleId != checkedRuleId) {
      if (ruleId.isBlank()) {
        throw new IllegalStateException("a finding needs a rule id");
      }
      checkedRuleId = ruleId;
    }
    if (cellsOwned) {
      cells = List.copyOf(cells);
      cellsOwned = false;
    }
    if (argumentsOwned) {
      // the finding's own arrays: the builder's are put into again for the next finding
      arguments = Arguments.of(Arrays.copyOf(argumentNames, argumentCount),
          Arrays.copyOf(argumentValues, argumentCount));
    }
    return new Finding(this);
  }

  private void missingRequired() {
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
    throw new IllegalStateException("a finding needs " + String.join(", ", missing));
  }
}
