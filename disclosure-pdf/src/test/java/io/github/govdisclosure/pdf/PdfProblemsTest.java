package io.github.govdisclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.Verdict;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.ParseResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** What the reader says about PDFs it cannot read, or not wholly: one clear diagnostic, never an exception. */
class PdfProblemsTest {

  @Test
  void aScanWithoutTextLayerIsOneErrorAndNeverConsistent() throws IOException {
    ParseResult result = DisclosurePdf.parse(scan());

    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).containsExactly(
        "<1:1> PDF-NO-TEXT error: the PDF has no text layer (1 page(s), 1 image(s)): it is a scan or a picture"
            + " of the report; nothing is read (OCR is not done)");
    assertThat(result.getReport().getApplications()).isEmpty();
    assertThat(Rules.standard().check(result.getReport()).getVerdict()).isNotEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void anEncryptedPdfWithoutItsUserPasswordIsOneError() throws IOException {
    ParseResult result = DisclosurePdf.parse(encrypted("secret"));

    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).containsExactly(
        "<1:1> PDF-ENCRYPTED error: the PDF is encrypted with a user password; nothing is read (open it with the"
            + " password and save a copy without one)");
    assertThat(result.getFormat()).isEqualTo("pdf");
  }

  @Test
  void aPdfEncryptedWithAnOwnerPasswordOnlyIsRead() throws IOException {
    ParseResult result = DisclosurePdf.parse(encrypted(""));

    assertThat(result.getDiagnostics()).noneMatch(d -> d.getCode().startsWith("PDF-"));
    assertThat(DisclosurePdf.layoutText(encrypted(""))).isEqualTo("Annual report 2021\n");
  }

  @Test
  void bytesThatAreNoPdfAreOneError() {
    ParseResult result = DisclosurePdf.parse("%PDF-1.7\nnot a PDF at all".getBytes(StandardCharsets.US_ASCII));

    assertThat(result.getDiagnostics()).singleElement().satisfies(d -> {
      assertThat(d.getCode()).isEqualTo("PDF-UNREADABLE");
      assertThat(d.render()).startsWith("<1:1> PDF-UNREADABLE error: the PDF cannot be read (damaged or not a PDF");
      assertThat(d.getMessage()).endsWith("; nothing is read");
    });
  }

  @Test
  void readsTheFirstPagesOfADocumentOverThePageLimitAndSaysSo() throws IOException {
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < 301; i++) {
        page(document, "page " + (i + 1));
      }
      pdf = save(document);
    }

    ParseResult result = DisclosurePdf.parse(pdf);

    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).contains(
        "<1:1> PDF-TOO-MANY-PAGES error: the PDF has 301 pages, more than the limit of 300; only the first 300 are read");
    assertThat(DisclosurePdf.layoutText(pdf)).contains("page 300\n").doesNotContain("page 301");
  }

  @Test
  void aPageThatIsOnlyAnImageAmongTextPagesIsAWarning() throws IOException {
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      page(document, "Annual report 2021");
      imagePage(document);
      pdf = save(document);
    }

    assertThat(DisclosurePdf.parse(pdf).getDiagnostics()).extracting(Diagnostic::render).contains(
        "<1:1> PDF-PAGE-NO-TEXT warning: page(s) [2] have no text layer, only images: what they show is not read");
  }

  @Test
  void glyphsOfAFontWithoutUnicodeMapAreReportedNotGuessed() throws IOException {
    CjkFont.assume();
    byte[] pdf;
    try (PdfCanvas canvas = new PdfCanvas()) {
      canvas.text(72, 100, 12, "规章").text(72, 130, 12, "行政许可");
      pdf = canvas.bytes();
    }
    byte[] stripped;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDResources resources = document.getPage(0).getResources();
      for (COSName name : resources.getFontNames()) {
        resources.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
      }
      stripped = save(document);
    }

    ParseResult result = DisclosurePdf.parse(stripped);

    assertThat(result.getDiagnostics()).anySatisfy(d -> {
      assertThat(d.getCode()).isEqualTo("PDF-FONT-NO-UNICODE");
      assertThat(d.getMessage()).contains(" maps 6 glyph(s) to no text (it has no ToUnicode map), first on page 1;"
          + " they are left out, not guessed");
    });
    assertThat(DisclosurePdf.layoutText(stripped)).doesNotContain("规章");
  }

  private static byte[] scan() throws IOException {
    try (PDDocument document = new PDDocument()) {
      imagePage(document);
      return save(document);
    }
  }

  private static void imagePage(PDDocument document) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.drawImage(xobject, 72, 600, 400, 200);
    }
  }

  private static byte[] encrypted(String userPassword) throws IOException {
    try (PDDocument document = new PDDocument()) {
      page(document, "Annual report 2021");
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    }
  }

  private static void page(PDDocument document, String text) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      content.newLineAtOffset(72, 700);
      content.showText(text);
      content.endText();
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
