package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Report;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private final Report report = Fixtures.report(Fixtures.smallTable()
      .row(ApplicationRow.NEW_RECEIVED, 9, 2, 0, 0, 0, 0, 11)
      .build()).build();
  private final Finding balance = Rules.standard().check(report).failures().get(0);

  @Test
  void rendersInEnglishByDefault() {
    assertThat(balance.render()).isEqualTo(
        "table3.balance error at APPLICATIONS[CARRIED_FORWARD][NATURAL_PERSON]: 9 + 0 = 9 but 7 + 1 = 8");
    assertThat(balance.message(Locale.US)).isEqualTo(balance.message());
  }

  @Test
  void rendersInChinese() {
    Finding total = Rules.standard().check(report).byRule("table3.balance").get(6);
    assertThat(total.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "table3.balance error 位于 APPLICATIONS[CARRIED_FORWARD][TOTAL]：11 + 0 = 11，但 9 + 1 = 10");
    assertThat(total.message(Locale.CHINESE)).isEqualTo(
        "NEW_RECEIVED + CARRIED_OVER = 11 + 0 = 11，但 TOTAL_HANDLED + CARRIED_FORWARD = 9 + 1 = 10");
  }

  @Test
  void otherLocalesFallBackToEnglishNotTheJvmDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      assertThat(balance.message(Locale.FRENCH)).isEqualTo(balance.message(Locale.ENGLISH));
      assertThat(balance.message()).startsWith("NEW_RECEIVED + CARRIED_OVER");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void blanksAsZeroNoteIsTranslated() {
    Report blank = Fixtures.report(Fixtures.smallTable()
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.NATURAL_PERSON, Cell.blank()).build()).build();
    Finding finding = Rules.builder().blanksAsZero(true).build().check(blank).byRule("table3.balance").get(0);
    assertThat(finding.message(Locale.CHINESE)).endsWith("（空白单元格按零计）");
    assertThat(finding.render()).isEqualTo(
        "table3.balance pass at APPLICATIONS[CARRIED_FORWARD][NATURAL_PERSON]: 8 + 0 = 8 and 7 + 1 = 8 (blank cells read as zero)");
  }

  @Test
  void userTemplatesFillNamedValuesAndKeepUnknownBraces() {
    Finding finding = Finding.builder().ruleId("acme.x").severity(io.github.govdisclosure.model.Severity.INFO)
        .status(Status.FAIL).messageKey("{left} vs {right} {unknown}").putArguments("left", "1")
        .putArguments("right", "2").build();
    assertThat(finding.message(Locale.CHINESE)).isEqualTo("1 vs 2 {unknown}");
  }
}
