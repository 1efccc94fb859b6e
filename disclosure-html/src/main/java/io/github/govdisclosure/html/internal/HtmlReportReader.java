package io.github.govdisclosure.html.internal;

import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.ReportReader;
import io.github.govdisclosure.text.internal.shared.Sniff;
import java.util.Objects;

/**
 * The {@link ReportReader} of saved web pages, through which {@code DisclosureText.read} reads a
 * page by its content (a {@code .txt} file that holds a page too). Public for the service loader
 * only. Not API.
 */
public final class HtmlReportReader implements ReportReader {

  /** The reader the service loader makes. */
  public HtmlReportReader() {}

  @Override
  public String format() {
    return "html";
  }

  @Override
  public boolean recognizes(byte[] head) {
    return Sniff.of(head) == Sniff.Kind.HTML;
  }

  @Override
  public ParseResult read(byte[] content, ParseOptions options) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(options, "options");
    return new HtmlReader(text -> DisclosureText.parse(text, options)).read(content);
  }
}
