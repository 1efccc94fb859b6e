package io.github.govdisclosure.word;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader says about files it does not read: one clear ERROR, never an exception. */
class WordProblemsTest {

  @Test
  void aWord97DocumentIsUnsupportedAndSaysWhatToDo() throws IOException {
    ParseResult result = DisclosureWord.parse(ole2("WordDocument"));

    assertThat(result.getDiagnostics()).extracting(Diagnostic::render).containsExactly(
        "<1:1> WORD-UNSUPPORTED-FORMAT error: the file is a Word 97-2003 .doc (or a WPS file saved as one), which is"
            + " not read; save it as .docx (or PDF) and read that");
    assertThat(result.getReport().getApplications()).isEmpty();
  }

  @Test
  void anOle2FileOfAnotherKindIsUnsupported() throws IOException {
    assertThat(DisclosureWord.parse(ole2("WksContents")).getDiagnostics()).extracting(Diagnostic::render).containsExactly(
        "<1:1> WORD-UNSUPPORTED-FORMAT error: the file is an OLE2 document that is no Word document (a WPS .wps, a"
            + " spreadsheet or a presentation?); nothing is read: save it as .docx or PDF");
  }

  @Test
  void anEncryptedDocumentIsOneError() throws IOException {
    assertThat(DisclosureWord.parse(ole2("EncryptedPackage")).getDiagnostics()).extracting(Diagnostic::render)
        .containsExactly("<1:1> WORD-ENCRYPTED error: the Word document is encrypted with a password; nothing is read"
            + " (open it with the password and save a copy without one)");
  }

  @Test
  void aZipWithTooManyEntriesIsRefusedBeforePoiOpensIt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i <= 1000; i++) {
        zip.putNextEntry(new ZipEntry("e" + i));
        zip.closeEntry();
      }
    }

    assertThat(DisclosureWord.parse(bytes.toByteArray()).getDiagnostics()).extracting(Diagnostic::render).containsExactly(
        "<1:1> WORD-ZIP-LIMIT error: the Word container is refused: it holds more than 1000 entries; nothing is read");
  }

  @Test
  void aZipBombIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(new byte[4 * 1024 * 1024]);
      zip.closeEntry();
    }

    assertThat(DisclosureWord.parse(bytes.toByteArray()).getDiagnostics()).singleElement()
        .satisfies(d -> assertThat(d.render()).startsWith("<1:1> WORD-ZIP-LIMIT error: the Word container is refused:"
            + " entry word/document.xml expands ").endsWith(" times (a zip bomb?); nothing is read"));
  }

  @Test
  void aZipThatIsNoOfficeDocumentIsOneError() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write("一、总体情况 35".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    ParseResult result = DisclosureWord.parse(bytes.toByteArray());

    assertThat(result.getDiagnostics()).singleElement().satisfies(d -> {
      assertThat(d.getCode()).isIn("WORD-UNREADABLE", "WORD-UNSUPPORTED-FORMAT");
      assertThat(d.getMessage()).endsWith("nothing is read");
    });
    assertThat(result.getFormat()).isEqualTo("docx");
  }

  @Test
  void neverResolvesAnExternalEntity(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-35");
    byte[] docx = ReportDocx.render(GeneratedDocxRoundTripTest.report("2021_weiyuan-county.txt"));
    byte[] hostile = rewrite(docx, "word/document.xml", xml -> xml.replaceFirst("\\?>",
        "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
        .replaceFirst("<w:t>", "<w:t>&xxe;"));

    ParseResult result = DisclosureWord.parse(hostile);

    assertThat(DisclosureWord.layoutText(hostile)).doesNotContain("SECRET");
    assertThat(result.getDiagnostics()).anyMatch(d -> d.getCode().equals("WORD-UNREADABLE"));
  }

  private static byte[] ole2(String entry) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), entry);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static byte[] rewrite(byte[] zipBytes, String name, java.util.function.UnaryOperator<String> change)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (entry.getName().equals(name)) {
          data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
