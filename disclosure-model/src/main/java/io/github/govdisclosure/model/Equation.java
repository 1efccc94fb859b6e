package io.github.govdisclosure.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One instance of an equation of the format over the cells of one table, e.g. in the
 * {@code NATURAL_PERSON} column of table 3: {@code NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED +
 * CARRIED_FORWARD}. The standard equations are listed by {@link Arithmetic}; a rule of one's own may
 * build others (with {@link Relation#AT_MOST} or {@link Relation#AT_LEAST} too).
 *
 * @param name what the equation is, e.g. {@code table3.balance}: the id of the rule that checks it
 * @param defined the cell the equation defines (a total, or {@code CARRIED_FORWARD} of the balance):
 *     the first cell of a finding about it
 * @param left the terms of the left side
 * @param relation how the sides compare
 * @param right the terms of the right side
 */
public record Equation(String name, CellRef defined, List<Term> left, Relation relation, List<Term> right) {

  /** Copies the sides; both hold at least one term, and every cell is of the defined cell's table. */
  public Equation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defined, "defined");
    Objects.requireNonNull(relation, "relation");
    left = List.copyOf(left);
    right = List.copyOf(right);
    if (left.isEmpty() || right.isEmpty()) {
      throw new IllegalArgumentException("both sides of an equation hold a term: " + name);
    }
    for (List<Term> side : List.of(left, right)) {
      for (Term term : side) {
        for (CellRef cell : term.cells()) {
          if (cell.table() != defined.table()) {
            throw new IllegalArgumentException(cell + " is not a cell of " + defined.table());
          }
        }
      }
    }
  }

  /** The table whose cells the equation relates. */
  public Table table() {
    return defined.table();
  }

  /** The cells the equation reads: the defined cell first, then each term's cells in order, once each. */
  public List<CellRef> cells() {
    List<CellRef> cells = new ArrayList<>();
    cells.add(defined);
    for (List<Term> side : List.of(left, right)) {
      for (Term term : side) {
        for (CellRef cell : term.cells()) {
          if (!cells.contains(cell)) {
            cells.add(cell);
          }
        }
      }
    }
    return List.copyOf(cells);
  }

  /**
   * {@code left − right} over the cells of a table, when every cell holds a whole number; empty when
   * one is blank, text, missing or not whole (a rule then says "not assessable", never guesses).
   *
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public OptionalLong difference(StandardTable table) {
    long difference = 0;
    for (Term term : left) {
      for (CellRef cell : term.cells()) {
        OptionalLong value = table.get(cell).asLong();
        if (value.isEmpty()) {
          return OptionalLong.empty();
        }
        difference = Math.addExact(difference, value.getAsLong());
      }
    }
    for (Term term : right) {
      for (CellRef cell : term.cells()) {
        OptionalLong value = table.get(cell).asLong();
        if (value.isEmpty()) {
          return OptionalLong.empty();
        }
        difference = Math.subtractExact(difference, value.getAsLong());
      }
    }
    return OptionalLong.of(difference);
  }

  /** The equation as printed, e.g. {@code NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD}. */
  @Override
  public String toString() {
    return names(left) + " " + relation.symbol() + " " + names(right);
  }

  private static String names(List<Term> terms) {
    StringBuilder names = new StringBuilder();
    for (Term term : terms) {
      if (names.length() > 0) {
        names.append(" + ");
      }
      names.append(term.name());
    }
    return names.toString();
  }
}
