/**
 * Year over year: two annual reports of one agency compared cell by cell, with the cross-year
 * findings and the narrative diffed by sentence.
 *
 * <p>Entry point: {@link io.github.govdisclosure.diff.ReportDiff}.
 */
module io.github.govdisclosure.diff {
  requires static org.immutables.value.annotations;
  requires transitive io.github.govdisclosure.model;
  requires transitive io.github.govdisclosure.rules;
  requires transitive io.github.govdisclosure.text;
  requires io.github.javadiffutils;

  exports io.github.govdisclosure.diff;
}
