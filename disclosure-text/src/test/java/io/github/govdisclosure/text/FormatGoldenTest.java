package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each preset's output for each fixture report, compared verbatim with
 * {@code src/test/resources/format/<fixture>.<preset>}. Run with {@code -Dgolden.update=true} to
 * rewrite the files, then review the diff.
 */
class FormatGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/format");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private static final Map<String, Supplier<Report>> FIXTURES = Map.of(
      "2021_weiyuan-county", FormatFixtures::weiyuan,
      "2019_pingtan", FormatFixtures::pingtan2019,
      "assorted", FormatFixtures::assorted);

  private static final Map<String, TextFormat> PRESETS = Map.of(
      "pipe.txt", TextFormat.PIPE,
      "plain.txt", TextFormat.PLAIN,
      "md", TextFormat.MARKDOWN,
      "csv", TextFormat.CSV,
      "html", TextFormat.HTML);

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String fixture : List.of("2021_weiyuan-county", "2019_pingtan", "assorted")) {
      for (String extension : List.of("pipe.txt", "plain.txt", "md", "csv", "html")) {
        cases.add(Arguments.of(fixture, extension));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("cases")
  void printsEachPresetAsInItsGoldenFile(String fixture, String extension) throws IOException {
    String actual = DisclosureText.format(FIXTURES.get(fixture).get(), PRESETS.get(extension));
    Path file = GOLDEN.resolve(fixture + "." + extension);
    if (UPDATE) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
