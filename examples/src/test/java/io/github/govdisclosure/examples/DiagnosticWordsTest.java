package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code --lang zh} prints what each reader diagnostic means in Chinese, its particulars after it.
 * Every code the readers of this repository can raise has its line, found in their sources.
 */
class DiagnosticWordsTest {
  private static final Pattern CODE = Pattern.compile("\"((?:TEXT|HTML|PDF|WORD)-[A-Z0-9]+(?:-[A-Z0-9]+)*)\"");

  @Test
  void everyCodeTheReadersRaiseHasItsMeaningInChinese() throws IOException {
    Set<String> codes = codesInReaderSources();
    assertThat(codes).contains("TEXT-ROW-MISSING", "HTML-CHARSET", "PDF-NO-TEXT", "WORD-NO-TEXT");
    assertThat(codes.stream().filter(code -> DiagnosticWords.meaning(code) == null))
        .as("codes without a line in diagnostics-zh.properties").isEmpty();
  }

  @Test
  void everyMeaningIsOfACodeTheReadersRaise() throws IOException {
    Set<String> codes = codesInReaderSources();
    Set<String> lines = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("src/main/resources/io/github/govdisclosure/examples/diagnostics-zh.properties"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line.substring(0, line.indexOf('=')));
      }
    }
    assertThat(lines).isSubsetOf(codes);
  }

  @Test
  void aMessageInChineseIsTheMeaningThenTheParticulars() {
    assertThat(DiagnosticWords.message("TEXT-ROW-MISSING", "row （二） of table 3 was not found", Locale.CHINESE))
        .isEqualTo("未找到版式中的一行，其单元格空缺（不臆造）（详情：row （二） of table 3 was not found）");
    assertThat(DiagnosticWords.message("TEXT-ROW-MISSING", "row （二） of table 3 was not found", Locale.ENGLISH))
        .isEqualTo("row （二） of table 3 was not found");
    assertThat(DiagnosticWords.message("TEXT-NEWER-THAN-THIS-PROGRAM", "something", Locale.CHINESE))
        .isEqualTo("something");
  }

  @Test
  void checkInChineseListsTheDiagnosticsInChinese() {
    Run run = Run.main("--lang", "zh", Run.corpus("2017_pingtan-scj.txt"));

    assertThat(run.lines()).anySatisfy(line -> assertThat(line)
        .startsWith("  10:1 TEXT-OUT-OF-SCOPE 2019 年以前的报告（尚无全国统一表格），只保留正文，不读表格（详情：the report of 2017"));
  }

  /** The codes in string literals of the readers' main sources (this module runs in examples/). */
  private static Set<String> codesInReaderSources() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (String module : new String[] {"disclosure-text", "disclosure-html", "disclosure-pdf", "disclosure-word"}) {
      Path sources = Path.of("..", module, "src", "main", "java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
          Matcher matcher = CODE.matcher(Files.readString(file));
          while (matcher.find()) {
            codes.add(matcher.group(1));
          }
        }
      }
    }
    return codes;
  }
}
