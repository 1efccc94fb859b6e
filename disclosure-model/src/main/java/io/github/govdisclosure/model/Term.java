package io.github.govdisclosure.model;

import java.util.List;
import java.util.Objects;

/**
 * One addend of an {@link Equation}: a single cell ({@code DISCLOSED}), or the sum of a group's
 * cells ({@code Σ WITHHELD_*}), with the name equations and messages print for it.
 *
 * @param name the printed name, e.g. {@code CARRIED_OVER} or {@code Σ WITHHELD_*}
 * @param cells the cells added, at least one
 */
public record Term(String name, List<CellRef> cells) {

  /** Copies the cells; a term adds at least one. */
  public Term {
    Objects.requireNonNull(name, "name");
    cells = List.copyOf(cells);
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("a term adds at least one cell: " + name);
    }
  }

  /** A term of one cell, named by the cell's row key ({@code CARRIED_OVER}) or column key ({@code TOTAL}). */
  public static Term of(String name, CellRef cell) {
    return new Term(name, List.of(cell));
  }
}
