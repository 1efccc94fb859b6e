package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one implementation of {@link Finding}: the values as given, no copies. Its makers ({@link
 * Finding.Builder}, {@link FindingMaker}) pass unmodifiable lists and maps only, which it shares:
 * the cell lists of the layout are shared by every check. Equality and hash code are those of
 * every attribute but the span. Not API.
 */
final class FindingValue implements Finding {
  private final String ruleId;
  private final Severity severity;
  private final Status status;
  private final List<CellRef> cells;
  private final String location;
  private final BigDecimal expected;
  private final BigDecimal actual;
  private final String messageKey;
  private final Map<String, String> arguments;
  private final List<Finding> explains;
  private final SourceSpan span;
  private final int year;
  private final boolean hasYear;
  private final boolean blanksReadAsZero;

  /** Takes the values as they are: {@code cells}, {@code arguments}, {@code explains} unmodifiable. */
  FindingValue(String ruleId, Severity severity, Status status, List<CellRef> cells, String location,
      boolean hasYear, int year, BigDecimal expected, BigDecimal actual, String messageKey,
      Map<String, String> arguments, boolean blanksReadAsZero, List<Finding> explains, SourceSpan span) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.status = Objects.requireNonNull(status, "status");
    this.cells = Objects.requireNonNull(cells, "cells");
    this.location = location;
    this.hasYear = hasYear;
    this.year = year;
    this.expected = expected;
    this.actual = actual;
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = Objects.requireNonNull(arguments, "arguments");
    this.blanksReadAsZero = blanksReadAsZero;
    this.explains = Objects.requireNonNull(explains, "explains");
    this.span = span;
  }

  @Override
  public String getRuleId() {
    return ruleId;
  }

  @Override
  public Severity getSeverity() {
    return severity;
  }

  @Override
  public Status getStatus() {
    return status;
  }

  @Override
  public List<CellRef> getCells() {
    return cells;
  }

  @Override
  public Optional<String> getLocation() {
    return Optional.ofNullable(location);
  }

  @Override
  public OptionalInt getYear() {
    return hasYear ? OptionalInt.of(year) : OptionalInt.empty();
  }

  @Override
  public Optional<BigDecimal> getExpected() {
    return Optional.ofNullable(expected);
  }

  @Override
  public Optional<BigDecimal> getActual() {
    return Optional.ofNullable(actual);
  }

  @Override
  public String getMessageKey() {
    return messageKey;
  }

  @Override
  public Map<String, String> getArguments() {
    return arguments;
  }

  @Override
  public boolean isBlanksReadAsZero() {
    return blanksReadAsZero;
  }

  @Override
  public List<Finding> getExplains() {
    return explains;
  }

  @Override
  public Optional<SourceSpan> getSpan() {
    return Optional.ofNullable(span);
  }

  /** Equal to a finding of this class with equal attributes, the span aside. */
  @Override
  public boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof FindingValue)) {
      return false;
    }
    FindingValue that = (FindingValue) another;
    return ruleId.equals(that.ruleId)
        && severity == that.severity
        && status == that.status
        && cells.equals(that.cells)
        && Objects.equals(location, that.location)
        && hasYear == that.hasYear && year == that.year
        && Objects.equals(expected, that.expected)
        && Objects.equals(actual, that.actual)
        && messageKey.equals(that.messageKey)
        && arguments.equals(that.arguments)
        && blanksReadAsZero == that.blanksReadAsZero
        && explains.equals(that.explains);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + ruleId.hashCode();
    h += (h << 5) + severity.hashCode();
    h += (h << 5) + status.hashCode();
    h += (h << 5) + cells.hashCode();
    h += (h << 5) + Objects.hashCode(location);
    h += (h << 5) + (hasYear ? Integer.hashCode(year) : 0);
    h += (h << 5) + Objects.hashCode(expected);
    h += (h << 5) + Objects.hashCode(actual);
    h += (h << 5) + messageKey.hashCode();
    h += (h << 5) + arguments.hashCode();
    h += (h << 5) + Boolean.hashCode(blanksReadAsZero);
    h += (h << 5) + explains.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Finding{");
    out.append("ruleId=").append(ruleId);
    out.append(", severity=").append(severity);
    out.append(", status=").append(status);
    out.append(", cells=").append(cells);
    if (location != null) {
      out.append(", location=").append(location);
    }
    if (hasYear) {
      out.append(", year=").append(year);
    }
    if (expected != null) {
      out.append(", expected=").append(expected);
    }
    if (actual != null) {
      out.append(", actual=").append(actual);
    }
    out.append(", messageKey=").append(messageKey);
    out.append(", arguments=").append(arguments);
    out.append(", blanksReadAsZero=").append(blanksReadAsZero);
    out.append(", explains=").append(explains);
    return out.append('}').toString();
  }
}
