package io.github.govdisclosure.word.internal;

import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.ReportReader;
import io.github.govdisclosure.text.internal.shared.Sniff;

/**
 * The {@link ReportReader} of Word documents, through which {@code DisclosureText.read} reads a
 * {@code .docx} by its content. It takes every zip and OLE2 container, so that those it does not
 * read ({@code .doc}, {@code .wps}, spreadsheets) get a clear {@code WORD-UNSUPPORTED-FORMAT} error
 * rather than being read as text. Public for the service loader only. Not API.
 */
public final class WordReportReader implements ReportReader {

  /** The reader the service loader makes. */
  public WordReportReader() {}

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public boolean recognizes(byte[] head) {
    Sniff.Kind kind = Sniff.container(head);
    return kind == Sniff.Kind.ZIP || kind == Sniff.Kind.OLE2;
  }

  @Override
  public ParseResult read(byte[] content, ParseOptions options) {
    return WordReader.read(content, options);
  }
}
