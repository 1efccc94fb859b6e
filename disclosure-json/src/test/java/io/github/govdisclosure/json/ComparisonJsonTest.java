package io.github.govdisclosure.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govdisclosure.diff.ReportDiff;
import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.text.DisclosureText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The comparison of 平潭综合实验区 2019 (V2019) and 2021 (V2021) as JSON, verbatim in
 * {@code src/test/resources/json/pingtan-2019-2021.comparison.json}. Run with
 * {@code -Dgolden.update=true} to rewrite it, then review the diff.
 */
class ComparisonJsonTest {
  private static final Path GOLDEN = Path.of("src/test/resources/json/pingtan-2019-2021.comparison.json");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private static Report corpus(String file) {
    return DisclosureText.parse(Corpus.text(file)).getReport();
  }

  private final ReportDiff diff = ReportDiff.of(corpus("2019_pingtan.txt"), corpus("2021_pingtan.txt"));

  @Test
  void writesTheComparisonAsInItsGoldenFile() throws IOException {
    String json = DisclosureJson.writer().pretty().write(diff, Locale.ENGLISH);
    if (UPDATE) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void holdsEveryComparisonUnmatchedCellAndCrossYearFinding() throws IOException {
    JsonNode json = new ObjectMapper().readTree(DisclosureJson.write(diff));

    assertThat(json.path("older").path("edition").asText()).isEqualTo("V2019");
    assertThat(json.path("newer").path("year").asInt()).isEqualTo(2021);
    assertThat(json.path("cells")).hasSize(diff.getCells().size());
    assertThat(json.path("unmatched")).hasSize(diff.getUnmatched().size());
    assertThat(json.path("crossYear")).hasSize(diff.getCrossYear().getFindings().size());
    JsonNode other = json.path("cells").get(diff.getCells().indexOf(diff.getCells().stream()
        .filter(c -> c.key().equals("APPLICATIONS[OTHER][TOTAL]")).findFirst().orElseThrow()));
    assertThat(other.path("derived").asBoolean()).isTrue();
    assertThat(other.path("newerCells")).hasSize(3);
    assertThat(other.path("older").asInt()).isZero();
    assertThat(other.path("newer").asInt()).isEqualTo(1);
    assertThat(other.path("change").asInt()).isEqualTo(1);
    assertThat(other.has("relativeChange")).isFalse();
  }
}
