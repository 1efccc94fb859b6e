package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Equation;
import io.github.govdisclosure.model.Relation;
import io.github.govdisclosure.model.Term;
import io.github.govdisclosure.rules.BlankCells;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the model's {@link Equation}s made ready to evaluate on the cells of its table by slot
 * ({@link CellSlots}): everything that does not depend on the report worked out once, the cells,
 * their coefficients and slots, the names. Supports {@code =}, {@code ≤} and {@code ≥}. Immutable.
 * Not API.
 */
final class CompiledEquation {
  private static final String[] ASSESSABLE_KEYS = {"equation", "left", "right", "leftValues", "rightValues"};
  private static final String[] INEQUALITY_KEYS = {
      "equation", "left", "right", "leftValues", "rightValues", "relation"};
  private static final String[] UNASSESSABLE_KEYS = {"equation", "cells"};
  /**
   * The equations of the model's families, by family and edition, each compiled at its first use
   * (a run over reports of one edition never compiles the other's).
   */
  private static final Edition[] EDITIONS = Edition.values();
  private static final FirstUse<List<CompiledEquation>> FAMILIES = new FirstUse<>(
      Arithmetic.values().length * EDITIONS.length,
      index -> compile(Arithmetic.values()[index / EDITIONS.length].equations(EDITIONS[index % EDITIONS.length])));

  final Equation equation;
  /** The rule id, {@link Equation#name()}. */
  final String ruleId;
  final CellRef defined;
  /** The cells, the defined one first, then the terms' cells in order, once each. */
  final List<CellRef> cells;
  /** Every cell of the terms with its coefficient, +1 on the left and −1 on the right, in term order. */
  final Map<CellRef, Integer> coefficients;
  /** A key that identifies the instance: the rule and the cell it defines. */
  final String key;
  /** {@code NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD}. */
  private final String text;
  private final Relation relation;
  private final int[] slots;
  private final int[][] leftTerms;
  private final int[][] rightTerms;
  /** How often each cell, by index in {@link #cells}, stands on the left and on the right. */
  private final long[] leftCounts;
  private final long[] rightCounts;
  private final String leftNames;
  private final String rightNames;
  private final int definedSign;
  private final String passKey;
  private final String failKey;

  CompiledEquation(Equation equation) {
    this.equation = equation;
    this.ruleId = equation.name();
    this.defined = equation.defined();
    this.relation = equation.relation();
    Map<CellRef, Integer> coefficients = new LinkedHashMap<>();
    for (Term term : equation.left()) {
      for (CellRef ref : term.cells()) {
        coefficients.merge(ref, 1, Integer::sum);
      }
    }
    for (Term term : equation.right()) {
      for (CellRef ref : term.cells()) {
        coefficients.merge(ref, -1, Integer::sum);
      }
    }
    this.coefficients = Collections.unmodifiableMap(coefficients);
    this.cells = equation.cells();
    this.slots = new int[cells.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = CellSlots.slot(cells.get(i));
    }
    this.leftTerms = indices(equation.left());
    this.rightTerms = indices(equation.right());
    this.leftCounts = counts(leftTerms, slots.length);
    this.rightCounts = counts(rightTerms, slots.length);
    this.key = key(ruleId, defined);
    this.leftNames = names(equation.left()) + " = ";
    this.rightNames = names(equation.right()) + " = ";
    this.text = equation.toString();
    this.definedSign = coefficients.getOrDefault(defined, 0);
    String kind = relation == Relation.EQUAL ? "equation." : "inequality.";
    this.passKey = kind + Status.PASS.name();
    this.failKey = kind + Status.FAIL.name();
  }

  /** The key of the instance of a rule that defines a cell. */
  static String key(String ruleId, CellRef defined) {
    return ruleId + "@" + defined;
  }

  /** The equations of a family of the model for an edition, compiled once (at the first call). */
  static List<CompiledEquation> family(Arithmetic family, Edition edition) {
    return FAMILIES.get(family.ordinal() * EDITIONS.length + edition.ordinal());
  }

  /** Compiles equations. */
  static List<CompiledEquation> compile(List<Equation> equations) {
    List<CompiledEquation> compiled = new ArrayList<>(equations.size());
    for (Equation equation : equations) {
      compiled.add(new CompiledEquation(equation));
    }
    return List.copyOf(compiled);
  }

