package io.github.govdisclosure.pdf.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.pdf.DisclosurePdf;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.TextFormat;

/**
 * Fuzzes {@link DisclosurePdf#parse(byte[])}: any bytes give a result (never an exception), the
 * format is {@code pdf}, a read that failed says so in an ERROR whose code starts {@code PDF-}, and
 * every preset formats the report read.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code PdfReadFuzzTestInputs/<method>/} (small PDFs
 * with a text layer, ruling lines, an image, a damaged cross-reference table); see
 * {@code docs/robustness.md} for how to fuzz.
 */
class PdfReadFuzzTest {

  @FuzzTest(maxDuration = "30m")
  @DictionaryEntries({"%PDF-1.7", "obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref", "%%EOF",
      "/Type /Page", "/Contents", "/Font", "/ToUnicode", "BT", "ET", "Tj", "TJ", "Td", "Tf", "re", "m", "l", "S", "f",
      "q", "Q", "cm", "/Encrypt", "/Length", "/Filter /FlateDecode", "<0000>", "beginbfchar", "endbfchar"})
  void readsAnyBytesIntoAResultWithoutThrowing(byte[] input) {
    ParseResult result = DisclosurePdf.parse(input);

    assertThat(result.getFormat()).isEqualTo("pdf");
    assertThat(result.getReport()).isNotNull();
    for (Diagnostic d : result.getDiagnostics()) {
      assertThat(d.getCode()).matches("(PDF|TEXT)-[A-Z-]+");
      assertThat(d.getMessage()).isNotBlank();
    }
    if (DisclosurePdf.layoutText(input).isEmpty()) {
      assertThat(result.getDiagnostics()).anyMatch(d -> d.getSeverity() == Severity.ERROR && d.getCode().startsWith("PDF-"));
    }
    for (TextFormat format : new TextFormat[] {TextFormat.PIPE, TextFormat.PLAIN, TextFormat.CSV}) {
      assertThat(DisclosureText.format(result.getReport(), format)).isNotNull();
    }
  }
}
