package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.json.DisclosureJson;
import io.github.govdisclosure.rules.Acceptance;
import io.github.govdisclosure.rules.Baseline;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}/{@code audit --write-baseline FILE} then {@code --baseline FILE}: the failures
 * written for review, read back as accepted (listed, not failures of the verdict), and failing again
 * once a value they compared changes.
 */
class BaselineOptionTest {
  private static final String ZRZ = "2020_pingtan-zrz.txt";
  private static final String TOTAL_FINDING = "table3.results-total error at APPLICATIONS[TOTAL_HANDLED][TOTAL]:"
      + " 9 but 2 + 4 + 0 + 2 + 0 + 2 = 10";
  private static final String TOTAL_ACCEPTED = "table3.results-total accepted error at"
      + " APPLICATIONS[TOTAL_HANDLED][TOTAL]: 9 but 2 + 4 + 0 + 2 + 0 + 2 = 10";
  private static final String LEGAL_ACCEPTED = "table3.results-total accepted error at"
      + " APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]: 0 but 0 + 0 + 0 + 1 + 0 + 0 = 1";

  @TempDir
  Path dir;

  private Path written() {
    Path baseline = dir.resolve("baseline.json");
    Run run = Run.main("check", Run.corpus(ZRZ), "--write-baseline", baseline.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("  " + TOTAL_FINDING + "\n");
    return baseline;
  }

  @Test
  void writeBaselineWritesEveryFailureToReviewWithItsKeyReportAndDay() throws IOException {
    Baseline baseline = DisclosureJson.readBaseline(Files.readString(written(), StandardCharsets.UTF_8));

    assertThat(baseline.getAccepted()).extracting(Acceptance::getCell).containsExactly(
        java.util.Optional.of("APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]"),
        java.util.Optional.of("APPLICATIONS[TOTAL_HANDLED][TOTAL]"));
    Acceptance total = baseline.getAccepted().get(1);
    assertThat(total.getKey()).startsWith("table3.results-total@APPLICATIONS[TOTAL_HANDLED][TOTAL]#");
    assertThat(total.getAgency()).contains("平潭综合实验区自然资源与生态环境局");
    assertThat(total.getYear()).hasValue(2020);
    assertThat(total.getFile()).contains(Run.corpus(ZRZ));
    assertThat(total.getAcceptedBy()).isEqualTo(System.getProperty("user.name"));
    assertThat(total.getReason()).isEqualTo(
        "written by govdisclosure --write-baseline: review, then say why it is accepted");
    assertThat(total.getAcceptedOn()).isBetween(LocalDate.now().minusDays(1), LocalDate.now());
  }

  @Test
  void theBaselineReadBackListsTheFailuresAsAcceptedAndTheVerdictIsConsistent() {
    Path baseline = written();

    Run run = Run.main("check", Run.corpus(ZRZ), "--baseline", baseline.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    int checks = Checks.of(Run.corpus(ZRZ));
    assertThat(run.out()).contains("  " + LEGAL_ACCEPTED + "\n", "  " + TOTAL_ACCEPTED + "\n");
    assertThat(run.tail(1)).containsExactly("Verdict: CONSISTENT (0 failed, 2 accepted, 0 not assessable, "
        + (checks - 2) + " passed of " + checks + " checks)");
  }

  @Test
  void theJsonDocumentWritesTheFailuresWithTheirAcceptance() {
    Path baseline = written();

    Run run = Run.main("check", Run.corpus(ZRZ), "--baseline", baseline.toString(), "--json");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("\"status\": \"FAIL\"", "\"accepted\": {", "\"verdict\": \"CONSISTENT\"");
    assertThat(DisclosureJson.read(run.out()).getAcceptances()).hasSize(2);
  }

  @Test
  void aChangedValueMakesTheAcceptedFindingFailAgain() throws IOException {
    Path baseline = written();
    // 予以公开 2 → 3: the sums the total's finding compared change, and with them its key
    String text = Corpus.text(ZRZ);
    Path changed = dir.resolve("2020_pingtan-zrz-changed.txt");
    Files.writeString(changed, changedDisclosed(text), StandardCharsets.UTF_8);

    Run run = Run.main("check", changed.toString(), "--baseline", baseline.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("  " + LEGAL_ACCEPTED + "\n");
    assertThat(run.out()).contains("  table3.results-total error at APPLICATIONS[TOTAL_HANDLED][TOTAL]: 9 but 3 + 4 + 0"
        + " + 2 + 0 + 2 = 11\n");
    assertThat(run.tail(1).get(0)).startsWith("Verdict: INCONSISTENT (").contains(" failed, 1 accepted, ");
  }

  /** The report with 予以公开 written 3 (自然人) and 3 (总计) instead of 2 and 2. */
  private static String changedDisclosed(String text) {
    String row = "（一）予以公开2000002";
    assertThat(text).contains(row);
    return text.replace(row, "（一）予以公开3000003");
  }

  @Test
  void aBaselineThatCannotBeReadIsExitStatus3WithOneLine() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"accepted\":[{\"key\":\"k\"}]}");

    Run missing = Run.main("check", Run.corpus(ZRZ), "--baseline", dir.resolve("none.json").toString());
    Run wrong = Run.main("check", Run.corpus(ZRZ), "--baseline", broken.toString());

    assertThat(missing.status()).isEqualTo(3);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).isEqualTo("govdisclosure: " + dir.resolve("none.json") + ": no such file\n");
    assertThat(wrong.status()).isEqualTo(3);
    assertThat(wrong.err()).startsWith("govdisclosure: " + broken + ": not a baseline file: ")
        .contains("missing required member \"rule\"").doesNotContain("\tat ");
  }

  @Test
  void auditWritesTheBaselineOfTheFolderAndReadsItBack() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Files.copy(Corpus.path(ZRZ), reports.resolve(ZRZ));
    Files.copy(Corpus.path("2021_weiyuan-county.txt"), reports.resolve("2021_weiyuan-county.txt"));
    Path baseline = dir.resolve("audit-baseline.json");
    Path csv = dir.resolve("audit.csv");

    Run first = Run.main("audit", reports.toString(), "--write-baseline", baseline.toString());
    Run second = Run.main("audit", reports.toString(), "--baseline", baseline.toString(), "--csv", csv.toString(),
        "--findings", dir.resolve("findings.csv").toString());

    assertThat(first.status()).isEqualTo(1);
    assertThat(first.out()).contains("  " + baseline + " (2 accepted findings)\n");
    assertThat(second.status()).isZero();
    assertThat(second.out()).contains("  CONSISTENT      2020_pingtan-zrz.txt\n");
    List<CSVRecord> rows = records(csv);
    assertThat(rows).extracting(r -> r.get("file") + " " + r.get("verdict") + " " + r.get("errors") + " "
        + r.get("accepted")).containsExactly("2020_pingtan-zrz.txt CONSISTENT 0 2",
            "2021_weiyuan-county.txt CONSISTENT 0 0");
    assertThat(records(dir.resolve("findings.csv"))).extracting(r -> r.get("status") + " " + r.get("cell"))
        .containsExactly("ACCEPTED APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]",
            "ACCEPTED APPLICATIONS[TOTAL_HANDLED][TOTAL]");
  }

  private static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      return parser.getRecords();
    }
  }
}
