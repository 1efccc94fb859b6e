package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Table;
import java.util.Optional;

/**
 * Finds the reader's diagnostic about an absence that a {@code structure.*} rule reports too, so
 * that the finding cites it (absence is judged once, with one severity): {@code TEXT-SECTION-MISSING},
 * {@code TEXT-TABLE-MISSING}, {@code TEXT-ROW-MISSING}, {@code TEXT-EDITION-MIXED}. A diagnostic is
 * matched by its code and a fragment of its message, which names the section, table or row. Not
 * API.
 */
final class Cited {
  private Cited() {}

  /** The first diagnostic of the report with this code whose message contains every fragment. */
  static Optional<Diagnostic> find(Report report, String code, String... fragments) {
    for (Diagnostic diagnostic : report.getDiagnostics()) {
      if (!diagnostic.getCode().equals(code)) {
        continue;
      }
      boolean all = true;
      for (String fragment : fragments) {
        all &= diagnostic.getMessage().contains(fragment);
      }
      if (all) {
        return Optional.of(diagnostic);
      }
    }
    return Optional.empty();
  }

  /** How the reader's messages name a table: {@code table 2}, {@code table 3}, {@code table 4}. */
  static String tableName(Table table) {
    return "table " + (table.ordinal() + 2);
  }
}
