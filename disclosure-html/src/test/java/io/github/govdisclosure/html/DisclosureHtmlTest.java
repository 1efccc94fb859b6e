package io.github.govdisclosure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.text.Diagnostic;
import io.github.govdisclosure.text.ParseResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureHtmlTest {
  private static final String HTML = Fixtures.html(Fixtures.SHUYANG);
  private static final JsonNode TRUTH = Fixtures.truth(Fixtures.SHUYANG);

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
    Report report = DisclosureHtml.parse(Fixtures.bytes(Fixtures.SHUYANG)).getReport();

    assertThat(report.getEdition()).isEqualTo(Edition.V2021);
    assertTable3(report.getApplications().orElseThrow());
    assertTable4(report.getReviewLitigation().orElseThrow());
  }

  @Test
  void readsYearAndAgencyOfTheWordExportPage() {
    Report report = DisclosureHtml.parse(HTML).getReport();

    assertThat(report.getYear()).hasValue(TRUTH.get("year").asInt());
    assertThat(report.getAgency()).hasValue(TRUTH.get("agency").asText());
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
    JsonNode rows = TRUTH.get("applications");
    for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
      List<Long> values = Fixtures.values(rows.get(row.key()));
      for (Applicant applicant : Applicant.values()) {
        assertThat(table.get(row, applicant)).as("%s[%s]", row, applicant)
            .isEqualTo(expected(values.get(applicant.ordinal())));
      }
    }
  }

  private static void assertTable4(ReviewLitigationTable table) {
    JsonNode groups = TRUTH.get("reviewLitigation");
    for (ReviewGroup group : ReviewGroup.values()) {
      List<Long> values = Fixtures.values(groups.get(group.name()));
      for (Outcome outcome : Outcome.values()) {
        assertThat(table.get(group, outcome)).as("%s[%s]", group, outcome)
            .isEqualTo(expected(values.get(outcome.ordinal())));
      }
    }
  }

  private static Cell expected(Long value) {
    return value == null ? Cell.blank() : Cell.of(BigDecimal.valueOf(value).longValueExact());
  }
}
