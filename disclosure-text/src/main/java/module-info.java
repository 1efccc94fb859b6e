/**
 * A forgiving parser of annual report text and a formatter of the standard tables.
 *
 * <p>Entry point: {@link io.github.govdisclosure.text.DisclosureText}.
 */
module io.github.govdisclosure.text {
  requires static org.immutables.value.annotations;
  requires transitive io.github.govdisclosure.model;

  exports io.github.govdisclosure.text;
}
