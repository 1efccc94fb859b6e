package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare OLD NEW}: the change table, the cross-year findings and the narrative, as text,
 * JSON and HTML; exit 1 when a cross-year rule fails, 2 when the years do not follow on.
 */
class CompareCommandTest {
  @TempDir
  Path dir;

  /** 威远县 2022: the 2021 report with its year changed, so nothing carries on as it should. */
  private Path weiyuan2022() throws IOException {
    return Files.writeString(dir.resolve("2022_weiyuan-county.txt"),
        Corpus.text("2021_weiyuan-county.txt").replace("2021", "2022"), StandardCharsets.UTF_8);
  }

  @Test
  void consecutiveYearsPrintTheChangesAndTheFailedCrossYearRulesAndExit1() throws IOException {
    Run run = Run.main("compare", Run.corpus("2021_weiyuan-county.txt"), weiyuan2022().toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).startsWith(
        "Year over year: 威远县人民政府 2021 (V2021) → 威远县人民政府 2022 (V2021)",
        "",
        "Cells: 200 compared, 0 changed, 0 not comparable, 200 unchanged (not listed)",
        "",
        "Across years:",
        "  cross-year.carry-over warning at APPLICATIONS[CARRIED_OVER][NATURAL_PERSON]: 2022: 0 but 1",
        "  cross-year.carry-over warning at APPLICATIONS[CARRIED_OVER][TOTAL]: 2022: 0 but 1",
        "  cross-year.in-force warning at ACTIVE_DISCLOSURE[ITEM_1][NORMATIVE_DOCUMENTS][IN_FORCE]: 2022: 147 but"
            + " 147 + 4 − 0 = 151",
        "  6 passed, 3 failed, 0 not assessable");
    assertThat(run.out()).contains("    - 2021年,我县未收取政府信息公开信息处理费。\n",
        "    + 2022年,我县未收取政府信息公开信息处理费。\n");
  }

  @Test
  void theEditionChangeOfPingtanComparesWhatMeansTheSameAndNamesTheRest() {
    Run run = Run.main("compare", Run.corpus("2019_pingtan.txt"), Run.corpus("2021_pingtan.txt"));

    assertThat(run.status()).as("2019 and 2021 do not follow on").isEqualTo(2);
    assertThat(run.lines().get(0)).isEqualTo("Year over year: 平潭综合实验区 2019 (V2019) → 平潭综合实验区 2021 (V2021)");
    assertThat(run.out()).contains("ACTIVE_DISCLOSURE[ITEM_5][LICENSING][DECISIONS]", "APPLICATIONS[OTHER][TOTAL]",
        "cross-year.carry-over not-assessable: no report of 2020 to compare 2021 with");
  }

  @Test
  void pingtan2021To2023PrintsInChinese() {
    Run run = Run.main("compare", Run.corpus("2021_pingtan.txt"), Run.corpus("2023_pingtan.txt"), "--lang", "zh");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).contains("平潭综合实验区", "2023");
    assertThat(run.out().lines().filter(line -> line.contains("APPLICATIONS[NEW_RECEIVED][TOTAL]")
        || line.contains("表三")).findFirst()).isPresent();
  }

  @Test
  void jsonIsTheComparisonOfDocsJson() throws IOException {
    Run run = Run.main("compare", Run.corpus("2021_weiyuan-county.txt"), weiyuan2022().toString(), "--json");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith("{\n  \"older\": {\n    \"edition\": \"V2021\",\n    \"year\": 2021,")
        .contains("\"crossYear\": [", "\"rule\": \"cross-year.carry-over\"");
  }

  @Test
  void htmlIsWrittenToTheOutputFileWithTheChangesHighlighted() {
    Path page = dir.resolve("pingtan.html");

    Run run = Run.main("compare", Run.corpus("2021_pingtan.txt"), Run.corpus("2023_pingtan.txt"), "--format", "html",
        "--output", page.toString());

    assertThat(run.out()).isEqualTo("written to " + page + "\n");
    Document html = Jsoup.parse(readString(page));
    assertThat(html.select("table").size()).isPositive();
    assertThat(html.text()).contains("APPLICATIONS[NEW_RECEIVED][TOTAL]");
    assertThat(html.select(".changed, ins, del").size()).isPositive();
  }

  @Test
  void aMissingFileIsExitStatus3AndPipeIsAUsageError() {
    Run missing = Run.main("compare", dir.resolve("none.txt").toString(), Run.corpus("2021_pingtan.txt"));
    Run pipe = Run.main("compare", Run.corpus("2021_pingtan.txt"), Run.corpus("2023_pingtan.txt"), "--format", "pipe");

    assertThat(missing.status()).isEqualTo(3);
    assertThat(missing.err()).startsWith("govdisclosure: ").contains("none.txt").doesNotContain("\tat ");
    assertThat(pipe.status()).isEqualTo(3);
    assertThat(pipe.err()).contains("a comparison has no pipe form");
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
