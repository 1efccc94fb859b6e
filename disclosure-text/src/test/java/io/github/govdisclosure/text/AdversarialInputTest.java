package io.github.govdisclosure.text;

import io.github.govdisclosure.fixtures.Corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Edition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to make a parser slow: each is parsed well within a generous timeout, in the
 * narrative and inside table 3. The time per MB is printed next to the canonical example's (a
 * report, not an assertion: no wall-clock asserts).
 */
class AdversarialInputTest {
  private static final String HEAD = "某县2021年政府信息公开工作年度报告\n一、总体情况\n";
  private static final String TABLE3 = "\n三、收到和处理政府信息公开申请情况\n申请人情况\n";
  private static final String TABLE4 = "\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\n";
  private static double canonicalMsPerMb;

  @BeforeAll
  static void timeTheCanonicalExample() {
    String canonical = Corpus.text("2021_weiyuan-county.txt");
    for (int i = 0; i < 20; i++) {
      DisclosureText.parse(canonical);
    }
    int runs = 50;
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      DisclosureText.parse(canonical);
    }
    canonicalMsPerMb = (System.nanoTime() - start) / 1e6 / runs / (canonical.length() / 1e6);
    System.out.printf("[adversarial] canonical example: %.0f ms/MB%n", canonicalMsPerMb);
  }

  static Stream<Arguments> inputs() {
    StringBuilder labels = new StringBuilder();
    for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
      labels.append(row.label()).append(" 1 ");
    }
    String everyLabel = labels.toString();
    List<Arguments> cases = List.of(
        Arguments.of("a million pipes", "|".repeat(1_000_000)),
        Arguments.of("a million digits in one run", "7".repeat(1_000_000)),
        Arguments.of("every label of table 3, 4 MB", everyLabel.repeat(4_000_000 / everyLabel.length())),
        Arguments.of("one 10 MB line of CJK text", "政府信息公开申请".repeat(10_000_000 / 8)),
        Arguments.of("100,000 nested brackets", "（".repeat(100_000)),
        Arguments.of("1 MB of 第二十条第（一）项", "第二十条第（一）项".repeat(1_000_000 / 9)));
    return cases.stream().flatMap(c -> Stream.of(
        Arguments.of(c.get()[0], "narrative", HEAD + c.get()[1] + TABLE3 + TABLE4),
        Arguments.of(c.get()[0], "table 3", HEAD + TABLE3 + c.get()[1] + TABLE4)));
  }

  @ParameterizedTest(name = "{0} in the {1}")
  @MethodSource("inputs")
  void parsesInLinearTime(String name, String where, String text) {
    ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      long start = System.nanoTime();
      ParseResult parsed = DisclosureText.parse(text);
      double msPerMb = (System.nanoTime() - start) / 1e6 / (text.length() / 1e6);
      System.out.printf("[adversarial] %s in the %s: %.0f ms/MB (%.1fx the canonical example)%n", name, where,
          msPerMb, msPerMb / canonicalMsPerMb);
      return parsed;
    });

    assertThat(result.getReport().getEdition().hasTables()).isTrue();
    assertThat(result.getDiagnostics()).hasSizeLessThanOrEqualTo(ParseOptions.DEFAULT_MAX_DIAGNOSTICS + 1);
  }
}
