package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markup and binary files given to the text parser are named, and no number is read out of them. */
class WrongDoorTest {
  private static final String PAGE = "<!DOCTYPE html><html><head><style>td{width:35px;height:821px}</style></head>"
      + "<body><p>一、总体情况</p><table><tr><td>本年新收政府信息公开申请数量</td><td>35</td></tr></table></body></html>";

  @Test
  void webPageTextIsRefusedWithOneError() {
    ParseResult result = DisclosureText.parse(PAGE);

    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).containsExactly(
        "<1:1> TEXT-LOOKS-LIKE-HTML error: the input is an HTML page, not report text; nothing is read out of"
            + " markup: read the file with DisclosureText.read (with disclosure-html on the class path) or"
            + " DisclosureHtml.parse");
    assertThat(result.getReport().getApplications()).isEmpty();
    assertThat(result.getReport().getSections().values()).allMatch(String::isEmpty);
  }

  @Test
  void markupWithoutADoctypeIsRecognisedByItsTags() {
    String fragment = "<div class=\"TRS_Editor\"><p>一、总体情况</p><p>2021年…</p><table><tr><td>35</td></tr></table></div>";

    assertThat(DisclosureText.parse(fragment).getDiagnostics()).extracting(Diagnostic::getCode)
        .containsExactly("TEXT-LOOKS-LIKE-HTML");
  }

  @Test
  void pdfBytesAreNamedAndNotDecoded() {
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj 35 821".getBytes(StandardCharsets.ISO_8859_1);

    ParseResult result = DisclosureText.parse(pdf);

    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("TEXT-BINARY-INPUT");
    assertThat(result.getDiagnostics().get(0).getMessage()).contains("a PDF document", "disclosure-pdf");
    assertThat(result.getReport().getApplications()).isEmpty();
  }

  @Test
  void wordFilesAreNamedToo() {
    byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0};
    byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    assertThat(DisclosureText.parse(docx).getDiagnostics().get(0).getMessage()).contains("zip", "disclosure-word");
    assertThat(DisclosureText.parse(doc).getDiagnostics().get(0).getMessage()).contains("OLE2", "disclosure-word");
  }

  @Test
  void reportTextIsStillText() {
    assertThat(DisclosureText.parse("一、总体情况\n本机关2021年…\n三、收到和处理政府信息公开申请情况 a<b 1>0")
        .getDiagnostics()).extracting(Diagnostic::getCode).doesNotContain("TEXT-LOOKS-LIKE-HTML");
  }

  @Test
  void readWithoutAReaderOnThePathNamesTheFormat(@TempDir Path dir) throws IOException {
    Path pdf = Files.write(dir.resolve("report.txt"), "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));

    ParseResult result = DisclosureText.read(pdf);

    assertThat(result.getFormat()).isEqualTo("text");
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("TEXT-BINARY-INPUT");
  }

  @Test
  void readOfTextIsTheTextParse(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("report.html"), "一、总体情况\n本年新收政府信息公开申请35件。");

    assertThat(DisclosureText.read(text)).isEqualTo(DisclosureText.parse(text));
  }
}
