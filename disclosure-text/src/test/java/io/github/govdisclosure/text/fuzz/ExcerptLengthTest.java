package io.github.govdisclosure.text.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression test for the excerpt length (found by {@code ParseFuzzTest}, {@code crash-b142c809…}):
 * a space kept just before the 40th code point made a 41-code-point excerpt.
 */
class ExcerptLengthTest {

  @Test
  void excerptKeepsAtMostFortyCodePointsWhenASpaceFallsBeforeTheLast() throws IOException {
    byte[] bytes;
    try (InputStream in = ExcerptLengthTest.class.getResourceAsStream(
        "ParseFuzzTestInputs/parsesAnyBytesIntoAResultWhoseSpansLieInTheText/crash-b142c809cb8f264868dcdc33ec2785320eb08b5e")) {
      bytes = in.readAllBytes();
    }
    List<Diagnostic> diagnostics = DisclosureText.parse(new String(bytes, StandardCharsets.UTF_8)).getDiagnostics();

    Diagnostic incomplete = diagnostics.stream()
        .filter(d -> d.getCode().equals("TEXT-ROW-INCOMPLETE") && d.line() == 6 && d.column() == 471)
        .findFirst().orElseThrow();
    assertThat(incomplete.getExcerpt()).endsWith("…");
    assertThat(incomplete.getExcerpt().codePointCount(0, incomplete.getExcerpt().length())).isEqualTo(40);
    assertThat(diagnostics).allSatisfy(d ->
        assertThat(d.getExcerpt().codePointCount(0, d.getExcerpt().length())).isLessThanOrEqualTo(40));
  }
}
