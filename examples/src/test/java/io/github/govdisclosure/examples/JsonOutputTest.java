package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.FormatKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.json.DisclosureJson;
import io.github.govdisclosure.json.JsonDocument;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.rules.Verdict;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --json} prints the document of {@code docs/json.md}, and it reads back equal. */
class JsonOutputTest {
  /** The top-level members of docs/json.md, in the documented order. */
  private static final List<String> MEMBERS = List.of("edition", "year", "agency", "title", "preamble", "sections",
      "tables", "extraRows", "statedFigures", "statedBreakdowns", "feeStatement", "findings", "diagnostics",
      "verdict");
  private static final List<String> CELL = List.of("raw", "value", "note", "unit", "kind", "provenance", "basis", "alternatives", "span");
  private static final List<String> FINDING = List.of("rule", "severity", "status", "cells", "expected", "actual",
      "message", "key", "accepted");
  private static final List<String> DIAGNOSTIC = List.of("code", "severity", "line", "column", "offset", "length",
      "message", "excerpt");

  @Test
  void theCanonicalExampleHasTheDocumentedShape() {
    Run run = Run.main("--json");

    assertThat(run.status()).isZero();
    Map<String, Object> document = object(JsonTree.parse(run.out()));
    assertDocumentShape(document);
    assertThat(document).containsEntry("edition", "V2021").containsEntry("agency", "威远县人民政府")
        .containsEntry("verdict", "CONSISTENT").doesNotContainKey("findings");
    Map<String, Object> received = object(object(object(document.get("tables")).get("APPLICATIONS")).get("NEW_RECEIVED"));
    assertThat(received.keySet()).containsExactlyElementsOf(names(Applicant.values()));
    // cells read from the text carry their span, so they take the object form
    assertThat(object(received.get("TOTAL"))).containsEntry("raw", "35").containsEntry("value", new BigDecimal(35))
        .containsEntry("span", Map.of("offset", new BigDecimal(2306), "length", new BigDecimal(2),
            "line", new BigDecimal(76), "column", BigDecimal.ONE));
  }

  @Test
  void anInconsistentReportCarriesItsFindingsAndVerdict() {
    Run run = Run.main("--json", Run.corpus("2020_pingtan-zrz.txt"));

    assertThat(run.status()).isEqualTo(1);
    Map<String, Object> document = object(JsonTree.parse(run.out()));
    assertDocumentShape(document);
    assertThat(document).containsEntry("verdict", "INCONSISTENT");
    assertThat(list(document.get("findings"))).hasSize(2).first().isEqualTo(Map.of(
        "rule", "table3.results-total",
        "severity", "ERROR",
        "status", "FAIL",
        "cells", List.of("APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[DISCLOSED][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[PARTIALLY_DISCLOSED][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[WITHHELD_STATE_SECRET][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[WITHHELD_PROHIBITED_BY_LAW][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[WITHHELD_SECURITY_STABILITY][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[WITHHELD_THIRD_PARTY][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[WITHHELD_INTERNAL_AFFAIRS][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[WITHHELD_PROCESS_INFORMATION][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[WITHHELD_ENFORCEMENT_FILE][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[WITHHELD_ADMINISTRATIVE_QUERY][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[UNAVAILABLE_NOT_HELD][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[UNAVAILABLE_NEEDS_CREATION][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[UNAVAILABLE_STILL_UNCLEAR][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[NOT_PROCESSED_COMPLAINT][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[NOT_PROCESSED_DUPLICATE][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[NOT_PROCESSED_PUBLICATION][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[NOT_PROCESSED_EXCESSIVE][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[NOT_PROCESSED_CONFIRMATION][LEGAL_SERVICE_INSTITUTION]",
            "APPLICATIONS[OTHER_HANDLING][LEGAL_SERVICE_INSTITUTION]"),
        "expected", BigDecimal.ONE,
        "actual", BigDecimal.ZERO,
        "message", "TOTAL_HANDLED = 0, but DISCLOSED + PARTIALLY_DISCLOSED + Σ WITHHELD_* + Σ UNAVAILABLE_* "
            + "+ Σ NOT_PROCESSED_* + OTHER_HANDLING = 0 + 0 + 0 + 1 + 0 + 0 = 1",
        "key", "table3.results-total@APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]#5301b04112e7a815"));
  }

  @Test
  void theOutputReadsBackToAnEqualDocument() {
    for (String file : List.of(Run.corpus("2020_pingtan-zrz.txt"), Run.corpus("2023_shuyang-fgj.html"))) {
      for (String lang : List.of("en", "zh")) {
        Run run = Run.main("--json", "--lang", lang, file);

        ReportInput.Parsed parsed = ReportInput.read(Path.of(file));
        JsonDocument expected = JsonDocument.of(parsed.result(), Rules.standard().check(parsed.result().getReport()),
            lang.equals("zh") ? Locale.CHINESE : Locale.ENGLISH, false);
        JsonDocument read = DisclosureJson.read(run.out());
        assertThat(read).isEqualTo(expected);
        assertThat(DisclosureJson.writer().pretty().write(read)).isEqualTo(run.out());
      }
    }
    JsonDocument sample = DisclosureJson.read(Run.main("--json").out());
    assertThat(sample.getReport()).isEqualTo(ReportInput.sample().result().getReport());
  }

