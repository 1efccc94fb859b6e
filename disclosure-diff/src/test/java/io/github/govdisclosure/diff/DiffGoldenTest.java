package io.github.govdisclosure.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.TextFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each comparison printed in each syntax, compared verbatim with
 * {@code src/test/resources/diff/<pair>.<syntax>[.zh]} (provenance in its README). Run with
 * {@code -Dgolden.update=true} to rewrite the files, then review the diff.
 */
class DiffGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/diff");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> cases() {
    Supplier<ReportDiff> weiyuan = () -> ReportDiff.of(NextYear.of2021(), NextYear.of2022(0, 151));
    Supplier<ReportDiff> pingtan1921 = () -> ReportDiff.of(corpus("2019_pingtan.txt"), corpus("2021_pingtan.txt"));
    Supplier<ReportDiff> pingtan2123 = () -> ReportDiff.of(corpus("2021_pingtan.txt"), corpus("2023_pingtan.txt"));
    return Stream.of(
        Arguments.of("weiyuan-2021-2022.plain.txt", weiyuan, TextFormat.PLAIN, Locale.ENGLISH),
        Arguments.of("weiyuan-2021-2022.zh.md", weiyuan, TextFormat.MARKDOWN, Locale.CHINESE),
        Arguments.of("weiyuan-2021-2022.csv", weiyuan, TextFormat.CSV, Locale.ENGLISH),
        Arguments.of("weiyuan-2021-2022.html", weiyuan, TextFormat.HTML, Locale.ENGLISH),
        Arguments.of("pingtan-2019-2021.plain.txt", pingtan1921, TextFormat.PLAIN, Locale.ENGLISH),
        Arguments.of("pingtan-2019-2021.csv", pingtan1921, TextFormat.CSV, Locale.ENGLISH),
        Arguments.of("pingtan-2019-2021.zh.html", pingtan1921, TextFormat.HTML, Locale.CHINESE),
        Arguments.of("pingtan-2021-2023.zh.txt", pingtan2123, TextFormat.PLAIN, Locale.CHINESE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsEachComparisonAsInItsGoldenFile(String name, Supplier<ReportDiff> diff, TextFormat format, Locale locale)
      throws IOException {
    String actual = diff.get().format(format, locale);
    Path file = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static Report corpus(String file) {
    return DisclosureText.parse(Corpus.text(file)).getReport();
  }
}
