/**
 * A stable JSON form of annual reports, parser diagnostics, rule findings and comparisons of two
 * reports.
 *
 * <p>Entry point: {@link io.github.govdisclosure.json.DisclosureJson}. Jackson is an
 * implementation detail: no Jackson type appears in the API and no Jackson exception escapes it.
 */
module io.github.govdisclosure.json {
  requires static org.immutables.value.annotations;
  requires transitive io.github.govdisclosure.model;
  requires transitive io.github.govdisclosure.text;
  requires transitive io.github.govdisclosure.rules;
  requires transitive io.github.govdisclosure.diff;
  requires com.fasterxml.jackson.databind;

  exports io.github.govdisclosure.json;
}
