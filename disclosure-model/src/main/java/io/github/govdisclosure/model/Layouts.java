package io.github.govdisclosure.model;

import java.util.Arrays;
import java.util.Map;

final class Layouts {
  private Layouts() {}

  // the array returned has the runtime type of the caller's varargs array (Arrays.copyOf), never
  // a generic T[]: the only caller passes Edition values
  @SafeVarargs
  @SuppressWarnings("varargs")
  static <T> T[] concat(T first, T... rest) {
    T[] all = Arrays.copyOf(rest, rest.length + 1);
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** The structural invariants every table shares; data plausibility is left to validation. */
  static void check(StandardTable table) {
    Edition edition = table.getEdition();
    if (!edition.hasTables()) {
      throw new IllegalStateException(edition + " has no standard tables");
    }
    for (Map.Entry<CellRef, Cell> entry : table.getCells().entrySet()) {
      CellRef ref = entry.getKey();
      if (ref.table() != table.table()) {
        throw new IllegalStateException(ref + " is not a cell of " + table.table());
      }
      if (!ref.in(edition)) {
        throw new IllegalStateException(ref + " is not in the " + edition + " layout");
      }
      if (entry.getValue().getKind() == Cell.Kind.MISSING) {
        throw new IllegalStateException(ref + ": a MISSING cell is left out, not stored");
      }
    }
  }
}
