package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.fixtures.Truth;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A V2021 report whose table 3 prints V2019's single （六）其他处理 row (洪泽区, 2024): read as V2021,
 * table 2 kept, table 3 in V2019's layout, every cell as the truth states; fixture in
 * {@code src/test/resources/hybrid}.
 */
class HybridLayoutTest {
  private static final String PIPE = DisclosureTextTest.resource("hybrid/2024_hongze-qzf.pipe.txt");

  @ParameterizedTest
  @ValueSource(strings = {"pipe", "crawler"})
  void readsTable3InV2019LayoutInsideAV2021Report(String shape) {
    // crawler text: the title on its line, then every cell run into its label
    int title = PIPE.indexOf('\n') + 1;
    String text = shape.equals("pipe") ? PIPE
        : PIPE.substring(0, title) + PIPE.substring(title).replace(" |\n", "").replace("|", "").replace("\n", "");

    ParseResult result = DisclosureText.parse(text);

    Report report = result.getReport();
    Truth truth = Corpus.truth("binary/2024_hongze-qzf.pdf");
    assertThat(report.getEdition()).isEqualTo(Edition.V2021);
    assertThat(report.getYear()).hasValue(2024);
    assertThat(report.getApplications().orElseThrow().getEdition()).isEqualTo(Edition.V2019);
    assertThat(report.isLayoutMixed()).isTrue();
    assertThat(report.getActiveDisclosure()).isPresent();
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode)
        .doesNotContain("TEXT-EDITION-MIXED", "TEXT-EDITION-MISMATCH", "TEXT-ROW-MISSING", "TEXT-TABLE-MISSING");
    assertThat(truth.misread(report)).isEmpty();
    List<BigDecimal> single = new ArrayList<>();
    for (Applicant a : Applicant.values()) {
      single.add(report.getApplications().orElseThrow().get(ApplicationRow.OTHER_HANDLING, a).getValue().orElseThrow());
    }
    assertThat(single).usingElementComparator(BigDecimal::compareTo).isEqualTo(truth.otherHandlingSingleRow());
  }
}
