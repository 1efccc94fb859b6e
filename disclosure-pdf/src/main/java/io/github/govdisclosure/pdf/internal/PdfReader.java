package io.github.govdisclosure.pdf.internal;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.internal.shared.LaidOut;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF: loads it within limits, collects each page's glyphs and ruling lines, lays them out
 * as lines (table rows with tab-separated cells), lets the text parser read those lines, and adds
 * what the PDF layer noticed. Not API.
 *
 * <p>Positions: the spans of the result are positions in the laid-out text ({@link #layout}), whose
 * lines run on across pages; each diagnostic's message ends with the page its line is on.
 */
public final class PdfReader {
  /** The most pages read; the rest of a longer document is not read, and an ERROR says so. */
  public static final int MAX_PAGES = 300;
  /** The most memory PDFBox may take for its buffers of one document (bytes). */
  public static final long MAX_MEMORY = 256L * 1024 * 1024;

  private PdfReader() {}

  /** The text the parser reads, with the page of each line. */
  public record Laid(String text, List<String> origins, List<Diagnostic> issues, boolean nothing) {}

  /** Reads a PDF's bytes into a report. */
  public static ParseResult read(byte[] content, ParseOptions options) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(options, "options");
    Laid laid = layout(content);
    return laid.nothing() ? LaidOut.nothing("pdf", laid.issues())
        : LaidOut.parse("pdf", laid.text(), laid.origins(), laid.issues(), options);
  }

  /** Lays a PDF out as text, or says why it cannot. */
  public static Laid layout(byte[] content) {
    Quiet.apply();
    List<Diagnostic> issues = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(content, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
      return layout(document, issues);
    } catch (InvalidPasswordException e) {
      issues.add(issue("PDF-ENCRYPTED", Severity.ERROR,
          "the PDF is encrypted with a user password; nothing is read (open it with the password and save a copy without one)"));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      issues.add(issue("PDF-UNREADABLE", Severity.ERROR,
          "the PDF cannot be read (" + reason(e) + "); nothing is read"));
    }
    return new Laid("", List.of(), issues, true);
  }

  private static Laid layout(PDDocument document, List<Diagnostic> issues) throws IOException {
    int pages = document.getNumberOfPages();
    int read = Math.min(pages, MAX_PAGES);
    if (pages > MAX_PAGES) {
      issues.add(issue("PDF-TOO-MANY-PAGES", Severity.ERROR, "the PDF has " + pages + " pages, more than the limit of "
          + MAX_PAGES + "; only the first " + MAX_PAGES + " are read"));
    }
    GlyphCollector glyphs = new GlyphCollector();
    glyphs.setStartPage(1);
    glyphs.setEndPage(read);
    glyphs.getText(document);
    List<Line> lines = new ArrayList<>();
    int glyphCount = 0;
    int images = 0;
    List<Integer> imageOnly = new ArrayList<>();
    for (int p = 1; p <= read; p++) {
      PDPage page = document.getPage(p - 1);
      RuleCollector rules = new RuleCollector(page);
      List<Rule> drawn = rules.collect();
      List<Glyph> onPage = glyphs.pages().getOrDefault(p, List.of());
      glyphCount += onPage.size();
      images += rules.images();
      if (onPage.isEmpty() && rules.images() > 0) {
        imageOnly.add(p);
      }
      PDRectangle box = GlyphCollector.box(page);
      lines.addAll(Layout.page(new PageContent(p, box.getWidth(), box.getHeight(), onPage, drawn, rules.images())));
    }
    for (Map.Entry<String, Integer> font : glyphs.unmapped().entrySet()) {
      issues.add(issue("PDF-FONT-NO-UNICODE", Severity.ERROR, "font " + font.getKey() + " maps " + font.getValue()
          + " glyph(s) to no text (it has no ToUnicode map), first on page " + glyphs.firstUnmappedPage().get(font.getKey())
          + "; they are left out, not guessed"));
    }
    if (glyphCount == 0) {
      issues.add(issue("PDF-NO-TEXT", Severity.ERROR, "the PDF has no text layer (" + read + " page(s), " + images
          + " image(s)): it is a scan or a picture of the report; nothing is read (OCR is not done)"));
      return new Laid("", List.of(), issues, true);
    }
    if (!imageOnly.isEmpty()) {
      issues.add(issue("PDF-PAGE-NO-TEXT", Severity.WARNING, "page(s) " + imageOnly
          + " have no text layer, only images: what they show is not read"));
    }
    List<Line> joined = Layout.paragraphs(Layout.pageBreaks(lines));
    StringBuilder text = new StringBuilder();
    List<String> origins = new ArrayList<>();
    for (Line line : joined) {
      text.append(line.text()).append('\n');
      origins.add("page " + line.page());
    }
    return new Laid(text.toString(), List.copyOf(origins), issues, false);
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    String kind = e instanceof IOException ? "damaged or not a PDF" : "damaged";
    if (message == null || message.isBlank()) {
      return kind;
    }
    String line = message.strip().replaceAll("\\s+", " ");
    return kind + ": " + (line.length() > 120 ? line.substring(0, 119) + "…" : line);
  }

  private static Diagnostic issue(String code, Severity severity, String message) {
    return LaidOut.issue(code, severity, message);
  }
}
