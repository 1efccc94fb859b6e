package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Heading;
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verdict policy of docs/rules.md, decision by decision. */
class VerdictPolicyTest {

  private static Diagnostic diagnostic(String code, Severity severity, String message) {
    return new Diagnostic.Builder().code(code).severity(severity).span(new SourceSpan(40, 0, 3, 1))
        .message(message).excerpt("").build();
  }

  private static Report consistent() {
    return Fixtures.report(Fixtures.smallTable().build()).build();
  }

  @Test
  void anErrorOfTheReadingMakesAConsistentReportNotAssessable() {
    Diagnostic cut = diagnostic("TEXT-INPUT-TOO-LARGE", Severity.ERROR, "the input was cut at the limit");
    Report report = new Report.Builder().from(consistent()).addDiagnostics(cut).build();

    CheckResult result = Rules.standard().check(report);

    assertThat(Rules.standard().check(consistent()).getVerdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
    assertThat(result.getReadErrors()).containsExactly(cut);
  }

  @Test
  void anErrorOfTheReadingMakesAnInconsistentReportNotAssessableButKeepsItsFailures() {
    Report wrong = Fixtures.report(Fixtures.smallTable().row(ApplicationRow.DISCLOSED, 4, 1, 0, 0, 0, 0, 6).build())
        .addDiagnostics(diagnostic("PDF-FONT-NO-UNICODE", Severity.ERROR, "a font maps glyphs to no text")).build();

    CheckResult result = Rules.standard().check(wrong);

    assertThat(result.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
    assertThat(result.failures()).isNotEmpty();
  }

  @Test
  void warningsOfTheReadingDoNotChangeTheVerdict() {
    Report report = new Report.Builder().from(consistent())
        .addDiagnostics(diagnostic("TEXT-SPLIT-AMBIGUOUS", Severity.WARNING, "two splits fit")).build();

    assertThat(Rules.standard().check(report).getVerdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void aReportComposedInCodeWithoutNarrativeIsConsistentWithWarnings() {
    Report composed = new Report.Builder().from(consistent()).sections(Map.of()).build();

    CheckResult result = Rules.standard().check(composed);

    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.failures()).hasSize(6).allMatch(f -> f.getRuleId().equals("structure.section-missing")
        && f.getSeverity() == Severity.WARNING && f.getDiagnostic().isEmpty());
    assertThat(result.verdict(Severity.WARNING)).isEqualTo(Verdict.NOT_ASSESSABLE);
  }

  @Test
  void table2AbsentIsAWarningAndTable3AbsentAnError() {
    Report noTable2 = new Report.Builder().from(consistent()).activeDisclosure(Optional.empty()).build();
    Report noTable3 = new Report.Builder().from(consistent()).applications(Optional.empty()).build();

    CheckResult without2 = Rules.standard().check(noTable2);
    CheckResult without3 = Rules.standard().check(noTable3);

    assertThat(without2.failures()).extracting(Finding::render).containsExactly(
        "structure.table-missing warning at ACTIVE_DISCLOSURE: table of 二、主动公开政府信息情况 not found");
    assertThat(without2.getVerdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(without3.byRule("structure.table-missing")).filteredOn(f -> f.getStatus() == Status.FAIL)
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.ERROR);
    assertThat(without3.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
  }

  @Test
  void anAbsenceCitesTheReadersDiagnosticOfTheSameSeverity() {
    Diagnostic sectionMissing = diagnostic("TEXT-SECTION-MISSING", Severity.WARNING,
        "no heading of section PROBLEMS (五、存在的主要问题及改进情况) was found");
    Diagnostic tableMissing = diagnostic("TEXT-TABLE-MISSING", Severity.WARNING,
        "table 2 (主动公开政府信息情况) was not found");
    Map<Section, String> sections = new java.util.EnumMap<>(consistent().getSections());
    sections.remove(Section.PROBLEMS);
    Report report = new Report.Builder().from(consistent()).sections(sections).activeDisclosure(Optional.empty())
        .addDiagnostics(sectionMissing, tableMissing).build();

    CheckResult result = Rules.standard().check(report);

    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "structure.section-missing warning at PROBLEMS: section 五、存在的主要问题及改进情况 not found"
            + " (the reader reported TEXT-SECTION-MISSING at 3:1)",
        "structure.table-missing warning at ACTIVE_DISCLOSURE: table of 二、主动公开政府信息情况 not found"
            + " (the reader reported TEXT-TABLE-MISSING at 3:1)");
    assertThat(result.failures()).allMatch(f -> f.getSeverity() == f.getDiagnostic().get().getSeverity());
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void aFailureOnAGuessedCellIsNotAssessableAndSaysSo() {
    CellRef disclosed = CellRef.of(ApplicationRow.DISCLOSED, Applicant.TOTAL);
    Cell guessed = new Cell.Builder().from(Cell.of(6)).provenance(Provenance.GUESSED)
        .basis("an unlabeled row placed by its position").build();
    Report report = Fixtures.report(Fixtures.smallTable()
        .put(ApplicationRow.DISCLOSED, Applicant.TOTAL, guessed).build()).build();

    CheckResult result = Rules.standard().check(report);

    assertThat(result.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
    assertThat(result.failures()).isNotEmpty().allMatch(Finding::restsOnGuess);
    assertThat(result.failures()).allSatisfy(f -> assertThat(f.getGuessedCells()).containsExactly(disclosed));
    assertThat(result.failures().get(0).render()).endsWith(
        " (rests on a guessed cell: APPLICATIONS[DISCLOSED][TOTAL]; not counted as inconsistent)");
  }

  @Test
  void aFailureOnCellsReadAsWrittenOrSplitBySumsIsInconsistent() {
    Cell split = new Cell.Builder().from(Cell.of(6)).provenance(Provenance.SPLIT)
        .basis("split 416 by the row total").build();
    Report report = Fixtures.report(Fixtures.smallTable()
        .put(ApplicationRow.DISCLOSED, Applicant.TOTAL, split).build()).build();

    assertThat(Rules.standard().check(report).getVerdict()).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void aPre2019ReportSaysFirstAndOnlyThatItIsOutOfScope() {
    Report report = new Report.Builder().edition(Edition.PRE_2019).year(2016)
        .putSections(Section.OVERVIEW, "2016年……").build();

    CheckResult result = Rules.standard().check(report);

    assertThat(result.getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("edition.out-of-scope");
      assertThat(f.getStatus()).isEqualTo(Status.NOT_ASSESSABLE);
      assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
    });
    assertThat(result.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
  }

  @Test
  void aHybridReportAddsTheSingleOtherHandlingRowAndSaysItsLayoutIsMixedOnce() {
    ApplicationTable v2019 = Fixtures.zeroTable(Edition.V2019)
        .row(ApplicationRow.NEW_RECEIVED, 8, 2, 0, 0, 0, 0, 10)
        .row(ApplicationRow.DISCLOSED, 4, 1, 0, 0, 0, 0, 5)
        .row(ApplicationRow.OTHER_HANDLING, 3, 1, 0, 0, 0, 0, 4)
        .row(ApplicationRow.TOTAL_HANDLED, 7, 2, 0, 0, 0, 0, 9)
        .row(ApplicationRow.CARRIED_TO_NEXT_YEAR, 1, 0, 0, 0, 0, 0, 1).build();
    Report hybrid = new Report.Builder().from(consistent()).applications(v2019).build();

    CheckResult result = Rules.standard().check(hybrid);

    assertThat(result.byRule("structure.layout-mixed")).extracting(Finding::render).containsExactly(
        "structure.layout-mixed warning at APPLICATIONS: APPLICATIONS follows the V2019 layout in a V2021 report"
            + " (read as written; its equations follow V2019)");
    assertThat(result.byRule("table3.results-total")).hasSize(Applicant.values().length)
        .allMatch(f -> f.getStatus() == Status.PASS)
        .allMatch(f -> f.getCells().contains(CellRef.of(ApplicationRow.OTHER_HANDLING, (Applicant) f.getCells().get(0).column())));
    assertThat(result.byRule("structure.row-missing")).allMatch(f -> f.getStatus() == Status.PASS);
    assertThat(result.failures()).extracting(Finding::getRuleId).containsExactly("structure.layout-mixed");
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void headingsOutOfTheFormatsNumberingAreAWarning() {
    List<Heading> renumbered = List.of(
        Heading.of("一", "总体情况", Optional.of(Section.OVERVIEW)),
        Heading.of("三", "主动公开政府信息情况", Optional.of(Section.ACTIVE_DISCLOSURE)));
    Report report = new Report.Builder().from(consistent()).headings(renumbered).build();

    CheckResult result = Rules.standard().check(report);

    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "structure.heading-numbering warning: section headings numbered 一、三, not 一 to 六 in order: 三、主动公开政府信息情况");
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(Rules.standard().check(consistent()).byRule("structure.heading-numbering")).isEmpty();
  }
}
