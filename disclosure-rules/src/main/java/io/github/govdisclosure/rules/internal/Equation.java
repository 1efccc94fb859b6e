package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Reading;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One instance of a table equation, {@code left terms = right terms}, with the cell it defines.
 * Built once per edition ({@link TableEquations}) with everything that does not depend on the
 * report worked out: the cells, their coefficients and slots, the names. Immutable. Not API.
 */
final class Equation {
  private static final String[] ASSESSABLE_KEYS = {"equation", "left", "right", "leftValues", "rightValues"};
  private static final String[] UNASSESSABLE_KEYS = {"equation", "cells"};

  final StandardRule rule;
  final CellRef defined;
  final List<Term> left;
  final List<Term> right;
  /** The cells, the defined one first, then the terms' cells in order. */
  final List<CellRef> cells;
  /** Every cell of the terms with its coefficient, +1 on the left and −1 on the right, in term order. */
  final Map<CellRef, Integer> coefficients;
  /** A key that identifies the instance: the rule and the cell it defines. */
  final String key;
  /** {@code NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD}. */
  final String text;
  private final int[] slots;
  private final int[][] leftTerms;
  private final int[][] rightTerms;
  /** How often each cell, by index in {@link #cells}, stands on the left and on the right. */
  private final long[] leftCounts;
  private final long[] rightCounts;
  private final String leftNames;
  private final String rightNames;
  private final int definedSign;

  Equation(StandardRule rule, CellRef defined, List<Term> left, List<Term> right) {
    this.rule = rule;
    this.defined = defined;
    this.left = List.copyOf(left);
    this.right = List.copyOf(right);
    Map<CellRef, Integer> coefficients = new LinkedHashMap<>();
    for (Term term : left) {
      for (CellRef ref : term.cells) {
        coefficients.merge(ref, 1, Integer::sum);
      }
    }
    for (Term term : right) {
      for (CellRef ref : term.cells) {
        coefficients.merge(ref, -1, Integer::sum);
      }
    }
    this.coefficients = Collections.unmodifiableMap(coefficients);
    Set<CellRef> cells = new LinkedHashSet<>();
    cells.add(defined);
    cells.addAll(coefficients.keySet());
    this.cells = List.copyOf(cells);
    this.slots = new int[this.cells.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = Layout.slot(this.cells.get(i));
    }
    this.leftTerms = indices(this.left);
    this.rightTerms = indices(this.right);
    this.leftCounts = counts(leftTerms, slots.length);
    this.rightCounts = counts(rightTerms, slots.length);
    this.key = rule.id() + "@" + defined;
    this.leftNames = names(this.left) + " = ";
    this.rightNames = names(this.right) + " = ";
    this.text = names(this.left) + " = " + names(this.right);
    this.definedSign = coefficients.getOrDefault(defined, 0);
  }

  private int[][] indices(List<Term> terms) {
    int[][] indices = new int[terms.size()][];
    for (int t = 0; t < indices.length; t++) {
      List<CellRef> refs = terms.get(t).cells;
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
    StringBuilder names = new StringBuilder();
    for (Term term : terms) {
      if (names.length() > 0) {
        names.append(" + ");
      }
      names.append(term.name);
    }
    return names.toString();
  }

  /** The outcome of evaluating the equation on a report. */
  static final class Evaluation {
    final Equation equation;
    final Finding finding;
    /** left − right, {@code null} when not assessable. */
    final BigDecimal residual;
    private final Layout.Slots table;
    private final Reading reading;

    Evaluation(Equation equation, Finding finding, BigDecimal residual, Layout.Slots table, Reading reading) {
      this.equation = equation;
      this.finding = finding;
      this.residual = residual;
      this.table = table;
      this.reading = reading;
    }

    boolean assessable() {
      return residual != null;
    }

    boolean fails() {
      return residual != null && residual.signum() != 0;
    }

    /** The value read for a cell of the equation, {@code null} when it was not read as a number. */
    BigDecimal value(CellRef ref) {
      int index = equation.cells.indexOf(ref);
      return index < 0 ? null : table.value(equation.slots[index], reading);
    }
  }

  /**
   * Evaluates the equation on the cells of its table by slot ({@link Layout#read}). Whole numbers
   * (the usual case) are added as {@code long}, each cell as often as it stands on a side; any
   * other value falls back to {@link BigDecimal}.
   */
  Evaluation evaluate(Layout.Slots table, Reading reading, Maker maker) {
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
        if (reading.readsAsZero(cell)) {
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
    BigDecimal first = table.value(slots[0], reading);
    if (unreadable != null) {
      Map<String, String> arguments = Arguments.of(UNASSESSABLE_KEYS, text, unreadable.toString());
      return new Evaluation(this, maker.make(rule.id(), rule.severity(), Status.NOT_ASSESSABLE, cells, null, null,
          first, "equation.NOT_ASSESSABLE", arguments, zeroRead, null), null, table, reading);
    }
    BigDecimal residual;
    BigDecimal expected;
    Map<String, String> arguments;
    if (whole) {
      long difference = leftSum - rightSum;
      long defined = first.longValue();
      residual = difference == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(difference);
      expected = difference == 0 ? first
          : BigDecimal.valueOf(definedSign >= 0 ? defined - difference : defined + difference);
      arguments = new WholeArguments(this, table, reading, leftSum, rightSum);
    } else {
      BigDecimal[] values = new BigDecimal[n];
      for (int i = 0; i < n; i++) {
        values[i] = table.value(slots[i], reading);
      }
      BigDecimal left = sum(leftTerms, values);
      BigDecimal right = sum(rightTerms, values);
      residual = left.subtract(right);
      expected = first.add(definedSign >= 0 ? residual.negate() : residual);
      arguments = new DecimalArguments(this, values, left, right);
    }
    Status status = residual.signum() == 0 ? Status.PASS : Status.FAIL;
    Finding finding = maker.make(rule.id(), rule.severity(), status, cells, null, expected, first,
        status == Status.PASS ? "equation.PASS" : "equation.FAIL", arguments, zeroRead, null);
    return new Evaluation(this, finding, residual, table, reading);
  }

  /**
   * The named values of an assessable instance: {@code equation}, {@code left}, {@code right},
   * {@code leftValues}, {@code rightValues}, each worked out from the values read when it is read
   * (most instances pass and their text is never read).
   */
  private abstract static class Sides extends Arguments {
    final Equation equation;

    Sides(Equation equation) {
      super(ASSESSABLE_KEYS);
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
        default:
          return rightValues();
      }
    }
  }

  /** The sides of whole numbers, read again from the table's slots, which do not change. */
  private static final class WholeArguments extends Sides {
    private final Layout.Slots table;
    private final Reading reading;
    private final long leftSum;
    private final long rightSum;

    WholeArguments(Equation equation, Layout.Slots table, Reading reading, long leftSum, long rightSum) {
      super(equation);
      this.table = table;
      this.reading = reading;
      this.leftSum = leftSum;
      this.rightSum = rightSum;
    }

    private long[] longs() {
      long[] longs = new long[equation.slots.length];
      for (int i = 0; i < longs.length; i++) {
        longs[i] = table.value(equation.slots[i], reading).longValue();
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

    DecimalArguments(Equation equation, BigDecimal[] values, BigDecimal leftSum, BigDecimal rightSum) {
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
