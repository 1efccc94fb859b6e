package io.github.govdisclosure.text.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.text.TextFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BoxWriterTest {
  // Tokens of every width class: ASCII, CJK, full-width digits, ambiguous quotes, a combining mark.
  private static final List<String> TOKENS = List.of("0", "27098", "/", "—", "无", "３５", "12.5万元",
      "22（其中修订16件）", "“无”", "e\u0301", "");

  private static Gen<Report> reports() {
    return lists().of(integers().between(-1, TOKENS.size() - 1)).ofSize(25 * 7).map(picks -> {
      ApplicationTable.Builder table = ApplicationTable.builder(Edition.V2021);
      int i = 0;
      for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
        for (Applicant applicant : Applicant.values()) {
          int pick = picks.get(i++);
          if (pick >= 0) {
            String token = TOKENS.get(pick);
            table.put(row, applicant, token.isEmpty() ? Cell.blank() : Cell.text(token));
          }
        }
      }
      return new Report.Builder().edition(Edition.V2021).applications(table.build()).build();
    });
  }

  @Test
  void linesOfADrawnTableHaveTheSameDisplayWidth() {
    qt().withFixedSeed(20211231L).withExamples(50).forAll(reports()).checkAssert(report -> {
      TextFormat format = TextFormat.PLAIN.builder().tables(Table.APPLICATIONS).printHeadings(false).build();
      List<String> table = List.of(TablePrinter.format(report, format).split("\n"));

      assertThat(table).allSatisfy(line ->
          assertThat(DisplayWidth.of(line)).isEqualTo(DisplayWidth.of(table.get(0))));
    });
  }

  @Test
  void drawsSpansWithMatchingJunctions() {
    Grid grid = new Grid.Builder(3)
        .row().add("组", Grid.Role.LABEL, 2, 1).add("甲乙", Grid.Role.HEADER, 1, 2)
        .row().add("1", Grid.Role.VALUE).add("22", Grid.Role.VALUE)
        .build();
    StringBuilder out = new StringBuilder();

    BoxWriter.write(grid, false, "\n", out);

    assertThat(out).hasToString(""
        + "┌────┬────────┐\n"
        + "│ 组 │  甲乙  │\n"
        + "│    ├───┬────┤\n"
        + "│    │ 1 │ 22 │\n"
        + "└────┴───┴────┘\n");
  }

  @Test
  void drawsAsciiBordersWhenAsked() {
    Grid grid = new Grid.Builder(2)
        .row().add("规章", Grid.Role.LABEL).add("0", Grid.Role.VALUE)
        .build();
    StringBuilder out = new StringBuilder();

    BoxWriter.write(grid, true, "\n", out);

    assertThat(out).hasToString("+------+---+\n| 规章 | 0 |\n+------+---+\n");
  }

  @Test
  void widensTheColumnsASpanningItemCovers() {
    Grid grid = new Grid.Builder(2)
        .row().add("本年处理决定数量", Grid.Role.HEADER, 1, 2)
        .row().add("1", Grid.Role.VALUE).add("2", Grid.Role.VALUE)
        .build();

    int[] widths = BoxWriter.widths(grid);

    assertThat(widths[0] + widths[1] + 3).isEqualTo(DisplayWidth.of("本年处理决定数量"));
  }
}
