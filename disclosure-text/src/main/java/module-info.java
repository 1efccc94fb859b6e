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
  // the HTML reader maps its positions with the same line index; no one else sees the internals
  exports io.github.govdisclosure.text.internal to io.github.govdisclosure.html, io.github.govdisclosure.pdf, io.github.govdisclosure.word;
}
