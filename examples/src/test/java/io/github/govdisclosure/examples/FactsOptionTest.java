package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit DIR --facts FILE}: one RFC 4180 row per cell, and the rows read back are the reports' cells. */
class FactsOptionTest {
  private static final List<String> FILES = List.of("2019_pingtan.txt", "2021_weiyuan-county.txt",
      "2023_shuyang-fgj.html");

  @TempDir
  Path dir;

  private List<CSVRecord> audit() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    for (String file : FILES) {
      Files.copy(Corpus.path(file), reports.resolve(file));
    }
    Path facts = dir.resolve("facts.csv");
    Run run = Run.main("audit", reports.toString(), "--facts", facts.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("  " + facts + " (" + (Files.exists(facts) ? count(facts) : -1) + " cells)\n");
    try (Reader in = Files.newBufferedReader(facts, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      assertThat(parser.getHeaderNames()).containsExactly("file", "agency", "year", "edition", "table", "row",
          "column", "cell", "kind", "raw", "value", "unit", "note", "provenance", "label");
      return parser.getRecords();
    }
  }

  private static long count(Path csv) throws IOException {
    return Files.readString(csv, StandardCharsets.UTF_8).split("\r\n").length - 1;
  }

  @Test
  void theRowsReadBackAreTheCellsOfEveryReport() throws IOException {
    List<CSVRecord> rows = audit();

    List<String> expected = new ArrayList<>();
    for (String file : FILES) {
      Report report = ReportInput.read(Corpus.path(file)).result().getReport();
      for (Table table : Table.values()) {
        Optional<? extends StandardTable> cells = report.table(table);
        for (CellRef ref : cells.map(StandardTable::layout).orElse(List.of())) {
          Cell cell = cells.get().get(ref);
          expected.add(String.join("|", file, report.getAgency().orElse(""), report.getYear().isPresent()
              ? Integer.toString(report.getYear().getAsInt()) : "", report.getEdition().name(), ref.toString(),
              cell.getKind().name(), cell.getRaw(), cell.getValue().map(BigDecimal::toPlainString).orElse(""),
              cell.getKind() == Cell.Kind.MISSING ? "" : cell.getProvenance().name()));
        }
      }
    }
    assertThat(rows).extracting(r -> String.join("|", r.get("file"), r.get("agency"), r.get("year"),
        r.get("edition"), r.get("cell"), r.get("kind"), r.get("raw"), r.get("value"), r.get("provenance")))
        .containsExactlyElementsOf(expected);
    assertThat(expected).hasSizeGreaterThan(400);
  }

  @Test
  void aRowNamesItsCellByKeysAndAsAChineseReaderDoes() throws IOException {
    List<CSVRecord> rows = audit();

    CSVRecord received = rows.stream().filter(r -> r.get("file").equals("2021_weiyuan-county.txt")
        && r.get("cell").equals("APPLICATIONS[NEW_RECEIVED][TOTAL]")).findFirst().orElseThrow();
    assertThat(received.toList()).containsExactly("2021_weiyuan-county.txt", "威远县人民政府", "2021", "V2021",
        "APPLICATIONS", "NEW_RECEIVED", "TOTAL", "APPLICATIONS[NEW_RECEIVED][TOTAL]", "NUMBER", "35", "35", "", "",
        "READ", received.get("label"));
    assertThat(received.get("label")).startsWith("「表三").contains("本年新收").endsWith("」");
    assertThat(rows).filteredOn(r -> r.get("file").equals("2019_pingtan.txt")).extracting(r -> r.get("edition"))
        .containsOnly("V2019");
  }
}
