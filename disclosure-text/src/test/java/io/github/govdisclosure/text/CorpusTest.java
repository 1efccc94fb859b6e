package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.fixtures.Truth;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Report;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus report against its truth file, and its diagnostics and its tables printed
 * {@link TextFormat#PLAIN} against golden files. Regenerate the golden files with
 * {@code -Dgolden.update=true}, then review the diff.
 */
class CorpusTest {

  static List<String> files() {
    return Corpus.TEXTS;
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsEveryTableCellAsTheTruthStates(String file) {
    Report report = DisclosureText.parse(Corpus.bytes(file)).getReport();
    Map<CellRef, BigDecimal> expected = Corpus.truth(file).cells();
    List<String> wrong = Corpus.truth(file).misread(report);
    System.out.println("[accuracy] " + file + ": " + (expected.size() - wrong.size()) + "/" + expected.size());
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsEditionYearAndAgencyAsTheTruthStates(String file) {
    Report report = DisclosureText.parse(Corpus.bytes(file)).getReport();
    Truth truth = Corpus.truth(file);
    assertThat(report.getEdition()).isEqualTo(truth.edition());
    assertThat(report.getYear()).hasValue(truth.year());
    assertThat(report.getAgency()).hasValue(truth.agency());
  }

  @ParameterizedTest
  @MethodSource("files")
  void reportsTheDiagnosticsOfTheGoldenFile(String file) throws IOException {
    ParseResult result = DisclosureText.parse(Corpus.bytes(file));
    String actual = result.getDiagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n", "", "\n"));
    String name = file.substring(0, file.lastIndexOf('.'));
    Path golden = Paths.get("src/test/resources/golden", name + ".diagnostics.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = DisclosureTextTest.resource("golden/" + name + ".diagnostics.txt");
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("files")
  void printsThePlainTablesOfTheGoldenFile(String file) throws IOException {
    Report report = DisclosureText.parse(Corpus.bytes(file)).getReport();
    String actual = DisclosureText.format(report, TextFormat.PLAIN);
    String name = file.substring(0, file.lastIndexOf('.'));
    Path golden = Paths.get("src/test/resources/golden", name + ".plain.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = DisclosureTextTest.resource("golden/" + name + ".plain.txt");
    assertThat(actual).isEqualTo(expected);
  }
}
