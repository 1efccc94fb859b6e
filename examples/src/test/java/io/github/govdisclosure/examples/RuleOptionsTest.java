package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.StandardRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule and listing options {@code check} and {@code audit} share, through the real {@code main}. */
class RuleOptionsTest {
  private static final String ZRZ = MainTest.ZRZ;
  private static final String SHUYANG = Run.corpus("2023_shuyang-fgj.html");

  @Test
  void blanksAsZeroAssessesWhatBlankCellsLeftOpen() {
    Run kept = Run.main(SHUYANG);
    Run zero = Run.main("--blanks-as-zero", "--all", SHUYANG);

    assertThat(kept.status()).isEqualTo(2);
    assertThat(kept.tail(1)).containsExactly("Verdict: NOT_ASSESSABLE (0 failed, 35 not assessable, 131 passed of 166 checks)");
    assertThat(zero.status()).isZero();
    assertThat(zero.tail(1)).containsExactly("Verdict: CONSISTENT (0 failed, 0 not assessable, 166 passed of 166 checks)");
    // a finding reached by reading a blank as zero says so
    assertThat(zero.lines()).anyMatch(line -> line.startsWith("  table3.balance pass at "
        + "APPLICATIONS[CARRIED_FORWARD][COMMERCIAL_ENTERPRISE]") && line.endsWith("(blank cells read as zero)"));
  }

  @Test
  void disableTurnsRulesOff() {
    Run run = Run.main("--disable", "table3.results-total", "--disable=table3.wrong-cell", ZRZ);

    assertThat(run.status()).isZero();
    int checks = Checks.of(ZRZ, Rules.builder().disable("table3.results-total").disable("table3.wrong-cell").build());
    assertThat(run.tail(1)).containsExactly(Checks.line("CONSISTENT", 0, 0, checks));
  }

  @Test
  void severityChangesWhatAFailureWeighsAndTheLevelIsCaseInsensitive() {
    Run run = Run.main("--severity", "table3.results-total=Warning", ZRZ);

    assertThat(run.status()).isZero();
    assertThat(run.lines()).contains("  table3.results-total warning at APPLICATIONS[TOTAL_HANDLED][TOTAL]: 9 but 2 + 4 + 0"
        + " + 2 + 0 + 2 = 10");
    assertThat(run.tail(1)).containsExactly(Checks.line("CONSISTENT", 2, 0, Checks.of(ZRZ)));
  }

  @Test
  void minSeverityListsOnlyTheSeriousButKeepsTheVerdict() {
    Run run = Run.main("--severity", "table3.results-total=warning", "--min-severity", "error", ZRZ);

    assertThat(run.tail(5)).containsExactly(
        "Findings (failed or not assessable; errors only): none",
        "",
        "Stated shares: none",
        "",
        Checks.line("CONSISTENT", 2, 0, Checks.of(ZRZ)));
    assertThat(Run.main("--min-severity", "WARNING", ZRZ).out())
        .contains("Findings (failed or not assessable; warnings and errors):\n  table3.results-total error at");
  }

  @Test
  void diagnosticsAddsTheInfos() {
    Run run = Run.main("--diagnostics", ZRZ);

    assertThat(run.out()).contains("Diagnostics (all):\n  10:1583 TEXT-CELLS-RUN-TOGETHER 8 rows of table 2 had cells"
        + " run together; split into cells by the format's sums and the whitespace\n");
    assertThat(run.lines()).filteredOn(line -> line.matches("  \\d+:\\d+ TEXT-.*")).hasSize(8);
  }

  @Test
  void unknownRuleIdsAreAUsageErrorNamingTheKnownIds() {
    String known = String.join(", ", Stream.of(StandardRule.values()).map(StandardRule::id).toList());

    Run disable = Run.main("--disable", "table3.balanse");
    Run severity = Run.main("audit", ".", "--severity", "table3.balanse=info");

    assertThat(disable.status()).isEqualTo(3);
    assertThat(disable.out()).isEmpty();
    assertThat(disable.err()).isEqualTo("govdisclosure: Invalid value for option '--disable' (RULE): unknown rule id"
        + " 'table3.balanse'; the rule ids are " + known + " (see govdisclosure check --help)\n");
    assertThat(severity.status()).isEqualTo(3);
    assertThat(severity.err()).isEqualTo("govdisclosure: Invalid value for option '--severity' (RULE=LEVEL): unknown"
        + " rule id 'table3.balanse'; the rule ids are " + known + " (see govdisclosure audit --help)\n");
  }

  @Test
  void aBadSeverityIsAUsageError() {
    assertThat(Run.main("--severity", "table3.balance").err()).isEqualTo("govdisclosure: Invalid value for option"
        + " '--severity' (RULE=LEVEL): expected RULE=LEVEL, e.g. narrative.count=info, but was 'table3.balance'"
        + " (see govdisclosure check --help)\n");
    assertThat(Run.main("--severity", "table3.balance=loud").err()).isEqualTo("govdisclosure: Invalid value for option"
        + " '--severity' (RULE=LEVEL): unknown severity 'loud' in 'table3.balance=loud'; expected error, warning or"
        + " info (see govdisclosure check --help)\n");
    assertThat(Run.main("--min-severity", "fatal").status()).isEqualTo(3);
  }

  @Test
  void theLanguageIsCaseInsensitive() {
    assertThat(Run.main("--lang", "ZH", ZRZ)).isEqualTo(Run.main("--lang", "zh", ZRZ));
    assertThat(Run.main("--lang", "En", ZRZ)).isEqualTo(Run.main(ZRZ));
  }
}
