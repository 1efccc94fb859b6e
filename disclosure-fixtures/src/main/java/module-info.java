/**
 * The shared test fixtures: the corpus of real reports, their truth files and the canonical example.
 *
 * <p>Entry points: {@link io.github.govdisclosure.fixtures.Corpus} and
 * {@link io.github.govdisclosure.fixtures.CanonicalExample}.
 */
module io.github.govdisclosure.fixtures {
  requires transitive io.github.govdisclosure.model;
  requires com.fasterxml.jackson.databind;

  exports io.github.govdisclosure.fixtures;
}
