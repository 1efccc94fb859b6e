package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.DisclosureText;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingKeyTest {

  private static List<String> failureKeys(Report report) {
    return Rules.standard().check(report).failures().stream().map(Finding::getKey).toList();
  }

  @Test
  void namesTheRuleTheFirstCellAndAHashOfWhatWasCompared() {
    assertThat(failureKeys(Fixtures.zrz())).hasSize(2).allSatisfy(key -> assertThat(key)
        .matches("table3\\.results-total@APPLICATIONS\\[TOTAL_HANDLED\\]\\[[A-Z_]+\\]#[0-9a-f]{16}"));
    assertThat(failureKeys(Fixtures.zrz()).get(0))
        .startsWith("table3.results-total@APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]#");
  }

  @Test
  void isTheSameWhenTheRunIsRepeated() {
    assertThat(failureKeys(Fixtures.zrz())).isEqualTo(failureKeys(Fixtures.zrz()));
  }

  @Test
  void isTheSameWhenTheReportIsParsedAgainFromTextWhoseLinesMoved() {
    String text = Corpus.text("2020_pingtan-zrz.txt");
    Report once = DisclosureText.parse(text).getReport();
    Report moved = DisclosureText.parse("\n\n\n" + text.replace("\n", "\n\n")).getReport();

    assertThat(failureKeys(once)).hasSize(2).isEqualTo(failureKeys(moved));
    assertThat(once.getApplications().orElseThrow().get(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL).getSpan())
        .isNotEqualTo(moved.getApplications().orElseThrow().get(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL).getSpan());
  }

  @Test
  void changesWhenAnOperandChangesEvenIfTheSumsDoNot() {
    Finding before = Rules.standard().check(Fixtures.zrz()).failures().get(1);
    Finding after = Rules.standard().check(Fixtures.zrzWithOneMoved()).failures().get(1);

    assertThat(after.getCells()).isEqualTo(before.getCells());
    assertThat(after.getExpected()).isEqualTo(before.getExpected());
    assertThat(after.getActual()).isEqualTo(before.getActual());
    assertThat(after.getKey()).isNotEqualTo(before.getKey());
    assertThat(Rules.standard().check(Fixtures.zrzWithOneMoved()).failures().get(0).getKey())
        .isEqualTo(Rules.standard().check(Fixtures.zrz()).failures().get(0).getKey());
  }

  @Test
  void doesNotDependOnTheSeverity() {
    Rules warnings = Rules.builder().severity("table3.results-total", Severity.WARNING).build();

    assertThat(warnings.check(Fixtures.zrz()).failures().stream().map(Finding::getKey).toList())
        .isEqualTo(failureKeys(Fixtures.zrz()));
  }

  @Test
  void aFindingWithoutCellsIsKeyedByItsLocation() {
    Finding finding = Finding.builder().ruleId("structure.section-missing").severity(Severity.WARNING)
        .status(Status.FAIL).location("PROBLEMS").messageKey("structure.section-missing.FAIL").build();

    assertThat(finding.getKey()).matches("structure\\.section-missing@PROBLEMS#[0-9a-f]{16}");
  }

  @Test
  void aKeySetOnTheBuilderIsKept() {
    Finding finding = Finding.builder().ruleId("table3.balance").severity(Severity.ERROR).status(Status.FAIL)
        .messageKey("as written").key("table3.balance@APPLICATIONS[CARRIED_FORWARD][TOTAL]#0123456789abcdef").build();

    assertThat(finding.getKey()).isEqualTo("table3.balance@APPLICATIONS[CARRIED_FORWARD][TOTAL]#0123456789abcdef");
    assertThat(finding.toBuilder().build().getKey()).isEqualTo(finding.getKey());
  }
}
