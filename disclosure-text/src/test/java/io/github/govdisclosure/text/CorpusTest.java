package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
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
    return Corpus.FILES;
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsEveryTableCellAsTheTruthStates(String file) {
    Report report = DisclosureText.parse(Corpus.bytes("corpus/" + file)).getReport();
    JsonNode truth = Corpus.truth(file);
    List<String> wrong = new ArrayList<>();
    List<Corpus.Expected> expected = Corpus.expectedCells(truth);
    for (Corpus.Expected cell : expected) {
      if (!cell.matches(report)) {
        wrong.add(cell.describe(report));
      }
    }
    System.out.println("[accuracy] " + file + ": " + (expected.size() - wrong.size()) + "/" + expected.size());
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsEditionYearAndAgencyAsTheTruthStates(String file) {
    Report report = DisclosureText.parse(Corpus.bytes("corpus/" + file)).getReport();
    JsonNode truth = Corpus.truth(file);
    String edition = truth.get("edition").asText();
    assertThat(report.getEdition()).isEqualTo(edition.equals("PRE2019") ? Edition.PRE_2019 : Edition.valueOf(edition));
    assertThat(report.getYear()).hasValue(truth.get("year").asInt());
    assertThat(report.getAgency()).hasValue(truth.get("agency").asText());
  }

  @ParameterizedTest
  @MethodSource("files")
  void reportsTheDiagnosticsOfTheGoldenFile(String file) throws IOException {
    ParseResult result = DisclosureText.parse(Corpus.bytes("corpus/" + file));
    String actual = result.getDiagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n", "", "\n"));
    String name = file.substring(0, file.lastIndexOf('.'));
    Path golden = Paths.get("src/test/resources/golden", name + ".diagnostics.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = new String(Corpus.bytes("golden/" + name + ".diagnostics.txt"), StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("files")
  void printsThePlainTablesOfTheGoldenFile(String file) throws IOException {
    Report report = DisclosureText.parse(Corpus.bytes("corpus/" + file)).getReport();
    String actual = DisclosureText.format(report, TextFormat.PLAIN);
    String name = file.substring(0, file.lastIndexOf('.'));
    Path golden = Paths.get("src/test/resources/golden", name + ".plain.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = new String(Corpus.bytes("golden/" + name + ".plain.txt"), StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(expected);
  }
}
