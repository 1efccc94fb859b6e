package io.github.govdisclosure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Any report built from the cell forms real reports use reads back equal, spans included. */
class RoundTripPropertyTest {
  private static final int MAX_CELLS = 175; // V2021 table 3

  /** A cell for a choice and a number: kinds and values consistent by construction. */
  static Cell cell(int choice, int number, int index) {
    BigDecimal value = BigDecimal.valueOf(number);
    switch (choice) {
      case 1:
        return Cell.blank();
      case 2:
        return Cell.text(List.of("/", "—", "-", "无", "不适用").get(number % 5));
      case 3:
        return new Cell.Builder().kind(Cell.Kind.NUMBER).raw(number + "（含" + (number / 2) + "件）").value(value)
            .note("含" + (number / 2) + "件").build();
      case 4:
        return Cell.amount(value.movePointLeft(number % 5), number % 2 == 0 ? Unit.YUAN : Unit.WAN_YUAN);
      case 5:
        return new Cell.Builder().from(Cell.of(number)).span(new SourceSpan(index * 3, 2, index + 1, 1 + number % 80))
            .build();
      case 6:
        return Cell.of(value.movePointLeft(number % 4));
      default:
        return Cell.of(number);
    }
  }

  static Report report(Edition edition, int[] choices, int[] numbers, String agency) {
    ApplicationTable.Builder applications = ApplicationTable.builder(edition);
    ReviewLitigationTable.Builder review = ReviewLitigationTable.builder(edition);
    List<CellRef> layout = ApplicationTable.builder(edition).build().layout();
    for (int i = 0; i < layout.size(); i++) {
      if (choices[i] != 0) { // 0: the cell is missing
        applications.putCells(layout.get(i), cell(choices[i] - 1, numbers[i], i));
      }
    }
    List<CellRef> reviewLayout = review.build().layout();
    for (int i = 0; i < reviewLayout.size(); i++) {
      if (choices[MAX_CELLS - 1 - i] != 0) {
        review.putCells(reviewLayout.get(i), cell(choices[MAX_CELLS - 1 - i] - 1, numbers[i], i));
      }
    }
    return new Report.Builder().edition(edition).agency(agency)
        .applications(applications.build()).reviewLitigation(review.build()).build();
  }

  @Test
  void generatedReportsReadBackEqual() {
    Gen<int[]> choices = Generate.intArrays(Generate.constant(MAX_CELLS), Generate.range(0, 8));
    Gen<int[]> numbers = Generate.intArrays(Generate.constant(MAX_CELLS), Generate.range(0, 1_000_000));
    Gen<Edition> editions = Generate.pick(List.of(Edition.V2019, Edition.V2021));
    Gen<String> agencies = strings().betweenCodePoints(0, 0x9FFF).ofLengthBetween(0, 20);

    qt().withFixedSeed(20211231L).withExamples(200)
        .forAll(editions, choices, numbers, agencies)
        .checkAssert((edition, c, n, agency) -> {
          Report report = report(edition, c, n, agency);
          Report read = DisclosureJson.readReport(DisclosureJson.write(report));
          assertThat(read).isEqualTo(report);
          assertThat(Spans.of(read)).isEqualTo(Spans.of(report));
          assertThat(DisclosureJson.write(read)).isEqualTo(DisclosureJson.write(report));
        });
  }
}
