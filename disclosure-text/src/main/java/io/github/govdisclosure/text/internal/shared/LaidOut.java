package io.github.govdisclosure.text.internal.shared;

import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of a document that a reader (PDF, Word) laid out as text for the parser: the parse of
 * that text, with what the reader noticed, each parser diagnostic naming where its line is in the
 * document ({@code (page 3)}, {@code (table 2, row 5)}); or, when nothing could be laid out, only the
 * reader's diagnostics and an empty report that no rule can pass. Not API.
 */
public final class LaidOut {
  private LaidOut() {}

  /**
   * Parses laid-out text.
   *
   * @param format the reader's format, {@link ParseResult#getFormat()}
   * @param text the lines the reader laid the document out as
   * @param origins where each line is in the document, by line index ({@code page 3})
   * @param issues what the reader noticed
   * @param options the limits of the parse
   */
  public static ParseResult parse(String format, String text, List<String> origins, List<Diagnostic> issues,
      ParseOptions options) {
    ParseResult parsed = DisclosureText.parse(text, options);
    List<Diagnostic> diagnostics = new ArrayList<>(issues);
    for (Diagnostic d : parsed.getDiagnostics()) {
      int line = d.getSpan().line();
      String origin = line - 1 < origins.size() ? " (" + origins.get(line - 1) + ")" : "";
      diagnostics.add(new Diagnostic.Builder().from(d).message(d.getMessage() + origin).build());
    }
    diagnostics.sort(Comparator.comparingInt(d -> d.getSpan().offset()));
    return new ParseResult.Builder()
        .report(new Report.Builder().from(parsed.getReport()).diagnostics(diagnostics).build())
        .charset("binary")
        .format(format)
        .build();
  }

  /** The result of a document of which nothing could be laid out: the reader's diagnostics say why. */
  public static ParseResult nothing(String format, List<Diagnostic> issues) {
    return new ParseResult.Builder()
        .report(new Report.Builder().edition(Edition.V2021).diagnostics(issues).build())
        .charset("binary")
        .format(format)
        .build();
  }

  /** A diagnostic of the document as a whole, at {@code 1:1}, without excerpt. */
  public static Diagnostic issue(String code, Severity severity, String message) {
    return new Diagnostic.Builder()
        .code(code)
        .severity(severity)
        .span(new SourceSpan(0, 0, 1, 1))
        .message(message)
        .excerpt("")
        .build();
  }
}
