package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AuditDirectory}: a CSV row per report, broken files reported, the summary written atomically. */
class AuditDirectoryTest {
  @TempDir
  Path reports;

  @TempDir
  Path output;

  private void fill() throws IOException {
    try (InputStream in = ReportInput.class.getResourceAsStream(ReportInput.SAMPLE)) {
      Files.write(reports.resolve("a_weiyuan.txt"), in.readAllBytes());
    }
    Path sub = Files.createDirectories(reports.resolve("pingtan"));
    Files.copy(Run.CORPUS.resolve("2020_pingtan-zrz.txt"), sub.resolve("2020_zrz.txt"));
    Files.copy(Run.CORPUS.resolve("2023_shuyang-fgj.html"), sub.resolve("shuyang.HTM"));
    Files.write(sub.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
    Files.write(reports.resolve("empty.txt"), new byte[0]);
    Files.writeString(reports.resolve("notes.csv"), "not a report,skipped\n");
  }

  @Test
  void writesOneRowPerReportAndReportsBrokenFiles() throws IOException {
    fill();
    Path summary = output.resolve("summary.csv");

    Run run = Run.of(AuditDirectory::run, reports.toString(), summary.toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEqualTo("5 reports audited, summary written to " + summary + "\n");
    List<String> rows = List.of(Files.readString(summary, StandardCharsets.UTF_8).split("\r\n", -1));
    assertThat(rows).hasSize(7).last().isEqualTo("");
    assertThat(rows.subList(0, 4)).containsExactly(
        AuditDirectory.HEADER,
        "a_weiyuan.txt,威远县人民政府,2021,V2021,CONSISTENT,0,0,",
        "empty.txt,,,,UNREADABLE,0,0," + reports.resolve("empty.txt") + ": is empty",
        "pingtan/2020_zrz.txt,平潭综合实验区自然资源与生态环境局,2020,V2019,INCONSISTENT,2,0,"
            + "table3.results-total error at APPLICATIONS[TOTAL_HANDLED][LEGAL_SERVICE_INSTITUTION]: "
            + "0 but 0 + 0 + 0 + 1 + 0 + 0 = 1");
    assertThat(rows.get(4)).isEqualTo("pingtan/scan.txt,,,,UNREADABLE,0,0,"
        + reports.resolve("pingtan/scan.txt") + ": is not a text file (binary content)");
    assertThat(rows.get(5)).startsWith("pingtan/shuyang.HTM,沭阳县发展和改革局,2023,V2021,");
  }

  @Test
  void showsProgressOnStandardError() throws IOException {
    fill();

    Run run = Run.of(AuditDirectory::run, reports.toString(), output.resolve("summary.csv").toString());

    assertThat(run.err()).startsWith("\r[          ] 0/5\r").endsWith("\r[##########] 5/5\n")
        .contains("\r[####      ] 2/5");
  }

  @Test
  void replacesASummaryWholeAndLeavesNoTemporaryFile() throws IOException {
    fill();
    Path summary = Files.writeString(output.resolve("summary.csv"), "an older summary\n");

    Run.of(AuditDirectory::run, reports.toString(), summary.toString());

    assertThat(Files.readString(summary)).startsWith(AuditDirectory.HEADER + "\r\n");
    try (Stream<Path> files = Files.list(output)) {
      assertThat(files).containsExactly(summary);
    }
  }

  @Test
  void writesTheSummaryIntoTheDirectoryByDefault() throws IOException {
    fill();

    Run.of(AuditDirectory::run, reports.toString());

    assertThat(reports.resolve("audit-summary.csv")).exists();
  }

  @Test
  void quotesFieldsAsRfc4180() {
    assertThat(AuditDirectory.csv("plain")).isEqualTo("plain");
    assertThat(AuditDirectory.csv("a, b")).isEqualTo("\"a, b\"");
    assertThat(AuditDirectory.csv("the “x” and \"y\"")).isEqualTo("\"the “x” and \"\"y\"\"\"");
    assertThat(AuditDirectory.csv("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void refusesAMissingDirectory() {
    Run run = Run.of(AuditDirectory::run, reports.resolve("nope").toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("AuditDirectory: " + reports.resolve("nope") + ": not a directory\n");
  }
}
