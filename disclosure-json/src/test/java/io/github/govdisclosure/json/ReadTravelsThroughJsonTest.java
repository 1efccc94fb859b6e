package io.github.govdisclosure.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.CanonicalExample;
import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.Verdict;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import org.junit.jupiter.api.Test;

/** What the reading noticed and how each cell was placed survive the quick start and a JSON round trip. */
class ReadTravelsThroughJsonTest {

  @Test
  void aTruncatedInputIsNotAssessableThroughTheQuickStartAndAfterJson() {
    String text = Corpus.text(CanonicalExample.FILE);
    String tooLong = text + "\n" + "附：".repeat(2000);
    ParseResult whole = DisclosureText.parse(text);
    ParseResult cut = DisclosureText.parse(tooLong, new ParseOptions.Builder().maxInputChars(text.length() + 10).build());

    CheckResult checked = Rules.standard().check(cut.getReport());
    Report readBack = DisclosureJson.readReport(DisclosureJson.write(cut.getReport()));

    assertThat(Rules.standard().check(whole.getReport()).getVerdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(cut.getDiagnostics()).isSameAs(cut.getReport().getDiagnostics())
        .anyMatch(d -> d.getCode().equals("TEXT-INPUT-TOO-LARGE") && d.getSeverity() == Severity.ERROR);
    assertThat(checked.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
    assertThat(readBack.getDiagnostics()).isEqualTo(cut.getDiagnostics());
    assertThat(Rules.standard().check(readBack).getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
  }

  @Test
  void aHybridTable3KeepsItsLayoutAndItsKeys() {
    Report hybrid = new Report.Builder().edition(Edition.V2021).year(2024)
        .applications(ApplicationTable.builder(Edition.V2019)
            .row(ApplicationRow.OTHER_HANDLING, 1, 0, 0, 0, 0, 0, 1).build())
        .build();

    String json = DisclosureJson.write(hybrid);
    Report readBack = DisclosureJson.readReport(json);

    assertThat(json).isEqualTo("{\"edition\":\"V2021\",\"year\":2024,\"tables\":{\"APPLICATIONS\":{\"OTHER_HANDLING\":"
        + "{\"NATURAL_PERSON\":1,\"COMMERCIAL_ENTERPRISE\":0,\"RESEARCH_INSTITUTION\":0,\"SOCIAL_WELFARE_ORGANIZATION\":0,"
        + "\"LEGAL_SERVICE_INSTITUTION\":0,\"OTHER_ORGANIZATION\":0,\"TOTAL\":1}}},\"layouts\":{\"APPLICATIONS\":\"V2019\"}}");
    assertThat(readBack).isEqualTo(hybrid);
    assertThat(readBack.getApplications().get().getEdition()).isEqualTo(Edition.V2019);
  }

  @Test
  void aCellSplitOrGuessedIsWrittenAsAnObjectAndReadBackWithItsProvenance() {
    CellRef received = CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
    Cell guessed = new Cell.Builder().from(Cell.of(350)).provenance(Provenance.GUESSED)
        .basis("two splits fit the sums").addAlternatives("35").build();
    Report report = new Report.Builder().edition(Edition.V2021)
        .applications(ApplicationTable.builder(Edition.V2021).put(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, guessed)
            .build())
        .build();

    String json = DisclosureJson.write(report);
    Cell readBack = DisclosureJson.readReport(json).cell(received);

    assertThat(json).contains("\"TOTAL\":{\"raw\":\"350\",\"value\":350,\"provenance\":\"GUESSED\","
        + "\"basis\":\"two splits fit the sums\",\"alternatives\":[\"35\"]}");
    assertThat(readBack.getProvenance()).isEqualTo(Provenance.GUESSED);
    assertThat(readBack.getBasis()).contains("two splits fit the sums");
    assertThat(readBack.getAlternatives()).containsExactly("35");
  }
}
