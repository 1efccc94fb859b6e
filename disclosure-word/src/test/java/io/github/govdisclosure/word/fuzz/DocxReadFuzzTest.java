package io.github.govdisclosure.word.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.TextFormat;
import io.github.govdisclosure.word.DisclosureWord;

/**
 * Fuzzes {@link DisclosureWord#parse(byte[])}: any bytes give a result (never an exception), the
 * format is {@code docx}, a read that failed says so in an ERROR whose code starts {@code WORD-},
 * and every preset formats the report read.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code DocxReadFuzzTestInputs/<method>/} (a small
 * document with merged cells, a Word 97 container); see {@code docs/robustness.md} for how to fuzz.
 */
class DocxReadFuzzTest {

  @FuzzTest(maxDuration = "30m")
  @DictionaryEntries({"PK\u0003\u0004", "word/document.xml", "[Content_Types].xml", "<w:tbl>", "<w:tr>", "<w:tc>",
      "<w:gridSpan w:val=\"2\"/>", "<w:vMerge w:val=\"restart\"/>", "<w:vMerge/>", "<w:p>", "<w:t>", "</w:t>",
      "<!DOCTYPE", "<!ENTITY"})
  void readsAnyBytesIntoAResultWithoutThrowing(byte[] input) {
    ParseResult result = DisclosureWord.parse(input);

    assertThat(result.getFormat()).isEqualTo("docx");
    assertThat(result.getReport()).isNotNull();
    for (Diagnostic d : result.getDiagnostics()) {
      assertThat(d.getCode()).matches("(WORD|TEXT)-[A-Z-]+");
    }
    if (DisclosureWord.layoutText(input).isEmpty()) {
      assertThat(result.getDiagnostics()).anyMatch(d -> d.getSeverity() == Severity.ERROR && d.getCode().startsWith("WORD-"));
    }
    for (TextFormat format : new TextFormat[] {TextFormat.PIPE, TextFormat.PLAIN, TextFormat.CSV}) {
      assertThat(DisclosureText.format(result.getReport(), format)).isNotNull();
    }
  }
}
