package io.github.govdisclosure.testkit.properties;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.testkit.ReportOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Report options the properties draw from, and comparisons of reports. */
final class Examples {

  private Examples() {}

  /**
   * Option sets whose reports every text round trip must survive: plain counts, text cells
   * ({@code /}, {@code —}, {@code 无}), annotated table 2 counts, values up to 10^9, an all-zero table 3.
   * Blank cells are left out until the parser reads them back (see {@code TextRegressionTest}).
   */
  static final List<ReportOptions> WITHOUT_BLANKS = List.of(
      ReportOptions.defaults(),
      new ReportOptions.Builder().textCells(true).build(),
      new ReportOptions.Builder().annotations(true).build(),
      new ReportOptions.Builder().largeValues(true).build(),
      new ReportOptions.Builder().zeroDenominators(true).build(),
      new ReportOptions.Builder().textCells(true).annotations(true).largeValues(true).build());

  /**
   * {@link #WITHOUT_BLANKS} less the annotated and text cells, V2021 only (no signed
   * {@code NET_CHANGE}): what crawler text is checked with (see {@code TextRegressionTest}).
   */
  static final List<ReportOptions> CRAWLER_CELLS = List.of(
      v2021().build(),
      v2021().largeValues(true).build(),
      v2021().zeroDenominators(true).build());

  private static ReportOptions.Builder v2021() {
    return new ReportOptions.Builder().editions(java.util.Set.of(io.github.govdisclosure.model.Edition.V2021));
  }

  /** Every option set, blanks included. */
  static final List<ReportOptions> ALL = List.of(
      ReportOptions.defaults(),
      new ReportOptions.Builder().blanks(true).build(),
      new ReportOptions.Builder().textCells(true).build(),
      new ReportOptions.Builder().annotations(true).build(),
      new ReportOptions.Builder().largeValues(true).build(),
      new ReportOptions.Builder().zeroDenominators(true).build(),
      new ReportOptions.Builder().blanks(true).textCells(true).annotations(true).largeValues(true).build());

  static Gen<ReportOptions> options(List<ReportOptions> options) {
    return Generate.pick(options);
  }

  /** The cells of the layout whose kind, value or unit differ between two reports. */
  static List<String> cellDifferences(Report expected, Report actual) {
    List<String> differences = new ArrayList<>();
    for (Table t : Table.values()) {
      Optional<? extends StandardTable> want = expected.table(t);
      if (want.isEmpty()) {
        continue;
      }
      for (CellRef ref : want.get().layout()) {
        Cell a = want.get().get(ref);
        Cell b = actual.cell(ref);
        if (!sameValue(a, b)) {
          differences.add(ref + ": " + a.getKind() + " '" + a.getRaw() + "' read as " + b.getKind() + " '"
              + b.getRaw() + "'");
        }
      }
    }
    return differences;
  }

  /**
   * The same cell value: kind, value and unit. The raw token may differ in brackets and spacing, and
   * the annotation is not the value (property 1 compares whole cells, annotations included).
   */
  static boolean sameValue(Cell a, Cell b) {
    return a.getKind() == b.getKind() && a.getValue().equals(b.getValue()) && a.getUnit().equals(b.getUnit());
  }
}
