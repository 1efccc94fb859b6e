package io.github.govdisclosure.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One annual report (政府信息公开工作年度报告): edition, year, agency, the six sections' text, the
 * three standard tables and the figures the narrative states.
 *
 * <p>Each table carries its own edition, which is the report's edition with one exception: a
 * {@link Edition#V2021} report may hold a table 3 in the {@link Edition#V2019} layout (the single
 * （六）其他处理 row), a hybrid real reports print; the rule {@code structure.layout-mixed} reports
 * it and the equations of table 3 follow the table's own layout. A V2019 report of year 2021 is
 * kept as it is (the rules flag the year mismatch). A {@link Edition#PRE_2019} report has no
 * tables, only text.
 *
 * <p>What the reading noticed travels with the report ({@link #getDiagnostics()}), so that checking
 * a report read with an error never yields a consistent verdict.
 *
 * <pre>{@code
 * Report report = new Report.Builder()
 *     .edition(Edition.V2021).year(2021).agency("威远县人民政府")
 *     .applications(ApplicationTable.builder(Edition.V2021)
 *         .row(ApplicationRow.NEW_RECEIVED, 35, 0, 0, 0, 0, 0, 35)
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Report {

  /** The edition the tables follow. */
  Edition getEdition();

  /** The report year (the statistical period, not the publication year), if known. */
  @Min(2008)
  @Max(2100)
  OptionalInt getYear();

  /** The agency that published the report, e.g. {@code 威远县人民政府}, if known. */
  Optional<String> getAgency();

  /** The title as written, if found. */
  Optional<String> getTitle();

  /** Text before the first section heading (preface, or all text of an unsectioned report). */
  @Value.Default
  default String getPreamble() {
    return "";
  }

  /** The text of each section found, without its heading; tables are not included. */
  Map<Section, String> getSections();

  /** Table 2, if present. */
  Optional<@Valid ActiveDisclosureTable> getActiveDisclosure();

  /** Table 3, if present. */
  Optional<@Valid ApplicationTable> getApplications();

  /** Table 4, if present. */
  Optional<@Valid ReviewLitigationTable> getReviewLitigation();

  /** Counts and shares the narrative states. */
  List<StatedFigure> getStatedFigures();

  /** Totals with parts the narrative states. */
  List<StatedBreakdown> getStatedBreakdowns();

  /** What the text says about the information-processing fee, if it says anything. */
  Optional<FeeStatement> getFeeStatement();

  /**
   * The section headings as written, in source order, when the report was read from text; empty
   * for a report composed in code. Not part of equality.
   */
  @Value.Auxiliary
  List<Heading> getHeadings();

  /**
   * What the reader noticed while reading the report, in source order (the same list as the
   * reader's result); empty for a report composed in code. Not part of equality: a report composed
   * in code equals the same report read back. An {@link Severity#ERROR} among them makes the
   * verdict at best not assessable.
   */
  @Value.Auxiliary
  List<Diagnostic> getDiagnostics();

  /** Whether any diagnostic is an {@link Severity#ERROR}: the reading failed somewhere. */
  default boolean hasReadErrors() {
    return getDiagnostics().stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
  }

  /** The table, if present. */
  default Optional<? extends StandardTable> table(Table table) {
    switch (table) {
      case ACTIVE_DISCLOSURE:
        return getActiveDisclosure();
      case APPLICATIONS:
        return getApplications();
      default:
        return getReviewLitigation();
    }
  }

  /** The cell at a reference; {@link Cell#missing()} when the table or the cell is absent. */
  default Cell cell(CellRef ref) {
    return table(ref.table()).map(t -> t.get(ref)).orElse(Cell.missing());
  }

  /**
   * Whether the tables mix the editions: a {@link Edition#V2021} report with a table 3 in the
   * {@link Edition#V2019} layout.
   */
  default boolean isLayoutMixed() {
    for (Table t : Table.values()) {
      if (table(t).map(table -> table.getEdition() != getEdition()).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks that every table follows the report's edition, except a table 3 in the V2019 layout in
   * a V2021 report; a {@link Edition#PRE_2019} report has no table.
   */
  @Value.Check
  default void check() {
    for (Table t : Table.values()) {
      table(t).ifPresent(table -> {
        boolean hybrid = t == Table.APPLICATIONS && getEdition() == Edition.V2021
            && table.getEdition() == Edition.V2019;
        if (table.getEdition() != getEdition() && !hybrid) {
          throw new IllegalStateException(
              t + " follows " + table.getEdition() + " but the report is " + getEdition());
        }
      });
    }
  }

  /** Builds a report. */
  class Builder extends ImmutableReport.Builder {}
}
