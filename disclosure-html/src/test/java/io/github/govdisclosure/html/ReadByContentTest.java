package io.github.govdisclosure.html;

import io.github.govdisclosure.fixtures.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code DisclosureText.read} finds this module's reader by the content of a file, not its name. */
class ReadByContentTest {
  private static final String PAGE = "2023_shuyang-fgj.html";

  @Test
  void readsAPageSavedAsTxtAsThePage(@TempDir Path dir) throws IOException {
    Path saved = Files.write(dir.resolve("report.txt"), Corpus.bytes(PAGE));

    ParseResult result = DisclosureText.read(saved);

    assertThat(result.getFormat()).isEqualTo("html");
    assertThat(result.getDiagnostics()).noneMatch(d -> d.getCode().startsWith("TEXT-LOOKS-LIKE"));
    assertThat(result.getReport().getApplications().orElseThrow()
        .get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).asLong()).isEqualTo(DisclosureHtml.parse(
            Corpus.bytes(PAGE)).getReport().getApplications().orElseThrow()
        .get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).asLong());
  }

  @Test
  void theTextParserRefusesThePageAndReadsNoNumberOutOfItsMarkup() {
    ParseResult result = DisclosureText.parse(Corpus.text(PAGE));

    assertThat(result.getDiagnostics()).extracting(d -> d.getCode()).containsExactly("TEXT-LOOKS-LIKE-HTML");
    assertThat(result.getReport().getApplications()).isEmpty();
    assertThat(result.getReport().getReviewLitigation()).isEmpty();
  }

  @Test
  void listsTheHtmlReaderAmongTheReadableFormats() {
    assertThat(DisclosureText.readableFormats()).startsWith("text").contains("html");
  }

  @Test
  void aPageOverTheFileLimitIsNotReadAndSaysSo() {
    ParseResult result = DisclosureText.read(Corpus.bytes(PAGE),
        new ParseOptions.Builder().maxFileBytes(1000).build());

    assertThat(result.getFormat()).isEqualTo("html");
    assertThat(result.getDiagnostics()).extracting(d -> d.getCode()).containsExactly("TEXT-INPUT-TOO-LARGE");
    assertThat(result.getReport().getApplications()).isEmpty();
  }
}
