package io.github.govdisclosure.text;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import java.util.List;
import org.immutables.value.Value;

/** What {@link DisclosureText#parse(String)} returns: the best report it could build, and what it noticed. */
@Value.Immutable
public interface ParseResult {

  /** The report read. */
  Report getReport();

  /**
   * Everything the parser noticed, in source order: the report's own
   * {@link Report#getDiagnostics()}, so that the read travels with the report.
   */
  default List<Diagnostic> getDiagnostics() {
    return getReport().getDiagnostics();
  }

  /** The charset the bytes were decoded with ({@code UTF-8} for a {@code String} input). */
  String getCharset();

  /**
   * The format the input was read as: {@code text} for {@link DisclosureText#parse}, else the
   * {@link ReportReader#format()} of the reader that read it ({@code html}, {@code pdf},
   * {@code docx}).
   */
  @Value.Default
  default String getFormat() {
    return "text";
  }

  /** Whether any diagnostic is an {@link Severity#ERROR}. */
  default boolean hasErrors() {
    return getDiagnostics().stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
  }

  /**
   * The report when no diagnostic is an {@link Severity#ERROR}: what each reader's
   * {@code parseStrict} returns.
   *
   * @throws ParseException carrying this result (every diagnostic, and the report read) when any
   *     diagnostic is an error
   */
  default Report strictReport() {
    if (hasErrors()) {
      throw new ParseException(this);
    }
    return getReport();
  }

  /** Builds a result. */
  class Builder extends ImmutableParseResult.Builder {}
}
