package io.github.govdisclosure.json;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.Acceptance;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.ParseResult;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything one JSON document holds: a report, the diagnostics of the parse that produced it,
 * and, when the rules were run, their findings and verdict.
 *
 * <pre>{@code
 * ParseResult parsed = DisclosureText.parse(Path.of("2021_weiyuan-county.txt"));
 * CheckResult checked = Rules.standard().check(parsed.getReport());
 * JsonDocument doc = JsonDocument.of(parsed, checked, Locale.CHINESE, false);
 *
 * JsonDocument byHand = new JsonDocument.Builder()
 *     .report(report)
 *     .diagnostics(result.getDiagnostics())
 *     .addFindings(Finding.builder().ruleId("table3.balance")...build())
 *     .verdict("INCONSISTENT")
 *     .build();
 * String json = DisclosureJson.writer().pretty().write(doc);
 * }</pre>
 */
@Value.Immutable
public interface JsonDocument {

  /** The report. */
  Report getReport();

  /**
   * What the parser noticed, in source order; empty when the report was not parsed. When empty,
   * the report's own {@link Report#getDiagnostics()} are written; a document read back holds its
   * diagnostics both here and in its report, so that checking the report read back never yields a
   * verdict the reading did not allow.
   */
  List<Diagnostic> getDiagnostics();

  /**
   * The rules' findings; empty when the rules were not run or found nothing. The JSON form carries a
   * finding's rule id, severity, status, cells, expected and actual values, its key and its message
   * as text: a finding read back has its message as its {@link Finding#getMessageKey() template} (no
   * named values), in the language it was written in, the key it was written with, and none of its
   * other attributes.
   */
  List<Finding> getFindings();

  /**
   * The review decisions that accept failed findings of the document (the check's
   * {@link CheckResult#getAcceptances()}); each is written with the finding it accepts (member
   * {@code accepted}).
   */
  List<Acceptance> getAcceptances();

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

  /**
   * A document holding a parse result's report and diagnostics and a check's findings and verdict:
   * the findings that failed or were not assessable ({@link Status#FAIL},
   * {@link Status#NOT_ASSESSABLE}), or every finding when {@code all}, in the check's order, each
   * as the JSON form carries it ({@link #written(Finding, Locale)}); the verdict is the
   * {@link CheckResult#getVerdict()} name ({@code CONSISTENT}, {@code INCONSISTENT},
   * {@code NOT_ASSESSABLE}).
   *
   * @param result the parse result (the charset is not kept)
   * @param check the rules' result on {@code result.getReport()}
   * @param locale the locale of the findings' messages
   * @param all whether passing findings are kept too
   * @return the document
   */
  static JsonDocument of(ParseResult result, CheckResult check, Locale locale, boolean all) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(locale, "locale");
    Builder document = new Builder().report(result.getReport()).diagnostics(result.getDiagnostics());
    for (Finding finding : check.getFindings()) {
      if (all || finding.getStatus() != Status.PASS) {
        document.addFindings(written(finding, locale));
      }
    }
    return document.acceptances(check.getAcceptances()).verdict(check.getVerdict().name()).build();
  }

  /**
   * A finding as the JSON form carries it, what a document read back holds: its rule id, severity,
   * status, cells, expected and actual values, its key ({@link Finding#getKey()}), and its message in a locale ({@link
   * Finding#message(Locale)}: Chinese for {@code zh}, English otherwise) as its template. For a
   * document built by hand with the findings of a check.
   *
   * @param finding the finding
   * @param locale the locale of its message
   * @return the finding as written
   */
  static Finding written(Finding finding, Locale locale) {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(locale, "locale");
    return Finding.builder().ruleId(finding.getRuleId()).severity(finding.getSeverity())
        .status(finding.getStatus()).cells(finding.getCells()).expected(finding.getExpected())
        .actual(finding.getActual()).messageKey(finding.message(locale)).key(finding.getKey()).build();
  }

  /** Builds a document. */
  class Builder extends ImmutableJsonDocument.Builder {}
}
