package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.TextFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --output FILE}: the file holds the chosen format and nothing else; the rest stays on standard output. */
class OutputOptionTest {
  @TempDir
  Path temp;

  @Test
  void csvOutputIsAnRfc4180FileOfTheCells() throws IOException {
    Path csv = temp.resolve("tables.csv");

    Run run = Run.main("--format", "csv", "--output", csv.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).contains("tables:      written to " + csv).doesNotContain("table,row,column,label,value,raw");
    assertThat(run.tail(1)).containsExactly(Checks.line("CONSISTENT", 0, 0, Checks.sample()));
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("table,row,column,label,value,raw\r\n").endsWith("\r\n").doesNotContain("Verdict");
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      List<CSVRecord> records = parser.getRecords();
      assertThat(parser.getHeaderNames()).containsExactly("table", "row", "column", "label", "value", "raw");
      assertThat(records).allSatisfy(record -> assertThat(record.isConsistent()).isTrue());
      assertThat(records).filteredOn(r -> r.get("table").equals("APPLICATIONS") && r.get("row").equals("NEW_RECEIVED")
          && r.get("column").equals("TOTAL")).singleElement()
          .satisfies(r -> assertThat(r.get("value")).isEqualTo("35"));
      assertThat(records).hasSize(text.split("\r\n").length - 1);
    }
  }

  @Test
  void htmlOutputIsAPageOfTheOfficialTables() throws IOException {
    Path html = temp.resolve("tables.html");

    Run run = Run.main("--format", "HTML", "--output", html.toString(), MainTest.ZRZ);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("<table");
    String text = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(text).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    Document page = Jsoup.parse(text, "", Parser.htmlParser().setTrackErrors(100));
    assertThat(page.parser().getErrors()).isEmpty();
    assertThat(page.select("table")).hasSize(3);
    assertThat(page.title()).isEqualTo("平潭综合实验区自然资源与生态环境局2020年政府信息公开工作年度报告");
  }

  @Test
  void markdownOutputIsTheMarkdownTables() throws IOException {
    Path markdown = temp.resolve("tables.md");

    Run.main("--format", "markdown", "--output", markdown.toString());

    assertThat(Files.readString(markdown, StandardCharsets.UTF_8))
        .isEqualTo(DisclosureText.format(ReportInput.sample().result().getReport(), TextFormat.MARKDOWN));
  }

  @Test
  void plainIsTheDefaultFormatOfTheOutput() throws IOException {
    Path plain = temp.resolve("tables.txt");

    Run.main("--output", plain.toString());

    assertThat(Files.readString(plain, StandardCharsets.UTF_8))
        .isEqualTo(DisclosureText.format(ReportInput.sample().result().getReport(), TextFormat.PLAIN));
  }

  @Test
  void anOutputIsReplacedWholeWithNoTemporaryFileLeft() throws IOException {
    Path csv = Files.writeString(temp.resolve("tables.csv"), "an older file\n");

    Run.main("--format", "csv", "--output", csv.toString());

    assertThat(Files.readString(csv)).startsWith("table,row,column,label,value,raw\r\n");
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).containsExactly(csv);
    }
  }

  @Test
  void aNewOutputHasThePermissionsOfANewFileAndAReplacedOneKeepsItsOwn() throws IOException {
    Path reference = Files.createFile(temp.resolve("reference"));
    Path fresh = temp.resolve("fresh.csv");
    Path kept = Files.writeString(temp.resolve("kept.csv"), "old\n");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));

    Run.main("--format", "csv", "--output", fresh.toString());
    Run.main("--format", "csv", "--output", kept.toString());

    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(reference));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw----");
  }

  @Test
  void anOutputThatCannotBeWrittenIsRefusedBeforeAnyReportIsRead() throws IOException {
    Path nowhere = temp.resolve("no-such-folder").resolve("tables.csv");
    Path file = Files.writeString(temp.resolve("a-file"), "x");

    Run missingFolder = Run.main("--output", nowhere.toString(), MainTest.ZRZ);
    Run underAFile = Run.main("--html", file.resolve("page.html").toString());
    Run aFolder = Run.main("--output", temp.toString());

    assertThat(missingFolder.status()).isEqualTo(3);
    assertThat(missingFolder.out()).isEmpty();
    assertThat(missingFolder.err()).isEqualTo("govdisclosure: cannot write " + nowhere + ": the folder "
        + nowhere.getParent() + " does not exist\n");
    assertThat(underAFile.err()).isEqualTo("govdisclosure: cannot write " + file.resolve("page.html")
        + ": the folder " + file + " does not exist\n");
    assertThat(aFolder.err()).isEqualTo("govdisclosure: cannot write " + temp + ": it is a folder\n");
  }

  @Test
  void outputTakesOneReportAndIsNoJson() {
    assertThat(Run.main("--output", temp.resolve("t.csv").toString(), MainTest.ZRZ, MainTest.ZRZ).err())
        .isEqualTo("govdisclosure: --output takes the tables of one report, not of 2 (the audit command checks many)"
            + " (see govdisclosure check --help)\n");
    assertThat(Run.main("--json", "--output", temp.resolve("t.json").toString()).err())
        .isEqualTo("govdisclosure: --output writes the tables in the --format; for JSON, redirect --json to a file"
            + " (see govdisclosure check --help)\n");
    assertThat(Run.main("--output", MainTest.ZRZ, MainTest.ZRZ).err()).isEqualTo("govdisclosure: " + MainTest.ZRZ
        + " is a report to read; it cannot be written (see govdisclosure check --help)\n");
  }
}
