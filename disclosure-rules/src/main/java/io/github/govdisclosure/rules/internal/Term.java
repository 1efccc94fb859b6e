package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import java.util.List;

/** One addend of an equation: a cell, or the sum of a group's cells. Not API. */
final class Term {
  final String name;
  final List<CellRef> cells;

  Term(String name, List<CellRef> cells) {
    this.name = name;
    this.cells = List.copyOf(cells);
  }

  static Term of(String name, CellRef cell) {
    return new Term(name, List.of(cell));
  }
}
