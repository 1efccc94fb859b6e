package io.github.govdisclosure.html.internal;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Moves every span of a text parse (diagnostics, cells, extra rows, stated figures, breakdowns,
 * the fee statement) from the rendered text to the HTML source it was rendered from. Not API.
 */
public final class SpanRemapper {
  private final MappedText rendering;
  private final SourceLines source;

  /** A remapper from a rendering to the source its characters came from. */
  public SpanRemapper(MappedText rendering, SourceLines source) {
    this.rendering = rendering;
    this.source = source;
  }

  /** The source span of a rendering span. */
  public SourceSpan map(SourceSpan span) {
    int[] range = rendering.sourceRange(span.offset(), span.length());
    return source.span(range[0], range[1]);
  }

  /** A diagnostic with its span in the source (its message and excerpt unchanged). */
  public Diagnostic map(Diagnostic diagnostic) {
    return new Diagnostic.Builder().from(diagnostic).span(map(diagnostic.getSpan())).build();
  }

  /** A report whose spans are in the source. */
  public Report map(Report report) {
    Report.Builder builder = new Report.Builder().from(report);
    report.getActiveDisclosure().ifPresent(t -> builder.activeDisclosure(
        ActiveDisclosureTable.builder(t.getEdition()).from(t)
            .cells(cells(t.getCells())).extraRows(rows(t.getExtraRows())).build()));
    report.getApplications().ifPresent(t -> builder.applications(
        ApplicationTable.builder(t.getEdition()).from(t)
            .cells(cells(t.getCells())).extraRows(rows(t.getExtraRows())).build()));
    report.getReviewLitigation().ifPresent(t -> builder.reviewLitigation(
        ReviewLitigationTable.builder(t.getEdition()).from(t)
            .cells(cells(t.getCells())).extraRows(rows(t.getExtraRows())).build()));
    builder.statedFigures(report.getStatedFigures().stream()
        .map(f -> new StatedFigure.Builder().from(f).span(map(f.getSpan())).build())
        .collect(Collectors.toList()));
    builder.statedBreakdowns(report.getStatedBreakdowns().stream()
        .map(b -> new StatedBreakdown.Builder().from(b).span(map(b.getSpan())).build())
        .collect(Collectors.toList()));
    report.getFeeStatement().ifPresent(f ->
        builder.feeStatement(new FeeStatement.Builder().from(f).span(map(f.getSpan())).build()));
    return builder.build();
  }

  private Map<CellRef, Cell> cells(Map<CellRef, Cell> cells) {
    Map<CellRef, Cell> mapped = new LinkedHashMap<>();
    cells.forEach((ref, cell) -> mapped.put(ref, cell(cell)));
    return mapped;
  }

  private Cell cell(Cell cell) {
    return new Cell.Builder().from(cell).span(map(cell.getSpan())).build();
  }

  private List<ExtraRow> rows(List<ExtraRow> rows) {
    return rows.stream()
        .map(row -> new ExtraRow.Builder().from(row)
            .cells(row.getCells().stream().map(this::cell).collect(Collectors.toList()))
            .span(map(row.getSpan()))
            .build())
        .collect(Collectors.toList());
  }

  private Optional<SourceSpan> map(Optional<SourceSpan> span) {
    return span.map(this::map);
  }
}
