package io.github.govdisclosure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.rules.Baseline;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The baseline file: written as {@code src/test/resources/json/2020_pingtan-zrz.baseline.json},
 * read back equal, and the document of a check under it marks the accepted findings. Run with
 * {@code -Dgolden.update=true} to rewrite the golden file, then review the diff.
 */
class BaselineJsonTest {
  private static final Path GOLDEN = Path.of("src/test/resources/json/2020_pingtan-zrz.baseline.json");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private final ParseResult parsed = DisclosureText.parse(Corpus.text("2020_pingtan-zrz.txt"));
  private final CheckResult checked = Rules.standard().check(parsed.getReport());
  private final Baseline baseline = Baselines.accepting(checked, parsed.getReport(), "2020_pingtan-zrz.txt");

  @Test
  void writesTheBaselineAsInItsGoldenFile() throws IOException {
    String json = DisclosureJson.writer().pretty().write(baseline);
    if (UPDATE) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void readsWhatItWroteBackEqual() {
    assertThat(DisclosureJson.readBaseline(DisclosureJson.writer().write(baseline))).isEqualTo(baseline);
    assertThat(DisclosureJson.readBaseline(DisclosureJson.writer().pretty().write(baseline))).isEqualTo(baseline);
    assertThat(baseline.getAccepted()).hasSize(2);
  }

  @Test
  void theDocumentOfACheckUnderTheBaselineMarksTheAcceptedFindings() {
    CheckResult reviewed = Rules.builder().baseline(baseline).build().check(parsed.getReport());

    JsonDocument document = JsonDocument.of(parsed, reviewed, Locale.ENGLISH, false);
    String json = DisclosureJson.write(document);
    JsonDocument read = DisclosureJson.read(json);

    assertThat(json).contains("\"accepted\":{\"key\":\"table3.results-total@APPLICATIONS[TOTAL_HANDLED][TOTAL]#");
    assertThat(read.getAcceptances()).hasSize(2);
    assertThat(read.getFindings()).extracting(f -> f.getKey())
        .containsAll(reviewed.accepted().stream().map(f -> f.getKey()).toList());
    assertThat(read.getVerdict()).contains("CONSISTENT");
  }

  @Test
  void refusesABaselineOfAnotherShapeWithItsPath() {
    assertThatThrownBy(() -> DisclosureJson.readBaseline("{\"accepted\":[{\"key\":\"k\",\"rule\":\"r\"}]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("missing required member \"acceptedBy\"");
    assertThatThrownBy(() -> DisclosureJson.readBaseline("{\"accepted\":[{\"key\":\"k\",\"rule\":\"r\",\"acceptedBy\":\"a\","
        + "\"reason\":\"b\",\"acceptedOn\":\"yesterday\"}]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("not a date (YYYY-MM-DD): \"yesterday\"");
    assertThatThrownBy(() -> DisclosureJson.readBaseline("{\"acepted\":[]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("unknown member \"acepted\"; expected accepted");
    assertThatThrownBy(() -> DisclosureJson.readBaseline("{\"accepted\":["))
        .isInstanceOf(JsonEncodingException.class);
  }
}
