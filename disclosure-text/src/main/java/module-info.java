/**
 * A forgiving parser of annual report text and a formatter of the standard tables.
 *
 * <p>Entry point: {@link io.github.govdisclosure.text.DisclosureText}.
 */
module io.github.govdisclosure.text {
  requires static org.immutables.value.annotations;
  requires transitive io.github.govdisclosure.model;

  exports io.github.govdisclosure.text;
  // readers of other formats (HTML, PDF, Word) plug into DisclosureText.read
  uses io.github.govdisclosure.text.ReportReader;
  // the readers of other formats share a few of the text module's own classes (content sniffing,
  // the UTF-8 check, the line index, the parse of laid-out text); the rest of the internals stay closed
  exports io.github.govdisclosure.text.internal.shared
      to io.github.govdisclosure.html, io.github.govdisclosure.pdf, io.github.govdisclosure.word;
}
