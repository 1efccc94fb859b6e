package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Severity;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input and diagnostic limits of {@link ParseOptions}. */
class LimitsTest {
  private static final String TEXT = DisclosureTextTest.weiyuanOnce();
  private static final ParseOptions SMALL = new ParseOptions.Builder().maxInputChars(1000).build();

  @Test
  void hasGenerousDefaults() {
    assertThat(ParseOptions.defaults().getMaxInputChars()).isEqualTo(32 * 1024 * 1024);
    assertThat(ParseOptions.defaults().getMaxDiagnostics()).isEqualTo(500);
    assertThat(DisclosureText.parse(TEXT, ParseOptions.defaults())).isEqualTo(DisclosureText.parse(TEXT));
  }

  @Test
  void rejectsLimitsBelowOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ParseOptions.Builder().maxInputChars(0).build())
        .withMessage("maxInputChars must be positive: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> new ParseOptions.Builder().maxDiagnostics(-1).build())
        .withMessage("maxDiagnostics must be positive: -1");
    assertThatNullPointerException().isThrownBy(() -> DisclosureText.parse(TEXT, null)).withMessage("options");
  }

  @Test
  void readsOnlyTheFirstCharactersOfALongTextAndSaysHowManyWereNotRead() {
    ParseResult result = DisclosureText.parse(TEXT, SMALL);

    assertThat(result.hasErrors()).isTrue();
    Diagnostic tooLarge = result.getDiagnostics().stream()
        .filter(d -> d.getCode().equals("TEXT-INPUT-TOO-LARGE")).findFirst().orElseThrow();
    assertThat(tooLarge.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(tooLarge.getSpan().offset()).isEqualTo(1000);
    assertThat(tooLarge.getMessage()).isEqualTo("the input has " + TEXT.length()
        + " characters, more than the limit of 1000; only the first 1000 are read, " + (TEXT.length() - 1000)
        + " are not");
    assertThat(result.getReport().getAgency()).hasValue("威远县人民政府");
    assertThat(result.getReport().getApplications()).isEmpty();
  }

  @Test
  void doesNotSplitASurrogatePairAtTheLimit() {
    String text = "a".repeat(999) + "\uD840\uDC00" + "b";

    ParseResult result = DisclosureText.parse(text, SMALL);

    assertThat(result.getDiagnostics()).filteredOn(d -> d.getCode().equals("TEXT-INPUT-TOO-LARGE"))
        .extracting(Diagnostic::getMessage)
        .containsExactly("the input has 1002 characters, more than the limit of 1000; only the first 999 are read, "
            + "3 are not");
  }

  @Test
  void cutsBytesBeforeDecodingThem() {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);

    ParseResult result = DisclosureText.parse(bytes, SMALL);

    assertThat(result.getCharset()).isEqualTo("UTF-8");
    String read = TEXT.substring(0, 1000);
    long unread = bytes.length - read.getBytes(StandardCharsets.UTF_8).length;
    assertThat(result.getDiagnostics()).filteredOn(d -> d.getCode().equals("TEXT-INPUT-TOO-LARGE"))
        .extracting(Diagnostic::getMessage).containsExactly("the input has " + bytes.length
            + " bytes, more than the limit of 1000 characters; only the first 1000 characters are read, " + unread
            + " bytes are not");
  }

  @Test
  void cutsGb18030BytesWithoutTakingThemForAnotherCharset() {
    byte[] bytes = TEXT.getBytes(Charset.forName("GB18030"));

    ParseResult result = DisclosureText.parse(bytes, SMALL);

    assertThat(result.getCharset()).isEqualTo("GB18030");
    assertThat(result.getReport().getAgency()).hasValue("威远县人民政府");
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).contains("TEXT-INPUT-TOO-LARGE");
  }

  @Test
  void readsOnlyTheHeadOfALargeFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.write(file, TEXT.getBytes(StandardCharsets.UTF_8));

    ParseResult fromFile = DisclosureText.parse(file, SMALL);

    assertThat(fromFile).isEqualTo(DisclosureText.parse(TEXT.getBytes(StandardCharsets.UTF_8), SMALL));
    assertThat(DisclosureText.parse(file, ParseOptions.defaults())).isEqualTo(DisclosureText.parse(file));
  }

  @Test
  void capsTheDiagnosticsAtTheLimit() {
    String noisy = TEXT.replace("二、上年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量 x1 x2 x3 x4 x5 x6");

    ParseResult result = DisclosureText.parse(noisy, new ParseOptions.Builder().maxDiagnostics(3).build());

    assertThat(result.getDiagnostics()).hasSize(4);
    assertThat(result.getDiagnostics()).filteredOn(d -> d.getCode().equals("TEXT-TOO-MANY-DIAGNOSTICS"))
        .extracting(Diagnostic::getMessage).containsExactly("more than 3 diagnostics; the rest are dropped");
    assertThat(DisclosureText.parse(noisy).getDiagnostics()).hasSizeGreaterThan(4);
  }
}
