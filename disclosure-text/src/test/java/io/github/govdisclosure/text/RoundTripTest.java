package io.github.govdisclosure.text;

import io.github.govdisclosure.fixtures.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code parse(format(r, PIPE))} and {@code parse(format(r, MARKDOWN))} give back r's edition, year,
 * agency and three tables (cells with raw token, kind, value, note and unit; extra rows), without
 * errors or warnings (but the out-of-scope notice of a report before 2019), for every corpus report and every synthetic report of the formatter tests.
 */
class RoundTripTest {
  private static final Map<String, Supplier<Report>> SYNTHETIC = Map.of(
      "weiyuan", FormatFixtures::weiyuan,
      "pingtan2019", FormatFixtures::pingtan2019,
      "assorted2021", RoundTripFixtures::assorted2021,
      "assorted2019", RoundTripFixtures::assorted2019);

  static Stream<Arguments> corpus() {
    List<Arguments> cases = new ArrayList<>();
    for (String file : Corpus.TEXTS) {
      cases.add(Arguments.of(file, "PIPE"));
      cases.add(Arguments.of(file, "MARKDOWN"));
    }
    return cases.stream();
  }

  static Stream<Arguments> synthetic() {
    List<Arguments> cases = new ArrayList<>();
    for (String name : List.of("weiyuan", "pingtan2019", "assorted2021", "assorted2019")) {
      cases.add(Arguments.of(name, "PIPE"));
      cases.add(Arguments.of(name, "MARKDOWN"));
    }
    return cases.stream();
  }

  private static TextFormat format(String name) {
    return name.equals("PIPE") ? TextFormat.PIPE : TextFormat.MARKDOWN;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("corpus")
  void givesBackEveryCorpusReportsTables(String file, String format) {
    Report report = DisclosureText.parse(Corpus.bytes(file)).getReport();

    assertRoundTrip(report, format(format));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("synthetic")
  void givesBackEverySyntheticReportsTables(String name, String format) {
    assertRoundTrip(SYNTHETIC.get(name).get(), format(format));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"PIPE", "MARKDOWN"})
  void givesBackTheExtraRowAndTheMissingCellOfTheAssortedReport(String format) {
    // the assorted report has no agency and no table 4, and a free-text cell no parser can tell from words
    Report report = FormatFixtures.assorted();

    ParseResult again = DisclosureText.parse(DisclosureText.format(report, format(format)));

    assertThat(again.getDiagnostics()).filteredOn(d -> d.getSeverity() != Severity.INFO)
        .extracting(Diagnostic::getCode).containsExactlyInAnyOrderElementsOf(format.equals("PIPE")
            ? List.of("TEXT-AGENCY-UNKNOWN", "TEXT-TABLE-MISSING")
            : List.of("TEXT-AGENCY-UNKNOWN", "TEXT-ROW-MISSING", "TEXT-TABLE-MISSING"));
    Report read = again.getReport();
    assertThat(read.getApplications()).isEqualTo(report.getApplications());
    assertThat(read.getApplications().orElseThrow().getExtraRows()).hasSize(1);
    assertThat(read.getApplications().orElseThrow().missingCells()).hasSize(1);
    ActiveDisclosureTable active = read.getActiveDisclosure().orElseThrow();
    report.getActiveDisclosure().orElseThrow().getCells().forEach((ref, cell) -> {
      if (ref.row() != DisclosureRow.COERCION) {
        assertThat(active.get(ref)).as(ref.toString()).isEqualTo(cell);
      }
    });
    assertThat(read.getYear()).isEqualTo(report.getYear());
  }

  static void assertRoundTrip(Report report, TextFormat format) {
    String text = DisclosureText.format(report, format);

    ParseResult again = DisclosureText.parse(text);

    // a report before the national format has no tables, and says so
    List<String> expected = report.getEdition().hasTables() ? List.of() : List.of("TEXT-OUT-OF-SCOPE");
    assertThat(again.getDiagnostics()).as(text).filteredOn(d -> d.getSeverity() != Severity.INFO)
        .extracting(Diagnostic::getCode).isEqualTo(expected);
    Report read = again.getReport();
    assertThat(read.getEdition()).isEqualTo(report.getEdition());
    assertThat(read.getYear()).isEqualTo(report.getYear());
    assertThat(read.getAgency()).isEqualTo(report.getAgency());
    assertThat(read.getActiveDisclosure()).as(text).isEqualTo(report.getActiveDisclosure());
    assertThat(read.getApplications()).as(text).isEqualTo(report.getApplications());
    assertThat(read.getReviewLitigation()).as(text).isEqualTo(report.getReviewLitigation());
  }
}
