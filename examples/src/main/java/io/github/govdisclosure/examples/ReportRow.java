package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.rules.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * One report's line of a summary: the row of {@code audit --csv} and of the HTML page's summary
 * table.
 *
 * @param id the id of the report's section in the HTML page
 * @param file the file, relative to the audited folder
 * @param agency the agency, empty when unknown
 * @param year the year, empty when unknown
 * @param edition the edition
 * @param charset the charset the bytes were decoded with
 * @param format the format the file was read as
 * @param verdict the verdict
 * @param errors how many ERROR findings failed
 * @param warnings how many WARNING findings failed
 * @param notAssessable how many findings were not assessable
 * @param diagnostics how many diagnostics the reader gave
 * @param firstFinding the first finding that failed (else the first not assessable) on one line, or empty
 * @param accepted how many failed findings a review decision of the baseline accepts
 */
record ReportRow(String id, String file, String agency, String year, String edition, String charset, String format,
    Verdict verdict, int errors, int warnings, int notAssessable, int diagnostics, String firstFinding,
    int accepted) {

  /** The CSV header of {@code audit --csv}. */
  static final List<String> HEADER = List.of("file", "agency", "year", "edition", "charset", "format", "verdict",
      "errors", "warnings", "not_assessable", "diagnostics", "first_finding", "accepted");

  /** The row of a checked report; the first finding is one at least {@code least} severe, in the locale. */
  static ReportRow of(CheckedReport checked, String id, String file, Locale locale, Severity least) {
    Report report = checked.report();
    return new ReportRow(id, file, report.getAgency().orElse(""),
        report.getYear().isPresent() ? Integer.toString(report.getYear().getAsInt()) : "",
        report.getEdition().name(), checked.charset(), checked.format(), checked.verdict(),
        checked.failed(Severity.ERROR), checked.failed(Severity.WARNING), checked.count(Status.NOT_ASSESSABLE),
        checked.diagnostics().size(),
        checked.first(least).map(finding -> finding.line(report.getEdition(), locale)).orElse(""),
        checked.accepted());
  }

  /** The CSV record, in the order of {@link #HEADER}; codes (edition, verdict) as the format writes them. */
  List<String> csv() {
    return List.of(file, agency, year, edition, charset, format, verdict.name(), Integer.toString(errors),
        Integer.toString(warnings), Integer.toString(notAssessable), Integer.toString(diagnostics), firstFinding,
        Integer.toString(accepted));
  }
}
