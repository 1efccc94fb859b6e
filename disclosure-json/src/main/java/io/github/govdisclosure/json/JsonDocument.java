package io.github.govdisclosure.json;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.text.Diagnostic;
import io.github.govdisclosure.text.ParseResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything one JSON document holds: a report, the diagnostics of the parse that produced it,
 * and, when the rules were run, their findings and verdict.
 *
 * <pre>{@code
 * JsonDocument doc = new JsonDocument.Builder()
 *     .report(report)
 *     .diagnostics(result.getDiagnostics())
 *     .addFindings(new FindingEntry.Builder().rule("table3.balance")...build())
 *     .verdict("INCONSISTENT")
 *     .build();
 * String json = DisclosureJson.writer().pretty().write(doc);
 * }</pre>
 */
@Value.Immutable
public interface JsonDocument {

  /** The report. */
  Report getReport();

  /** What the parser noticed, in source order; empty when the report was not parsed. */
  List<Diagnostic> getDiagnostics();

  /** The rules' findings; empty when the rules were not run or found nothing. */
  List<FindingEntry> getFindings();

  /** The rules' overall verdict, e.g. {@code CONSISTENT} or {@code INCONSISTENT}, if they were run. */
  Optional<String> getVerdict();

  /** A document holding only a report. */
  static JsonDocument of(Report report) {
    return new Builder().report(report).build();
  }

  /** A document holding a parse result's report and diagnostics (the charset is not kept). */
  static JsonDocument of(ParseResult result) {
    Objects.requireNonNull(result, "result");
    return new Builder().report(result.getReport()).diagnostics(result.getDiagnostics()).build();
  }

  /** Builds a document. */
  class Builder extends ImmutableJsonDocument.Builder {}
}
