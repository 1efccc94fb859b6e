package io.github.govdisclosure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.text.ParseResult;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link JsonDocument#of(ParseResult, CheckResult, Locale, boolean)}: findings as the JSON form carries them. */
class FindingMappingTest {

  /** The canonical example with one mistyped cell: 自然人 予以公开 printed 18 instead of 17. */
  private static Report mistyped() {
    Report canonical = Examples.canonical();
    ApplicationTable table = canonical.getApplications().orElseThrow();
    ApplicationTable.Builder broken = ApplicationTable.builder(table.getEdition());
    table.getCells().forEach((ref, cell) -> broken.put((ApplicationRow) ref.row(), (Applicant) ref.column(), cell));
    broken.put(ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON, Cell.of(18));
    return new Report.Builder().from(canonical).applications(broken.build()).build();
  }

  private static ParseResult parsed(Report report) {
    return new ParseResult.Builder().report(report).charset("UTF-8").build();
  }

  private static Finding written(Report report, Locale locale) {
    CheckResult check = Rules.standard().check(report);
    return JsonDocument.of(parsed(report), check, locale, false).getFindings().stream()
        .filter(f -> f.getRuleId().equals("table3.wrong-cell")).findFirst().orElseThrow();
  }

  @Test
  void keepsWhatTheJsonFormCarriesOfAFinding() {
    Finding wrongCell = Rules.standard().check(mistyped()).byRule("table3.wrong-cell").get(0);

    Finding written = written(mistyped(), Locale.ENGLISH);

    assertThat(written.getRuleId()).isEqualTo("table3.wrong-cell");
    assertThat(written.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(written.getStatus()).isEqualTo(Status.FAIL);
    assertThat(written.getCells()).isEqualTo(wrongCell.getCells()).first()
        .hasToString("APPLICATIONS[DISCLOSED][NATURAL_PERSON]");
    assertThat(written.getExpected()).contains(new BigDecimal(17));
    assertThat(written.getActual()).contains(new BigDecimal(18));
    assertThat(written.getMessageKey()).isEqualTo(wrongCell.message(Locale.ENGLISH));
    assertThat(written.getArguments()).isEmpty();
    assertThat(written.getExplains()).isEmpty();
    assertThat(written.message(Locale.CHINESE)).isEqualTo(wrongCell.message(Locale.ENGLISH));
    assertThat(written.render()).isEqualTo("table3.wrong-cell error at APPLICATIONS[DISCLOSED][NATURAL_PERSON]: "
        + wrongCell.message(Locale.ENGLISH));
  }

  @Test
  void writesTheMessageInTheLocale() {
    Finding wrongCell = Rules.standard().check(mistyped()).byRule("table3.wrong-cell").get(0);

    assertThat(written(mistyped(), Locale.CHINESE).message())
        .isEqualTo(wrongCell.message(Locale.CHINESE))
        .contains("印为 18");
  }

  @Test
  void keepsFailuresAndUnassessableInstancesByDefault() {
    Report report = mistyped();
    CheckResult check = Rules.standard().check(report);

    JsonDocument document = JsonDocument.of(parsed(report), check, Locale.ENGLISH, false);

    assertThat(document.getVerdict()).contains("INCONSISTENT");
    assertThat(document.getFindings()).isNotEmpty()
        .allSatisfy(finding -> assertThat(finding.getStatus()).isIn(Status.FAIL, Status.NOT_ASSESSABLE));
    assertThat(document.getFindings()).hasSize(check.getFindings().size() - check.withStatus(Status.PASS).size());
  }

  @Test
  void keepsEveryFindingWhenAll() {
    Report report = Examples.canonical();
    CheckResult check = Rules.standard().check(report);

    JsonDocument document = JsonDocument.of(parsed(report), check, Locale.ENGLISH, true);

    assertThat(document.getFindings()).hasSameSizeAs(check.getFindings());
    assertThat(document.getFindings()).extracting(Finding::getRuleId)
        .containsExactlyElementsOf(check.getFindings().stream().map(Finding::getRuleId).toList());
  }

  @Test
  void aCheckedDocumentReadsBackEqual() {
    Report report = mistyped();
    JsonDocument document = JsonDocument.of(parsed(report), Rules.standard().check(report), Locale.CHINESE, true);

    assertThat(DisclosureJson.read(DisclosureJson.writer().pretty().write(document))).isEqualTo(document);
  }

  @Test
  void refusesNull() {
    Report report = Examples.canonical();
    CheckResult check = Rules.standard().check(report);

    assertThatNullPointerException().isThrownBy(() -> JsonDocument.of(parsed(report), check, null, false));
    assertThatNullPointerException().isThrownBy(() -> JsonDocument.of(parsed(report), null, Locale.ENGLISH, false));
  }
}
