package io.github.govdisclosure.json;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.FormatKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.model.Diagnostic;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks that what the writer produces follows {@code docs/json.md}: member names, their order, cell forms. */
class DocumentShapeTest {
  private static final Pattern NAME = Pattern.compile("`([a-zA-Z]+)`");

  /** Documented member lists: "document", "cell", and each object of the member tables ("stated figure", …). */
  private static Map<String, List<String>> documented;

  @BeforeAll
  static void readTheDocs() throws IOException {
    documented = members(Files.readString(Path.of("../docs/json.md"), StandardCharsets.UTF_8));
  }

  /**
   * Reads the member tables: a table headed {@code member} lists the members of the section's
   * object (top level or cell) one per row; a table headed {@code object} lists each object's
   * members in its second column ({@code `quantity` (`Quantity` key), `count` (integer), …}).
   */
  static Map<String, List<String>> members(String markdown) {
    Map<String, List<String>> members = new LinkedHashMap<>();
    String[] lines = markdown.split("\n");
    String heading = "";
    String header = "";
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("## ")) {
        heading = line.substring(3);
      }
      if (!line.startsWith("| ")) {
        continue;
      }
      String[] columns = line.split("\\|");
      String first = columns[1].trim();
      if (i + 1 < lines.length && lines[i + 1].startsWith("|---")) {
        header = first;
        continue;
      }
      if (header.equals("member")) {
        Matcher name = NAME.matcher(first);
        if (name.matches()) {
          members.computeIfAbsent(heading.equals("Cells") ? "cell" : "document", k -> new ArrayList<>())
              .add(name.group(1));
        }
      } else if (header.equals("object")) {
        List<String> names = new ArrayList<>();
        Matcher name = NAME.matcher(columns[2].replaceAll("\\([^)]*\\)", ""));
        while (name.find()) {
          names.add(name.group(1));
        }
        members.put(first, names);
      }
    }
    return members;
  }

  @Test
  void docsListTheMembersOfEveryObject() {
    assertThat(documented).containsOnlyKeys("document", "cell", "extra row", "stated figure", "stated breakdown",
        "fee statement", "span", "finding", "diagnostic", "acceptance", "baseline", "comparison", "compared report",
        "cell comparison", "unmatched cell", "section diff", "sentence edit");
    assertThat(documented.get("document")).containsExactly("edition", "year", "agency", "title", "preamble",
        "sections", "tables", "layouts", "extraRows", "statedFigures", "statedBreakdowns", "feeStatement", "findings",
        "diagnostics", "verdict");
    assertThat(documented.get("cell")).containsExactly("raw", "value", "note", "unit", "kind", "provenance", "basis",
        "alternatives", "span");
    assertThat(documented.get("diagnostic"))
        .containsExactly("code", "severity", "line", "column", "offset", "length", "message", "excerpt");
  }

  @Test
  void goldenFileFollowsTheDocumentedShape() throws IOException {
    JsonNode golden = new ObjectMapper().readTree(Examples.resource("/json/2021_weiyuan-county.json"));

    checkDocument(golden);
    assertThat(golden.path("tables").path("APPLICATIONS")).hasSize(ApplicationRow.rows(Edition.V2021).size());
    assertThat(golden.path("statedFigures")).hasSize(7);
  }

  @Test
  void fullDocumentFollowsTheDocumentedShape() throws IOException {
    JsonDocument document = new JsonDocument.Builder()
        .report(Examples.messy())
        .addDiagnostics(new Diagnostic.Builder().code("TEXT-X").severity(Severity.WARNING)
            .span(new SourceSpan(5, 2, 1, 6)).message("m").excerpt("e").build())
        .addFindings(Finding.builder().ruleId("table3.balance").severity(Severity.ERROR).status(Status.FAIL)
            .addCells(CellRef.parse("APPLICATIONS[TOTAL_HANDLED][TOTAL]")).expected(BigDecimal.ONE).actual(BigDecimal.TEN)
            .messageKey("m").build())
        .verdict("INCONSISTENT")
        .build();

    JsonNode json = new ObjectMapper().readTree(DisclosureJson.write(document));

    checkDocument(json);
    assertThat(json.get("findings")).isNotEmpty();
    assertThat(json.get("extraRows")).isNotEmpty();
  }

  private static void checkDocument(JsonNode document) {
    checkMembers(document, "document");
    Edition edition = Edition.valueOf(document.get("edition").asText());
    document.path("tables").properties().forEach(table -> checkTable(Table.valueOf(table.getKey()), edition,
        table.getValue()));
    document.path("extraRows").properties().forEach(rows -> {
      assertThat(document.path("tables").has(rows.getKey())).isTrue();
      rows.getValue().forEach(row -> {
        checkMembers(row, "extra row");
        row.get("cells").forEach(DocumentShapeTest::checkCell);
        checkSpan(row);
      });
    });
    each(document, "statedFigures", "stated figure");
    each(document, "statedBreakdowns", "stated breakdown");
    if (document.has("feeStatement")) {
      checkMembers(document.get("feeStatement"), "fee statement");
      checkSpan(document.get("feeStatement"));
    }
    each(document, "findings", "finding");
    each(document, "diagnostics", "diagnostic");
  }

  private static void each(JsonNode document, String member, String object) {
    document.path(member).forEach(node -> {
      checkMembers(node, object);
      checkSpan(node);
    });
  }

  private static void checkTable(Table table, Edition edition, JsonNode node) {
    switch (table) {
      case ACTIVE_DISCLOSURE:
        node.properties().forEach(block -> block.getValue().properties().forEach(row -> {
          DisclosureRow r = FormatKey.parse(DisclosureRow.class, row.getKey());
          assertThat(r.item()).isEqualTo(DisclosureItem.valueOf(block.getKey()));
          checkKeys(row.getValue(), enumNames(r.columns(edition)));
        }));
        checkKeys(node, enumNames(List.of(DisclosureItem.values())));
        break;
      case APPLICATIONS:
        checkKeys(node, enumNames(ApplicationRow.rows(edition)));
        node.forEach(row -> checkKeys(row, enumNames(List.of(Applicant.values()))));
        break;
      default:
        checkKeys(node, enumNames(List.of(ReviewGroup.values())));
        node.forEach(group -> checkKeys(group, enumNames(List.of(Outcome.values()))));
    }
  }

  /** Every leaf of a table is a cell; keys are a subsequence of the layout order. */
  private static void checkKeys(JsonNode node, List<String> order) {
    assertThat(node.isObject()).isTrue();
    assertThat(order).containsSubsequence(names(node));
    node.forEach(value -> {
      if (!value.isObject() || value.has("raw")) {
        checkCell(value);
      }
    });
  }

  private static void checkCell(JsonNode cell) {
    assertThat(cell.isNumber() || cell.isNull() || cell.isObject()).as("cell %s", cell).isTrue();
    if (cell.isObject()) {
      checkMembers(cell, "cell");
      assertThat(cell.get("raw").isTextual()).isTrue();
      assertThat(!cell.has("value") || cell.get("value").isNumber()).isTrue();
      checkSpan(cell);
    }
  }

  private static void checkSpan(JsonNode node) {
    if (node.has("span")) {
      checkMembers(node.get("span"), "span");
    }
  }

  private static void checkMembers(JsonNode node, String object) {
    assertThat(node.isObject()).as("%s is an object", object).isTrue();
    assertThat(documented.get(object)).as("members of %s", object).containsSubsequence(names(node));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static List<String> enumNames(List<? extends Enum<?>> values) {
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(FormatKey.of(v)));
    return names;
  }
}
