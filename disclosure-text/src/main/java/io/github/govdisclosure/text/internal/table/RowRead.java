package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.Cell;
import java.util.ArrayList;
import java.util.List;

/**
 * What was read for one row: its candidate cell lists, preferred first (several only when a digit
 * run admits several splits), and where its values stand in the source. Filled while the row is
 * read ({@link RowAssigner}, {@link DigitRuns}); only read after.
 */
final class RowRead {
  /** The row's index in its {@link TableRows}. */
  final int row;
  final List<List<Cell>> candidates = new ArrayList<>();
  /** Whether the row's values were a digit run, split into cells. */
  boolean split;
  /** The digit run as written, for messages. */
  String run = "";
  /** Where the row's values start in the source, and how long they are (0 for cells as written). */
  int offset;
  int length;
  /** Where the row's last cell ends in the source. */
  int end;

  RowRead(int row) {
    this.row = row;
  }

  /** Whether several splits of a digit run are left to choose from. */
  boolean ambiguous() {
    return candidates.size() > 1;
  }
}
