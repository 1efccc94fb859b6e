package io.github.govdisclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.text.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus report, printed as a PDF in the official layout (one table per page, or tables
 * running across pages; with ruling lines and without), reads back with every cell of tables 2, 3
 * and 4 as the text parser read it from the source text.
 */
class GeneratedPdfRoundTripTest {

  static Stream<Arguments> layouts() {
    List<Arguments> all = new ArrayList<>();
    for (String name : Reports.TEXT_REPORTS) {
      for (ReportPdf.Flow flow : ReportPdf.Flow.values()) {
        all.add(Arguments.of(name, flow, true));
        all.add(Arguments.of(name, flow, false));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} ruled={2}")
  @MethodSource("layouts")
  void readsBackEveryCellOfAGeneratedPdf(String name, ReportPdf.Flow flow, boolean ruled) {
    CjkFont.assume();
    Report source = Reports.report(name);
    byte[] pdf = ReportPdf.render(source, flow, ruled);

    ParseResult read = DisclosurePdf.parse(pdf);

    assertThat(read.getFormat()).isEqualTo("pdf");
    assertThat(read.getReport().getEdition()).isEqualTo(source.getEdition());
    assertThat(Reports.cells(read.getReport())).as(DisclosurePdf.layoutText(pdf))
        .containsExactlyEntriesOf(Reports.cells(source));
  }
}
