package io.github.govdisclosure.text;

import io.github.govdisclosure.model.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown by the strict parse methods when the input has error diagnostics; carries all of them. */
public final class ParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ParseResult result;

  /** An exception for a result with errors. */
  public ParseException(ParseResult result) {
    super(summary(result));
    this.result = result;
  }

  /** The diagnostics, errors and others, in source order. */
  public List<Diagnostic> getDiagnostics() {
    return result.getDiagnostics();
  }

  /** The forgiving parse's result, for callers that want the partial report after all. */
  public ParseResult getResult() {
    return result;
  }

  private static String summary(ParseResult result) {
    return result.getDiagnostics().stream()
        .filter(d -> d.getSeverity() == io.github.govdisclosure.model.Severity.ERROR)
        .map(Diagnostic::render)
        .collect(Collectors.joining("\n", "the report has errors:\n", ""));
  }
}
