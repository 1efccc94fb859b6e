package io.github.govdisclosure.word.internal;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.internal.shared.LaidOut;
import io.github.govdisclosure.text.internal.shared.Sniff;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a Word document: checks the container, lays the document's paragraphs and tables out as
 * lines (a table row per line, cells separated by a tab), lets the text parser read those lines, and
 * adds what the Word layer noticed. Not API.
 *
 * <p>Positions: the spans of the result are positions in the laid-out text ({@link #layout}); each
 * diagnostic's message ends with where its line comes from ({@code (table 2, row 5)},
 * {@code (paragraph 12)}).
 */
public final class WordReader {
  private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";
  private static final String DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

  /**
   * POI's logger, held (java.util.logging forgets loggers nobody holds): when POI's log4j-api
   * messages reach java.util.logging and the application set no level for them, they are off; what
   * matters is reported as diagnostics.
   */
  private static final java.util.logging.Logger POI = java.util.logging.Logger.getLogger("org.apache.poi");

  static {
    if (POI.getLevel() == null) {
      POI.setLevel(java.util.logging.Level.OFF);
    }
  }

  private WordReader() {}

  /** The text the parser reads, where each line comes from, and what the Word layer noticed. */
  public record Laid(String text, List<String> origins, List<Diagnostic> issues, boolean nothing) {}

  /** Reads a Word document's bytes into a report. */
  public static ParseResult read(byte[] content, ParseOptions options) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(options, "options");
    Laid laid = layout(content);
    return laid.nothing() ? LaidOut.nothing("docx", laid.issues())
        : LaidOut.parse("docx", laid.text(), laid.origins(), laid.issues(), options);
  }

  /** Lays a Word document out as text, or says why it cannot. */
  public static Laid layout(byte[] content) {
    List<Diagnostic> issues = new ArrayList<>();
    Sniff.Kind kind = Sniff.of(content.length > Sniff.HEAD ? java.util.Arrays.copyOf(content, Sniff.HEAD) : content);
    try {
      if (kind == Sniff.Kind.OLE2) {
        issues.add(ole2(content));
      } else if (kind != Sniff.Kind.ZIP) {
        issues.add(issue("WORD-UNSUPPORTED-FORMAT", "the content is " + kind.description()
            + ", not a Word document; nothing is read"));
      } else {
        String limit = ZipLimits.check(content);
        if (limit != null) {
          issues.add(issue("WORD-ZIP-LIMIT", "the Word container is refused: " + limit + "; nothing is read"));
        } else {
          return docx(content, issues);
        }
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      issues.add(issue("WORD-UNREADABLE", "the Word document cannot be read (" + reason(e) + "); nothing is read"));
    }
    return new Laid("", List.of(), issues, true);
  }

  private static Laid docx(byte[] content, List<Diagnostic> issues) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      String type = mainType(pkg);
      if (!DOCX_MAIN.equals(type) && !DOCM_MAIN.equals(type) && !DOTX_MAIN.equals(type)) {
        issues.add(issue("WORD-UNSUPPORTED-FORMAT", "the zip container is no Word document (its main part is "
            + (type == null ? "missing" : type) + "); nothing is read"));
        return new Laid("", List.of(), issues, true);
      }
      try (XWPFDocument document = new XWPFDocument(pkg)) {
        DocxLayout laid = DocxLayout.of(document);
        if (laid.text().isBlank()) {
          issues.add(issue("WORD-NO-TEXT", "the Word document holds no text (pictures only?); nothing is read"));
          return new Laid("", List.of(), issues, true);
        }
        return new Laid(laid.text(), laid.origins(), issues, false);
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static String mainType(OPCPackage pkg) {
    var relations = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (relations.isEmpty()) {
      return null;
    }
    PackagePart part = pkg.getPart(relations.getRelationship(0));
    return part == null ? null : part.getContentType();
  }

  /** What an OLE2 file is: an encrypted .docx, a Word 97 .doc, a WPS file or another Office file. */
  private static Diagnostic ole2(byte[] content) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      var root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage")) {
        return issue("WORD-ENCRYPTED", "the Word document is encrypted with a password; nothing is read"
            + " (open it with the password and save a copy without one)");
      }
      if (root.hasEntry("WordDocument")) {
        return issue("WORD-UNSUPPORTED-FORMAT", "the file is a Word 97-2003 .doc (or a WPS file saved as one),"
            + " which is not read; save it as .docx (or PDF) and read that");
      }
      return issue("WORD-UNSUPPORTED-FORMAT", "the file is an OLE2 document that is no Word document"
          + " (a WPS .wps, a spreadsheet or a presentation?); nothing is read: save it as .docx or PDF");
    }
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    String kind = "damaged or not a Word document";
    if (message == null || message.isBlank()) {
      return kind;
    }
    String line = message.strip().replaceAll("\\s+", " ");
    return kind + ": " + (line.length() > 120 ? line.substring(0, 119) + "…" : line);
  }

  private static Diagnostic issue(String code, String message) {
    return LaidOut.issue(code, Severity.ERROR, message);
  }
}