  @Test
  void allKeepsThePassingFindings() {
    Run run = Run.main("--json", "--all");

    Map<String, Object> document = object(JsonTree.parse(run.out()));
    assertDocumentShape(document);
    assertThat(list(document.get("findings")))
        .hasSize(Rules.standard().check(ReportInput.sample().result().getReport()).getFindings().size())
        .allSatisfy(entry -> assertThat(object(entry).get("status")).isEqualTo("PASS"));
  }

  @Test
  void severalFilesGiveOneCompactDocumentPerLineWithItsSource() {
    String zrz = Run.corpus("2020_pingtan-zrz.txt");
    String scj = Run.corpus("2017_pingtan-scj.txt");

    Run run = Run.main("--json", zrz, scj);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.lines()).hasSize(2);
    List<Map<String, Object>> documents = run.lines().stream().map(line -> object(JsonTree.parse(line))).toList();
    assertThat(documents).extracting(document -> document.get("source")).containsExactly(zrz, scj);
    assertThat(documents).extracting(document -> document.get("verdict")).containsExactly("INCONSISTENT", "NOT_ASSESSABLE");
    for (int i = 0; i < documents.size(); i++) {
      // the source comes first; the rest is the document of docs/json.md, and reads back as the file's
      assertThat(documents.get(i).keySet().iterator().next()).isEqualTo("source");
      Map<String, Object> document = new java.util.LinkedHashMap<>(documents.get(i));
      document.remove("source");
      assertDocumentShape(document);
      String line = run.lines().get(i);
      String withoutSource = "{" + line.substring(line.indexOf("\"edition\""));
      assertThat(DisclosureJson.read(withoutSource)).isEqualTo(DisclosureJson.read(Run.main("--json",
          i == 0 ? zrz : scj).out()));
    }
  }

  @Test
  void theListingOptionsChooseTheFindingsOfTheDocument() {
    Map<String, Object> document = object(JsonTree.parse(Run.main("--json", "--severity",
        "table3.results-total=warning", "--min-severity", "error", Run.corpus("2020_pingtan-zrz.txt")).out()));

    assertDocumentShape(document);
    assertThat(document).doesNotContainKey("findings").containsEntry("verdict", "CONSISTENT");
  }

  @Test
  void aSourceWithQuotesAndControlsIsEscaped() {
    assertThat(CheckCommand.withSource("{\"edition\":\"V2021\"}", "a\"b\\c\td.txt"))
        .isEqualTo("{\"source\":\"a\\\"b\\\\c\\u0009d.txt\",\"edition\":\"V2021\"}");
  }

  /** The structural check of docs/json.md: members, canonical keys, cell forms, findings. */
  private static void assertDocumentShape(Map<String, Object> document) {
    assertInOrder(document, MEMBERS);
    assertThat(document).containsKeys("edition", "verdict");
    assertThat(names(Edition.values())).contains((String) document.get("edition"));
    assertThat(names(Verdict.values())).contains((String) document.get("verdict"));
    if (document.containsKey("tables")) {
      Map<String, Object> tables = object(document.get("tables"));
      assertInOrder(tables, names(Table.values()));
      tables.forEach((table, value) -> {
        switch (Table.valueOf(table)) {
          case ACTIVE_DISCLOSURE:
            object(value).forEach((item, rows) -> {
              assertThat(names(DisclosureItem.values())).contains(item);
              assertGrid(object(rows), names(DisclosureRow.values()), names(DisclosureColumn.values()));
            });
            break;
          case APPLICATIONS:
            assertGrid(object(value), names(ApplicationRow.values()), names(Applicant.values()));
            break;
          default:
            assertGrid(object(value), names(ReviewGroup.values()), names(Outcome.values()));
        }
      });
    }
    for (Object entry : list(document.getOrDefault("findings", List.of()))) {
      Map<String, Object> finding = object(entry);
      assertInOrder(finding, FINDING);
      assertThat(finding).containsKeys("rule", "severity", "status", "cells", "message");
      assertThat(names(Severity.values())).contains((String) finding.get("severity"));
      assertThat(names(Status.values())).contains((String) finding.get("status"));
      assertThat(finding.get("message")).isInstanceOf(String.class);
      for (Object cell : list(finding.get("cells"))) {
        assertThat(CellRef.parse((String) cell).toString()).isEqualTo(cell);
      }
    }
    for (Object entry : list(document.getOrDefault("diagnostics", List.of()))) {
      assertThat(object(entry).keySet()).containsExactlyElementsOf(DIAGNOSTIC);
    }
  }

  private static void assertGrid(Map<String, Object> rows, List<String> rowKeys, List<String> columnKeys) {
    rows.forEach((row, columns) -> {
      assertThat(rowKeys).contains(row);
      object(columns).forEach((column, cell) -> {
        assertThat(columnKeys).contains(column);
        assertCell(cell);
      });
    });
  }

  private static void assertCell(Object cell) {
    if (cell == null || cell instanceof BigDecimal) {
      return;
    }
    Map<String, Object> object = object(cell);
    assertInOrder(object, CELL);
    assertThat(object.get("raw")).isInstanceOf(String.class);
  }

  /** The keys are documented ones, in the documented order. */
  private static void assertInOrder(Map<String, Object> object, List<String> documented) {
    assertThat(documented).containsAll(object.keySet());
    assertThat(List.copyOf(object.keySet())).isSortedAccordingTo((a, b) -> Integer.compare(documented.indexOf(a),
        documented.indexOf(b)));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(FormatKey::of).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }
}
