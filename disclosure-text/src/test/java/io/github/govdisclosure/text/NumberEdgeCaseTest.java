package io.github.govdisclosure.text;

import io.github.govdisclosure.fixtures.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers no report should print are read into a diagnostic, never an exception. */
class NumberEdgeCaseTest {
  private static final String TABS = DisclosureTextTest.resource("synthetic/tabs-2021.txt");
  private static final String NEW_RECEIVED = "一、本年新收政府信息公开申请数量\t35";

  private static ParseResult withCell(String token) {
    return DisclosureText.parse(TABS.replace(NEW_RECEIVED, "一、本年新收政府信息公开申请数量\t" + token));
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999999999", "1e5", "1E+5", "12abc", "NaN", "Infinity", "-Infinity", "#DIV/0!"})
  void keepsAnImpossibleNumberAsTextWithAWarning(String token) {
    ParseResult result = withCell(token);

    Cell cell = result.getReport().getApplications().orElseThrow()
        .get(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON);
    assertThat(cell).isEqualTo(Cell.text(token));
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("TEXT-NUMBER-INVALID");
    assertThat(result.getReport().getApplications().orElseThrow().get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL))
        .isEqualTo(Cell.of(35));
  }

  @ParameterizedTest
  @CsvSource({"－3", "−3", "-3", "﹣3"})
  void readsEveryMinusSignAndWarnsOfANegativeCount(String token) {
    ParseResult result = withCell(token);

    Cell cell = result.getReport().getApplications().orElseThrow()
        .get(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON);
    assertThat(cell.getValue()).hasValue(BigDecimal.valueOf(-3));
    assertThat(cell.getRaw()).isEqualTo(token);
    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).containsExactly(
        "<56:18> TEXT-NUMBER-NEGATIVE warning: cell '" + token
            + "' is negative in a column of counts or amounts; kept as written [" + token + "]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"－2", "−2"})
  void readsANegativeChangeOfTheV2019TableWithoutWarning(String token) {
    String text = Corpus.text("2019_pingtan.txt");
    ParseResult plain = DisclosureText.parse(text);
    Cell change = plain.getReport().getActiveDisclosure().orElseThrow()
        .get(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE);
    assertThat(change.getSpan()).isPresent();
    int at = change.getSpan().get().offset();
    // the crawler text runs cells together: give the change its own token
    String edited = text.substring(0, at) + " " + token + " " + text.substring(at + change.getSpan().get().length());

    ParseResult result = DisclosureText.parse(edited);

    assertThat(result.getReport().getActiveDisclosure().orElseThrow()
        .get(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE).getValue()).hasValue(BigDecimal.valueOf(-2));
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).doesNotContain("TEXT-NUMBER-NEGATIVE");
  }
}
