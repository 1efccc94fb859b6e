package io.github.govdisclosure.pdf.internal;

import io.github.govdisclosure.text.ParseOptions;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.ReportReader;
import io.github.govdisclosure.text.internal.shared.Sniff;

/**
 * The {@link ReportReader} of PDF documents, through which {@code DisclosureText.read} reads a PDF
 * by its content ({@code %PDF-}). Public for the service loader only. Not API.
 */
public final class PdfReportReader implements ReportReader {

  /** The reader the service loader makes. */
  public PdfReportReader() {}

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public boolean recognizes(byte[] head) {
    return Sniff.container(head) == Sniff.Kind.PDF;
  }

  @Override
  public ParseResult read(byte[] content, ParseOptions options) {
    return PdfReader.read(content, options);
  }
}
