package io.github.govdisclosure.html;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.fixtures.Truth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.ParseResult;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureHtmlTest {
  /** The Word-export page of 沭阳县发展和改革局, 2023. */
  private static final String PAGE = "2023_shuyang-fgj.html";
  private static final String HTML = Corpus.text(PAGE);
  private static final Truth TRUTH = Corpus.truth(PAGE);

  @Test
  void rejectsNullAtOnce() {
    assertThatNullPointerException().isThrownBy(() -> DisclosureHtml.parse((String) null)).withMessage("html");
    assertThatNullPointerException().isThrownBy(() -> DisclosureHtml.parse((byte[]) null)).withMessage("bytes");
    assertThatNullPointerException().isThrownBy(() -> DisclosureHtml.parse((InputStream) null)).withMessage("in");
    assertThatNullPointerException().isThrownBy(() -> DisclosureHtml.parse((Path) null)).withMessage("file");
    assertThatNullPointerException().isThrownBy(() -> DisclosureHtml.parseStrict((String) null));
    assertThatNullPointerException().isThrownBy(() -> DisclosureHtml.parseStrict((byte[]) null));
  }

  @Test
  void readsEveryCellOfTheWordExportPageAsTheTruthSays() {
    Report report = DisclosureHtml.parse(Corpus.bytes(PAGE)).getReport();

    assertThat(report.getEdition()).isEqualTo(Edition.V2021);
    assertTable3(report.getApplications().orElseThrow());
    assertTable4(report.getReviewLitigation().orElseThrow());
  }

  @Test
  void readsYearAndAgencyOfTheWordExportPage() {
    Report report = DisclosureHtml.parse(HTML).getReport();

    assertThat(report.getYear()).hasValue(TRUTH.year());
    assertThat(report.getAgency()).hasValue(TRUTH.agency());
  }

  @Test
  void pointsCellSpansAndDiagnosticsIntoTheHtmlSource() {
    ParseResult result = DisclosureHtml.parse(HTML);
    int lines = HTML.split("\n", -1).length;

    ApplicationTable table = result.getReport().getApplications().orElseThrow();
    for (Cell cell : table.getCells().values()) {
      if (cell.isNumber()) {
        SourceSpan span = cell.getSpan().orElseThrow();
        assertThat(span.line()).isBetween(372, 1079);
        assertThat(HTML.substring(span.offset(), span.end())).isEqualTo(cell.getRaw());
      } else {
        // a blank cell is an empty field: its position is its <td>
        cell.getSpan().ifPresent(span -> assertThat(HTML.substring(span.offset())).startsWith("<td"));
      }
    }
    assertThat(table.get(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON).getSpan())
        .map(SourceSpan::toString).hasValue("418:116");
    for (Diagnostic diagnostic : result.getDiagnostics()) {
      assertThat(diagnostic.line()).isBetween(1, lines);
    }
    assertThat(result.getCharset()).isEqualTo("UTF-8");
  }

  @Test
  void readsTheSamePageSavedAsGbkWithoutCharsetDeclaration() {
    String undeclared = HTML.replace("<meta charset=\"utf-8\" />", "").replace("<meta charset=\"utf-8\">", "");

    ParseResult result = DisclosureHtml.parse(undeclared.getBytes(Charset.forName("GBK")));

    assertThat(result.getCharset()).isEqualTo("GB18030");
    assertThat(result.getDiagnostics()).filteredOn(d -> d.getCode().equals("HTML-CHARSET"))
        .extracting(Diagnostic::getSeverity).containsExactly(Severity.INFO);
    assertTable3(result.getReport().getApplications().orElseThrow());
    assertTable4(result.getReport().getReviewLitigation().orElseThrow());
  }

  private static void assertTable3(ApplicationTable table) {
    for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
      for (Applicant applicant : Applicant.values()) {
        assertThat(table.get(row, applicant)).as("%s[%s]", row, applicant)
            .isEqualTo(TRUTH.cell(CellRef.of(row, applicant)));
      }
    }
  }

  private static void assertTable4(ReviewLitigationTable table) {
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        assertThat(table.get(group, outcome)).as("%s[%s]", group, outcome)
            .isEqualTo(TRUTH.cell(CellRef.of(group, outcome)));
      }
    }
  }
}
