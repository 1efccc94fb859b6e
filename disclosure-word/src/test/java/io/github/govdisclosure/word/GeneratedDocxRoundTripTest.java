package io.github.govdisclosure.word;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every corpus report, printed as a {@code .docx} in the official layout (merged cells as the
 * template has them), reads back with every cell of tables 2, 3 and 4 as the text parser read it
 * from the source text; also when each long label is wrapped over two paragraphs of its cell.
 */
class GeneratedDocxRoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {"2019_pingtan.txt", "2020_pingtan-hzs.txt", "2020_pingtan-zrz.txt", "2021_pingtan.txt",
      "2021_weiyuan-county.txt", "2022_pingtan-jtj.txt", "2023_pingtan.txt", "2025_shanghai-bgt.txt"})
  void readsBackEveryCellOfAGeneratedDocument(String name) {
    Report source = report(name);

    for (byte[] docx : List.of(ReportDocx.render(source), ReportDocx.render(source, ReportDocx::wrapLabels))) {
      ParseResult read = DisclosureWord.parse(docx);

      assertThat(read.getFormat()).isEqualTo("docx");
      assertThat(read.getReport().getEdition()).isEqualTo(source.getEdition());
      assertThat(values(read.getReport())).as(DisclosureWord.layoutText(docx)).isEqualTo(values(source));
    }
  }

  /** A text report of the corpus ({@code disclosure-fixtures}) as the text parser reads it. */
  static Report report(String name) {
    return DisclosureText.parse(Corpus.text(name)).getReport();
  }

  /** Each cell's kind and number or text by reference; a cell the source lacks prints as {@code ?} and reads back missing. */
  static Map<String, String> values(Report report) {
    Map<String, String> values = new TreeMap<>();
    for (Optional<? extends StandardTable> table : List.of(report.getActiveDisclosure(), report.getApplications(),
        report.getReviewLitigation())) {
      table.ifPresent(t -> {
        for (CellRef ref : t.layout()) {
          Cell c = t.get(ref);
          values.put(ref.toString(), c.getKind() + " " + c.getValue().map(v -> v.stripTrailingZeros().toPlainString())
              .orElse(c.getKind() == Cell.Kind.TEXT ? c.getRaw() : "") + " " + c.getUnit().map(Enum::name).orElse(""));
        }
      });
    }
    return values;
  }
}
