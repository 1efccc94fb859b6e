package io.github.govdisclosure.model;

import org.immutables.value.Value;

/**
 * Something a reader noticed about the input: a repair it made, an ambiguity it resolved, or
 * text it could not place. Rendered {@code <12:5> TEXT-CODE warning: message [excerpt]}.
 *
 * <p>The diagnostics travel with the report ({@link Report#getDiagnostics()}): an
 * {@link Severity#ERROR} among them means the reading failed somewhere (input cut at the limit, a
 * table 3 or 4 that could not be read, a reader that gave up), and the rules then never call the
 * report consistent.
 */
@Value.Immutable
public interface Diagnostic {

  /**
   * The stable code, e.g. {@code TEXT-REPEATED-DOCUMENT}, {@code TEXT-CELL-UNPLACED},
   * {@code TEXT-SPLIT-AMBIGUOUS}; the list with meanings is {@code disclosure-text/docs/diagnostics.md} (text, HTML,
   * PDF and Word readers).
   */
  String getCode();

  /** How serious it is. */
  Severity getSeverity();

  /** Where in the input (line and column in code points, and the offset). */
  SourceSpan getSpan();

  /** What happened, in English. */
  String getMessage();

  /** The offending text, shortened to at most 40 code points. */
  String getExcerpt();

  /** The line, counted from 1. */
  default int line() {
    return getSpan().line();
  }

  /** The column, counted from 1 in code points. */
  default int column() {
    return getSpan().column();
  }

  /** {@code <line:column> CODE severity: message [excerpt]}. */
  default String render() {
    String text = "<" + getSpan().line() + ":" + getSpan().column() + "> " + getCode() + " "
        + getSeverity().label() + ": " + getMessage();
    return getExcerpt().isEmpty() ? text : text + " [" + getExcerpt() + "]";
  }

  /** Builds a diagnostic. */
  class Builder extends ImmutableDiagnostic.Builder {}
}
