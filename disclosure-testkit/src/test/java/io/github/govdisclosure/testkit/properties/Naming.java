package io.github.govdisclosure.testkit.properties;

import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.model.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When a diagnostic "names" a cell, for property 2.
 *
 * <p>A diagnostic names the cell {@code ref} of a parsed report when either
 * <ol>
 *   <li>its message or excerpt contains the cell reference ({@code APPLICATIONS[DISCLOSED][TOTAL]}) or
 *       the cell's row key as a whole word ({@code DISCLOSED}, {@code NORMATIVE_DOCUMENTS}; for table 4
 *       the group key, {@code REVIEW}, or {@code table 4}, whose one data row has no label), as the
 *       parser's row diagnostics write it
 *       ({@code digit run '112620' of row NORMATIVE_DOCUMENTS admits 10 splits}); or
 *   <li>its span overlaps the span of the token the parser put into that cell (a zero-length span
 *       counts when its offset lies inside the token): the diagnostic is about the very text read.
 * </ol>
 * A cell read as {@code MISSING} has no token, so only the first way can name it.
 */
final class Naming {

  private Naming() {}

  static boolean names(Diagnostic diagnostic, CellRef ref, Report parsed) {
    String text = diagnostic.getMessage() + "\n" + diagnostic.getExcerpt();
    if (text.contains(ref.toString())) {
      return true;
    }
    if (Pattern.compile("(?<![A-Z_])" + FormatKey.of(ref.row()) + "(?![A-Z_])").matcher(text).find()) {
      return true;
    }
    // table 4 is one unlabelled row: naming the table names its row
    if (ref.table() == Table.REVIEW_LITIGATION && text.contains("table 4")) {
      return true;
    }
    Optional<SourceSpan> token = parsed.cell(ref).getSpan();
    if (token.isEmpty()) {
      return false;
    }
    SourceSpan d = diagnostic.getSpan();
    SourceSpan t = token.get();
    if (d.length() == 0) {
      return d.offset() >= t.offset() && d.offset() < Math.max(t.end(), t.offset() + 1);
    }
    return d.offset() < Math.max(t.end(), t.offset() + 1) && t.offset() < d.end();
  }

  static boolean namedByAny(List<Diagnostic> diagnostics, CellRef ref, Report parsed) {
    for (Diagnostic d : diagnostics) {
      if (names(d, ref, parsed)) {
        return true;
      }
    }
    return false;
  }

  /** For failure messages. */
  static String describe(Cell cell) {
    return cell.getKind() + " '" + cell.getRaw() + "'";
  }
}
