package io.github.govdisclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code DisclosureText.read} finds this module's reader by the content of a file ({@code %PDF-}), not its name. */
class ReadByContentTest {

  @Test
  void readsAPdfSavedUnderAnyNameAsThePdf(@TempDir Path dir) throws IOException {
    Path saved = Files.write(dir.resolve("report.txt"), Corpus.bytes(Reports.HONGZE));

    ParseResult result = DisclosureText.read(saved);

    assertThat(result.getFormat()).isEqualTo("pdf");
    assertThat(result.getReport().getApplications().orElseThrow()
        .get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).asLong()).isEqualTo(OptionalLong.of(95));
    assertThat(DisclosurePdf.parse(saved).getReport()).isEqualTo(result.getReport());
  }

  @Test
  void theTextParserRefusesThePdfBytesAndNamesThisReader() {
    ParseResult result = DisclosureText.parse(Corpus.bytes(Reports.HONGZE));

    assertThat(result.getDiagnostics()).singleElement().satisfies(d -> {
      assertThat(d.getCode()).isEqualTo("TEXT-BINARY-INPUT");
      assertThat(d.getMessage()).contains("disclosure-pdf");
    });
  }

  @Test
  void listsThePdfReaderAmongTheReadableFormats() {
    assertThat(DisclosureText.readableFormats()).startsWith("text").contains("pdf");
  }

  @Test
  void aPdfOverTheFileLimitIsNotRead() {
    ParseResult result = DisclosureText.read(Corpus.bytes(Reports.HONGZE),
        new ParseOptions.Builder().maxFileBytes(1000).build());

    assertThat(result.getFormat()).isEqualTo("pdf");
    assertThat(result.getDiagnostics()).extracting(d -> d.getCode()).containsExactly("TEXT-INPUT-TOO-LARGE");
  }
}