  /** The message keys an equation of this relation may have. */
  static List<String> messageKeys(Relation relation) {
    String kind = relation == Relation.EQUAL ? "equation." : "inequality.";
    return List.of(kind + "PASS", kind + "PASS.short", kind + "FAIL", kind + "FAIL.short", "equation.NOT_ASSESSABLE");
  }

  private int[][] indices(List<Term> terms) {
    int[][] indices = new int[terms.size()][];
    for (int t = 0; t < indices.length; t++) {
      List<CellRef> refs = terms.get(t).cells();
      indices[t] = new int[refs.size()];
      for (int c = 0; c < refs.size(); c++) {
        indices[t][c] = cells.indexOf(refs.get(c));
      }
    }
    return indices;
  }

  private static long[] counts(int[][] terms, int cells) {
    long[] counts = new long[cells];
    for (int[] term : terms) {
      for (int index : term) {
        counts[index]++;
      }
    }
    return counts;
  }

  private static String names(List<Term> terms) {
    return String.join(" + ", terms.stream().map(Term::name).toList());
  }

  /**
   * The outcome of evaluating the equation on a report.
   *
   * @param residual left − right, {@code null} when not assessable
   */
  record Result(CompiledEquation equation, Finding finding, BigDecimal residual, CellSlots table, BlankCells blanks) {
    boolean assessable() {
      return residual != null;
    }

    boolean fails() {
      return finding.getStatus() == Status.FAIL;
    }

    /** The value read for a cell of the equation, {@code null} when it was not read as a number. */
    BigDecimal value(CellRef ref) {
      int index = equation.cells.indexOf(ref);
      return index < 0 ? null : table.value(equation.slots[index], blanks);
    }
  }

