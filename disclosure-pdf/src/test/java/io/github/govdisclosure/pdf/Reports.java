package io.github.govdisclosure.pdf;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.text.DisclosureText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The corpus reports the PDF tests read ({@code disclosure-fixtures}), and what their cells hold. */
final class Reports {
  /** The text reports of the national editions (the pre-2019 one has no tables to print). */
  static final List<String> TEXT_REPORTS =
      Corpus.TEXTS.stream().filter(file -> Corpus.truth(file).edition().hasTables()).toList();
  /** The published PDF of 淮安市洪泽区人民政府, 2024. */
  static final String HONGZE = "binary/2024_hongze-qzf.pdf";

  private Reports() {}

  /** A text report as the text parser reads it. */
  static Report report(String name) {
    return DisclosureText.parse(Corpus.text(name)).getReport();
  }

  /**
   * What each cell of the three tables holds, {@code KIND value} by canonical reference, without
   * spans. A cell the source lacks is printed as an empty cell, which reads back blank: both are
   * {@code BLANK} here.
   */
  static Map<String, String> cells(Report report) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (Optional<? extends StandardTable> table : List.of(report.getActiveDisclosure(), report.getApplications(),
        report.getReviewLitigation())) {
      table.ifPresent(t -> {
        for (CellRef ref : t.layout()) {
          Cell cell = t.get(ref);
          Cell.Kind kind = cell.getKind() == Cell.Kind.MISSING ? Cell.Kind.BLANK : cell.getKind();
          cells.put(ref.toString(), kind + (cell.isNumber() ? " " + cell.getValue().orElseThrow().stripTrailingZeros()
              .toPlainString() + cell.getUnit().map(u -> " " + u).orElse("") : cell.getKind() == Cell.Kind.TEXT
              ? " " + cell.getRaw() : ""));
        }
      });
    }
    return cells;
  }
}
