package io.github.govdisclosure.text.internal.format;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.text.TextFormat;

/** The official grid of one of a report's tables. */
final class Grids {
  private Grids() {}

  /** The table's grid, or null when the report lacks the table. */
  static Grid of(Report report, Table table, TextFormat format) {
    switch (table) {
      case ACTIVE_DISCLOSURE:
        return report.getActiveDisclosure().map(t -> OfficialGrids.activeDisclosure(t, format)).orElse(null);
      case APPLICATIONS:
        return report.getApplications().map(t -> OfficialGrids.applications(t, format)).orElse(null);
      default:
        return report.getReviewLitigation().map(t -> OfficialGrids.reviewLitigation(t, format)).orElse(null);
    }
  }
}