  /**
   * Evaluates the equation on the cells of its table by slot. Whole numbers (the usual case) are
   * added as {@code long}, each cell as often as it stands on a side; any other value falls back
   * to {@link BigDecimal}. The finding is made with a builder that holds the rule id and severity
   * and may have made the findings of other equations (each sets all it needs); its message text is
   * worked out when it is read (most instances pass and their text is never read).
   */
  Result evaluate(CellSlots table, BlankCells blanks, FindingBuilder finding) {
    int n = slots.length;
    boolean whole = true;
    boolean zeroRead = false;
    StringBuilder unreadable = null;
    long leftSum = 0;
    long rightSum = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal value = table.values[slots[i]];
      if (value == null) {
        Cell cell = table.cells[slots[i]];
        if (blanks.readsAsZero(cell)) {
          value = BigDecimal.ZERO;
          zeroRead = true;
        } else {
          if (unreadable == null) {
            unreadable = new StringBuilder(64);
          } else {
            unreadable.append(", ");
          }
          unreadable.append(cells.get(i)).append(" (").append(Operands.describe(cell)).append(')');
          continue;
        }
      }
      if (whole && value.scale() == 0 && value.precision() <= 16) {
        long x = value.longValue();
        leftSum += leftCounts[i] * x;
        rightSum += rightCounts[i] * x;
      } else {
        whole = false;
      }
    }
    BigDecimal first = table.value(slots[0], blanks);
    finding.cells(cells).blanksReadAsZero(zeroRead);
    if (first != null) {
      finding.actual(first);
    } else {
      finding.actual(Optional.empty());
    }
    if (unreadable != null) {
      finding.status(Status.NOT_ASSESSABLE).messageKey("equation.NOT_ASSESSABLE").expected(Optional.empty())
          .arguments(Arguments.of(UNASSESSABLE_KEYS, text, unreadable.toString()));
      return new Result(this, finding.build(), null, table, blanks);
    }
    BigDecimal residual;
    Map<String, String> arguments;
    if (whole) {
      long difference = leftSum - rightSum;
      residual = difference == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(difference);
      arguments = new WholeArguments(this, table, blanks, leftSum, rightSum);
    } else {
      BigDecimal[] values = new BigDecimal[n];
      for (int i = 0; i < n; i++) {
        values[i] = table.value(slots[i], blanks);
      }
      BigDecimal left = sum(leftTerms, values);
      BigDecimal right = sum(rightTerms, values);
      residual = left.subtract(right);
      arguments = new DecimalArguments(this, values, left, right);
    }
    boolean holds = relation.holds(residual.signum());
    // the value of the defined cell that makes the sides equal: the repair of an equation, the bound
    // of an inequality that does not hold (one that holds expects the cell as it is)
    BigDecimal expected = (whole && residual.signum() == 0) || (holds && relation != Relation.EQUAL) ? first
        : first.add(definedSign >= 0 ? residual.negate() : residual);
    finding.status(holds ? Status.PASS : Status.FAIL).messageKey(holds ? passKey : failKey).expected(expected)
        .arguments(arguments);
    return new Result(this, finding.build(), residual, table, blanks);
  }

  /**
   * The named values of an assessable instance: {@code equation}, {@code left}, {@code right},
   * {@code leftValues}, {@code rightValues} (and {@code relation} for {@code ≤}, {@code ≥}), each
   * worked out from the values read when it is read.
   */
  private abstract static class Sides extends Arguments {
    final CompiledEquation equation;

    Sides(CompiledEquation equation) {
      super(equation.relation == Relation.EQUAL ? ASSESSABLE_KEYS : INEQUALITY_KEYS);
      this.equation = equation;
    }

    abstract String leftValues();

    abstract String rightValues();

    @Override
    final String value(int index) {
      switch (index) {
        case 0:
          return equation.text;
        case 1:
          return equation.leftNames.concat(leftValues());
        case 2:
          return equation.rightNames.concat(rightValues());
        case 3:
          return leftValues();
        case 4:
          return rightValues();
        default:
          return equation.relation.symbol();
      }
    }
  }

  /** The sides of whole numbers, read again from the table's slots, which do not change. */
  private static final class WholeArguments extends Sides {
    private final CellSlots table;
    private final BlankCells blanks;
    private final long leftSum;
    private final long rightSum;

    WholeArguments(CompiledEquation equation, CellSlots table, BlankCells blanks, long leftSum, long rightSum) {
      super(equation);
      this.table = table;
      this.blanks = blanks;
      this.leftSum = leftSum;
      this.rightSum = rightSum;
    }

    private long[] longs() {
      long[] longs = new long[equation.slots.length];
      for (int i = 0; i < longs.length; i++) {
        longs[i] = table.value(equation.slots[i], blanks).longValue();
      }
      return longs;
    }

    @Override
    String leftValues() {
      return side(equation.leftTerms, longs(), leftSum);
    }

    @Override
    String rightValues() {
      return side(equation.rightTerms, longs(), rightSum);
    }
  }

  /** The sides of decimals; the array is the evaluation's, never changed. */
  private static final class DecimalArguments extends Sides {
    private final BigDecimal[] values;
    private final BigDecimal leftSum;
    private final BigDecimal rightSum;

    DecimalArguments(CompiledEquation equation, BigDecimal[] values, BigDecimal leftSum, BigDecimal rightSum) {
      super(equation);
      this.values = values;
      this.leftSum = leftSum;
      this.rightSum = rightSum;
    }

    @Override
    String leftValues() {
      return side(equation.leftTerms, values, leftSum);
    }

    @Override
    String rightValues() {
      return side(equation.rightTerms, values, rightSum);
    }
  }

  private static BigDecimal sum(int[][] terms, BigDecimal[] values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int[] term : terms) {
      sum = sum.add(termValue(term, values));
    }
    return sum;
  }

  private static BigDecimal termValue(int[] term, BigDecimal[] values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int index : term) {
      sum = sum.add(values[index]);
    }
    return sum;
  }

  /** {@code 35 + 0 = 35}; one term: {@code 34}. */
  private static String side(int[][] terms, long[] values, long total) {
    if (terms.length == 1) {
      return Long.toString(total);
    }
    StringBuilder out = new StringBuilder(8 * terms.length + 8);
    for (int t = 0; t < terms.length; t++) {
      if (t > 0) {
        out.append(" + ");
      }
      long term = 0;
      for (int index : terms[t]) {
        term += values[index];
      }
      out.append(term);
    }
    return out.append(" = ").append(total).toString();
  }

  private static String side(int[][] terms, BigDecimal[] values, BigDecimal total) {
    if (terms.length == 1) {
      return Operands.plain(total);
    }
    StringBuilder out = new StringBuilder(8 * terms.length + 8);
    for (int t = 0; t < terms.length; t++) {
      if (t > 0) {
        out.append(" + ");
      }
      out.append(Operands.plain(termValue(terms[t], values)));
    }
    return out.append(" = ").append(Operands.plain(total)).toString();
  }
}
