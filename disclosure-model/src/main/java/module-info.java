/**
 * The immutable model of a government information disclosure annual report
 * (政府信息公开工作年度报告), editions V2019 and V2021.
 *
 * <p>Entry points: {@link io.github.govdisclosure.model.Report} and its three tables
 * {@link io.github.govdisclosure.model.ActiveDisclosureTable},
 * {@link io.github.govdisclosure.model.ApplicationTable} and
 * {@link io.github.govdisclosure.model.ReviewLitigationTable}.
 */
module io.github.govdisclosure.model {
  requires static org.immutables.value.annotations;
  requires transitive jakarta.validation;

  exports io.github.govdisclosure.model;
  // the one Immutables style of the project, for its modules' package-info files; not API
  exports io.github.govdisclosure.model.internal.style to
      io.github.govdisclosure.text,
      io.github.govdisclosure.rules,
      io.github.govdisclosure.diff,
      io.github.govdisclosure.json,
      io.github.govdisclosure.testkit;

  // Bean Validation providers read constraints and run the table validators reflectively.
  opens io.github.govdisclosure.model;
  opens io.github.govdisclosure.model.internal;
}
