package io.github.govdisclosure.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govdisclosure.diff.ReportDiff;
import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document the module writes for the corpus, and every golden JSON file, is valid under the
 * JSON Schemas of {@code docs/schema} as the jar ships them; the schemas' key lists are the model's.
 */
class SchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<String> corpus() {
    return Corpus.FILES.stream();
  }

  private static ParseResult read(String file) {
    return DisclosureText.read(Corpus.bytes(file), ParseOptions.defaults());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyCorpusReportsDocumentIsValid(String file) {
    ParseResult parsed = read(file);
    CheckResult checked = Rules.standard().check(parsed.getReport());

    for (JsonWriter writer : List.of(DisclosureJson.writer(), DisclosureJson.writer().pretty().withoutSpans())) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
        assertValid("document", writer.write(JsonDocument.of(parsed, checked, locale, true)));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyCorpusReportsBaselineAndItsAcceptedFindingsAreValid(String file) {
    ParseResult parsed = read(file);
    CheckResult checked = Rules.standard().check(parsed.getReport());
    io.github.govdisclosure.rules.Baseline baseline = Baselines.accepting(checked, parsed.getReport(), file);
    CheckResult reviewed = Rules.builder().baseline(baseline).build().check(parsed.getReport());

    assertValid("baseline", DisclosureJson.writer().pretty().write(baseline));
    assertValid("document", DisclosureJson.write(JsonDocument.of(parsed, reviewed, Locale.ENGLISH, false)));
    assertThat(reviewed.accepted()).hasSameSizeAs(checked.failures());
  }

  @Test
  void everyComparisonOfTheCorpusPingtanReportsIsValid() {
    List<String> pingtan = List.of("2019_pingtan.txt", "2020_pingtan-zrz.txt", "2021_pingtan.txt", "2023_pingtan.txt");
    for (String older : pingtan) {
      for (String newer : pingtan) {
        ReportDiff diff = ReportDiff.of(read(older).getReport(), read(newer).getReport());
        assertValid("comparison", DisclosureJson.write(diff));
        assertValid("comparison", DisclosureJson.writer().pretty().write(diff, Locale.CHINESE));
      }
    }
  }

  @Test
  void everyGoldenJsonFileIsValid() throws IOException {
    List<Path> golden = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/json"))) {
      files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(golden::add);
    }
    try (Stream<Path> seeds = Files.list(Path.of(
        "src/test/resources/io/github/govdisclosure/json/fuzz/JsonReadFuzzTestInputs/readsOrRefusesWithAJsonReadException"))) {
      seeds.filter(f -> f.getFileName().toString().startsWith("golden-")).sorted().forEach(golden::add);
    }
    assertThat(golden).hasSizeGreaterThanOrEqualTo(4);
    for (Path file : golden) {
      String name = file.getFileName().toString();
      String schema = name.endsWith(".comparison.json") ? "comparison" : name.endsWith(".baseline.json") ? "baseline"
          : "document";
      assertThat(Schemas.errors(schema, Files.readString(file, StandardCharsets.UTF_8))).as(name).isEmpty();
    }
  }

  @Test
  void refusesWhatTheReaderRefuses() {
    assertThat(Schemas.errors("document", "{\"edition\":\"V2021\",\"tables\":{\"APPLICATIONS\":{\"NEW_RECEIVED\":"
        + "{\"TOTALS\":35}}}}")).isNotEmpty();
    assertThat(Schemas.errors("document", "{\"edition\":\"V2021\",\"verdit\":\"CONSISTENT\"}")).isNotEmpty();
    assertThat(Schemas.errors("document", "{\"year\":2021}")).isNotEmpty();
    assertThat(Schemas.errors("document", "{\"edition\":\"V2021\",\"tables\":{\"APPLICATIONS\":{\"NEW_RECEIVED\":"
        + "{\"TOTAL\":{\"value\":35}}}}}")).isNotEmpty();
    assertThat(Schemas.errors("baseline", "{\"accepted\":[{\"key\":\"table3.balance@x#0123456789abcdef\","
        + "\"rule\":\"table3.balance\",\"acceptedBy\":\"a\",\"reason\":\"b\",\"acceptedOn\":\"7.12.2026\"}]}"))
        .isNotEmpty();
    assertThat(Schemas.errors("document", "{\"edition\":\"V2021\",\"tables\":{\"APPLICATIONS\":{\"NEW_RECEIVED\":"
        + "{\"TOTAL\":{\"raw\":\"35\",\"value\":35}}}}}")).isEmpty();
  }

  @Test
  void theSchemasNameTheModelsKeys() throws IOException {
    JsonNode common = MAPPER.readTree(Schemas.text("common")).path("$defs");
    JsonNode tables = MAPPER.readTree(Schemas.text("document")).path("properties").path("tables").path("properties");

    assertThat(strings(common.path("edition").path("enum"))).containsExactlyElementsOf(keys(Edition.values()));
    assertThat(strings(common.path("section").path("enum"))).containsExactlyElementsOf(keys(Section.values()));
    assertThat(strings(common.path("table").path("enum"))).containsExactlyElementsOf(keys(Table.values()));
    assertThat(strings(common.path("quantity").path("enum"))).containsExactlyElementsOf(keys(Quantity.values()));
    JsonNode applications = tables.path("APPLICATIONS");
    assertThat(strings(applications.path("propertyNames").path("enum")))
        .containsExactlyElementsOf(keys(ApplicationRow.values()));
    assertThat(strings(applications.path("additionalProperties").path("propertyNames").path("enum")))
        .containsExactlyElementsOf(keys(Applicant.values()));
    JsonNode review = tables.path("REVIEW_LITIGATION");
    assertThat(strings(review.path("propertyNames").path("enum"))).containsExactlyElementsOf(keys(ReviewGroup.values()));
    assertThat(strings(review.path("additionalProperties").path("propertyNames").path("enum")))
        .containsExactlyElementsOf(keys(Outcome.values()));
    JsonNode active = tables.path("ACTIVE_DISCLOSURE");
    assertThat(strings(active.path("propertyNames").path("enum"))).containsExactlyElementsOf(keys(DisclosureItem.values()));
    JsonNode rows = active.path("additionalProperties");
    assertThat(strings(rows.path("propertyNames").path("enum"))).containsExactlyElementsOf(keys(DisclosureRow.values()));
    assertThat(strings(rows.path("additionalProperties").path("propertyNames").path("enum")))
        .containsExactlyElementsOf(keys(DisclosureColumn.values()));
  }

  private static void assertValid(String schema, String json) {
    assertThat(Schemas.errors(schema, json)).as("%s: %s", schema, json.length() > 300 ? json.substring(0, 300) : json)
        .isEmpty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static List<String> keys(Enum<?>[] constants) {
    List<String> keys = new ArrayList<>();
    for (Enum<?> constant : constants) {
      keys.add(FormatKey.of(constant));
    }
    return keys;
  }
}
