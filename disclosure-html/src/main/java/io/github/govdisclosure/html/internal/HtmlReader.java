package io.github.govdisclosure.html.internal;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.text.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a saved report page: decodes it, finds the report body, renders it as text, lets the text
 * parser read that text, and moves every span of the result back into the HTML source. Not API.
 */
public final class HtmlReader {
  private final Function<String, ParseResult> textParser;

  /** A reader that hands the rendered text to a text parser ({@code DisclosureText::parse}). */
  public HtmlReader(Function<String, ParseResult> textParser) {
    this.textParser = Objects.requireNonNull(textParser, "textParser");
  }

  /** Reads a page already decoded. */
  public ParseResult read(String html) {
    Objects.requireNonNull(html, "html");
    return read(html, null);
  }

  /** Reads a page's bytes, detecting the charset. */
  public ParseResult read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    HtmlCharsets.Decoded decoded = HtmlCharsets.decode(bytes);
    return read(decoded.text(), decoded);
  }

  /** A page rendered for the text parser. */
  public static final class Prepared {
    private final MappedText text;
    private final Document document;

    Prepared(MappedText text, Document document) {
      this.text = text;
      this.document = document;
    }

    /** The text the text parser reads, with the source range of each character. */
    public MappedText text() {
      return text;
    }

    /** The parsed page. */
    public Document document() {
      return document;
    }
  }

  /**
   * Renders the report part of a page: the title line found above the report (if the report body
   * does not start with one), then the body's lines. Adds what it noticed to {@code issues}.
   */
  public static Prepared prepare(String html, List<Issue> issues) {
    Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    Element body = document.body();
    List<Issue> pageIssues = new ArrayList<>();
    Renderer renderer = new Renderer(html, pageIssues);
    Rendering page = renderer.render(body);
    Optional<Element> container = ReportBody.find(page);
    if (container.isEmpty()) {
      int at = Renderer.start(body, 0);
      issues.add(new Issue("HTML-NO-REPORT-BODY", Severity.INFO, at, at,
          "no section headings (一、总体情况 …) found: the whole page is read, site navigation included"));
      issues.addAll(pageIssues);
      return new Prepared(page.text(), document);
    }
    Rendering report = renderer.reporting(issues).render(container.get());
    Optional<Rendering.Line> title = ReportBody.titleBefore(page, container.get());
    if (title.isEmpty() || startsWithTitle(report)) {
      return new Prepared(report.text(), document);
    }
    MappedText text = new MappedText(
        title.get().end() - title.get().start() + 1 + report.text().length());
    text.append(page.text(), title.get().start(), title.get().end());
    text.appendAt('\n', page.text().sourceEnd(title.get().end() - 1));
    text.append(report.text());
    return new Prepared(text, document);
  }

  /** Whether a rendering's first line is a title: short, not a table row, naming a 年度报告. */
  private static boolean startsWithTitle(Rendering report) {
    if (report.lines().isEmpty()) {
      return false;
    }
    Rendering.Line first = report.lines().get(0);
    String text = report.lineText(first);
    return !first.tableRow() && text.contains("年度报告") && text.length() <= 100;
  }

  private ParseResult read(String html, HtmlCharsets.Decoded decoded) {
    List<Issue> issues = new ArrayList<>();
    Prepared prepared = prepare(html, issues);
    SourceLines lines = new SourceLines(html);
    String charset = StandardCharsets.UTF_8.name();
    if (decoded != null) {
      charset = decoded.charset().name();
      charsetIssue(decoded, prepared.document()).ifPresent(issues::add);
    }
    ParseResult parsed = textParser.apply(prepared.text().toString());
    SpanRemapper remapper = new SpanRemapper(prepared.text(), lines);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic d : parsed.getDiagnostics()) {
      diagnostics.add(remapper.map(d));
    }
    for (Issue issue : issues) {
      diagnostics.add(new Diagnostic.Builder()
          .code(issue.code())
          .severity(issue.severity())
          .span(lines.span(issue.start(), issue.end()))
          .message(issue.message())
          .excerpt(lines.excerpt(issue.start(), issue.end()))
          .build());
    }
    diagnostics.sort(Comparator.comparingInt(d -> d.getSpan().offset()));
    return new ParseResult.Builder()
        .report(new Report.Builder().from(remapper.map(parsed.getReport())).diagnostics(diagnostics).build())
        .charset(charset)
        .format("html")
        .build();
  }

  /** What to say about the charset: INFO when it is not UTF-8, WARNING when the page is wrong. */
  static Optional<Issue> charsetIssue(HtmlCharsets.Decoded decoded, Document document) {
    int start = 0;
    int end = 0;
    Element meta = document.selectFirst("meta[charset], meta[http-equiv~=(?i)content-type]");
    if (meta != null && meta.sourceRange().isTracked() && !meta.sourceRange().isImplicit()) {
      start = meta.sourceRange().startPos();
      end = meta.sourceRange().endPos();
    }
    String name = decoded.charset().name();
    switch (decoded.source()) {
      case MISDECLARED:
        return Optional.of(new Issue("HTML-CHARSET-MISMATCH", Severity.WARNING, start, end,
            "the page declares " + decoded.declared() + " but its bytes are not valid UTF-8;"
                + " decoded as " + name));
      case BOM:
        return name.equals(StandardCharsets.UTF_8.name()) ? Optional.empty()
            : Optional.of(new Issue("HTML-CHARSET", Severity.INFO, 0, 0,
                "decoded as " + name + " (byte order mark)"));
      case META:
        return name.equals(StandardCharsets.UTF_8.name()) ? Optional.empty()
            : Optional.of(new Issue("HTML-CHARSET", Severity.INFO, start, end,
                "decoded as " + name + " (declared " + decoded.declared() + ")"));
      case FALLBACK:
        if (!decoded.declared().isEmpty()) {
          return Optional.of(new Issue("HTML-CHARSET-UNKNOWN", Severity.WARNING, start, end,
              "unknown charset " + decoded.declared() + " declared; the bytes are not valid UTF-8:"
                  + " decoded as " + name));
        }
        return Optional.of(new Issue("HTML-CHARSET", Severity.INFO, 0, 0,
            "decoded as " + name + ": no charset declared and the bytes are not valid UTF-8"));
      default:
        return decoded.declared().isEmpty() ? Optional.empty()
            : Optional.of(new Issue("HTML-CHARSET-UNKNOWN", Severity.WARNING, start, end,
                "unknown charset " + decoded.declared() + " declared; the bytes are valid UTF-8:"
                    + " decoded as UTF-8"));
    }
  }
}
