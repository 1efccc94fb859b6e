package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Table;
import org.junit.jupiter.api.Test;

/** A cell the reader split or guessed is visible in PLAIN, MARKDOWN and HTML; PIPE and CSV are unchanged. */
class ProvenanceMarksTest {
  private static final String LEGEND = "注：* 由连写的数字按表内合计拆分（split by the sums）；~ 推测放置，请核对原文（guessed: check the source）";

  private static Report report(Provenance received, Provenance handled) {
    return new Report.Builder().edition(Edition.V2021).applications(ApplicationTable.builder(Edition.V2021)
        .put(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, placed(35, received))
        .put(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL, placed(34, handled))
        .build()).build();
  }

  private static Cell placed(long value, Provenance provenance) {
    Cell.Builder cell = new Cell.Builder().from(Cell.of(value)).provenance(provenance);
    return provenance == Provenance.READ ? cell.build() : cell.basis("by the test").build();
  }

  private static TextFormat only3(TextFormat preset) {
    return preset.builder().tables(Table.APPLICATIONS).printTitle(false).build();
  }

  @Test
  void plainMarksSplitAndGuessedCellsAndExplainsTheMarksUnderTheTable() {
    String plain = DisclosureText.format(report(Provenance.SPLIT, Provenance.GUESSED), only3(TextFormat.PLAIN));

    assertThat(plain).contains(" 35* ").contains(" 34~ ");
    assertThat(plain.lines().filter(line -> line.startsWith("注："))).containsExactly(LEGEND);
  }

  @Test
  void markdownMarksTheCellsAndNamesOnlyTheMarksUsed() {
    String markdown = DisclosureText.format(report(Provenance.GUESSED, Provenance.READ), only3(TextFormat.MARKDOWN));

    assertThat(markdown).contains("| 35~ |").contains("| 34 |");
    assertThat(markdown.lines().filter(line -> line.startsWith("注："))).containsExactly("注：~ 推测放置，请核对原文（guessed: check the source）");
  }

  @Test
  void htmlGivesTheCellsAClass() {
    String html = DisclosureText.format(report(Provenance.SPLIT, Provenance.GUESSED), only3(TextFormat.HTML));

    assertThat(html).contains("<td class=\"value split\">35</td>").contains("<td class=\"value guessed\">34</td>");
  }

  @Test
  void pipeCsvAndCellsReadAsWrittenAreUnchanged() {
    Report marked = report(Provenance.SPLIT, Provenance.GUESSED);
    Report read = report(Provenance.READ, Provenance.READ);

    assertThat(DisclosureText.format(marked, only3(TextFormat.PIPE))).isEqualTo(DisclosureText.format(read, only3(TextFormat.PIPE)));
    assertThat(DisclosureText.format(marked, only3(TextFormat.CSV))).isEqualTo(DisclosureText.format(read, only3(TextFormat.CSV)));
    assertThat(DisclosureText.format(read, only3(TextFormat.PLAIN))).doesNotContain("注：");
  }
}
