package io.github.govdisclosure.pdf;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.text.DisclosureText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reports of {@code src/test/resources/corpus} (provenance in its README). */
final class Corpus {
  /** The text reports of the national editions. */
  static final List<String> TEXT_REPORTS = List.of("2019_pingtan.txt", "2020_pingtan-hzs.txt", "2020_pingtan-zrz.txt",
      "2021_pingtan.txt", "2021_weiyuan-county.txt", "2022_pingtan-jtj.txt", "2023_pingtan.txt", "2025_shanghai-bgt.txt");
  static final String HONGZE = "2024_hongze-qzf.pdf";

  private Corpus() {}

  static byte[] bytes(String name) {
    try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource corpus/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text report as the text parser reads it. */
  static Report report(String name) {
    return DisclosureText.parse(new String(bytes(name), StandardCharsets.UTF_8)).getReport();
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
