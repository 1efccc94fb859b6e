package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Reading;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One instance of a table equation, {@code left terms = right terms}, with the cell it defines.
 * Not API.
 */
final class Equation {
  final StandardRule rule;
  final CellRef defined;
  final List<Term> left;
  final List<Term> right;

  Equation(StandardRule rule, CellRef defined, List<Term> left, List<Term> right) {
    this.rule = rule;
    this.defined = defined;
    this.left = List.copyOf(left);
    this.right = List.copyOf(right);
  }

  /** Every cell, each with +1 on the left and −1 on the right. */
  Map<CellRef, Integer> coefficients() {
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
    return coefficients;
  }

  /** The cells, the defined one first. */
  List<CellRef> cells() {
    Set<CellRef> cells = new LinkedHashSet<>();
    cells.add(defined);
    cells.addAll(coefficients().keySet());
    return List.copyOf(cells);
  }

  /** A key that identifies the instance: the rule and the cell it defines. */
  String key() {
    return rule.id() + "@" + defined;
  }

  String text() {
    return names(left) + " = " + names(right);
  }

  /** The outcome of evaluating the equation on a report. */
  static final class Evaluation {
    final Equation equation;
    final Finding finding;
    /** left − right, empty when not assessable. */
    final Optional<BigDecimal> residual;
    final Map<CellRef, BigDecimal> values;

    Evaluation(Equation equation, Finding finding, Optional<BigDecimal> residual, Map<CellRef, BigDecimal> values) {
      this.equation = equation;
      this.finding = finding;
      this.residual = residual;
      this.values = values;
    }

    boolean fails() {
      return residual.isPresent() && residual.get().signum() != 0;
    }
  }

  Evaluation evaluate(Report report, Reading reading) {
    Operands operands = new Operands(report, reading);
    Map<CellRef, BigDecimal> values = new LinkedHashMap<>();
    for (CellRef ref : cells()) {
      operands.value(ref).ifPresent(v -> values.put(ref, v));
    }
    Finding.Builder finding = new Finding.Builder()
        .ruleId(rule.id())
        .severity(rule.severity())
        .cells(cells())
        .putArguments("equation", text())
        .blanksReadAsZero(operands.zeroRead());
    Optional<BigDecimal> definedValue = Optional.ofNullable(values.get(defined));
    definedValue.ifPresent(finding::actual);
    if (!operands.assessable()) {
      return new Evaluation(this, finding.status(Status.NOT_ASSESSABLE)
          .messageKey("equation.NOT_ASSESSABLE")
          .putArguments("cells", operands.unreadableText())
          .build(), Optional.empty(), values);
    }
    BigDecimal leftSum = sum(left, values);
    BigDecimal rightSum = sum(right, values);
    BigDecimal residual = leftSum.subtract(rightSum);
    int sign = coefficients().getOrDefault(defined, 0);
    BigDecimal expected = values.get(defined).add(sign >= 0 ? residual.negate() : residual);
    Status status = residual.signum() == 0 ? Status.PASS : Status.FAIL;
    finding.status(status)
        .expected(expected)
        .messageKey("equation." + status.name())
        .putArguments("left", side(left, values, true))
        .putArguments("right", side(right, values, true))
        .putArguments("leftValues", side(left, values, false))
        .putArguments("rightValues", side(right, values, false));
    return new Evaluation(this, finding.build(), Optional.of(residual), values);
  }

  private static BigDecimal sum(List<Term> terms, Map<CellRef, BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Term term : terms) {
      sum = sum.add(termValue(term, values));
    }
    return sum;
  }

  private static BigDecimal termValue(Term term, Map<CellRef, BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CellRef ref : term.cells) {
      sum = sum.add(values.get(ref));
    }
    return sum;
  }

  /** {@code A + B = 35 + 0 = 35} with names, {@code 35 + 0 = 35} without; one term: {@code A = 34}, {@code 34}. */
  private static String side(List<Term> terms, Map<CellRef, BigDecimal> values, boolean withNames) {
    List<String> numbers = new ArrayList<>();
    for (Term term : terms) {
      numbers.add(Operands.plain(termValue(term, values)));
    }
    String total = Operands.plain(sum(terms, values));
    if (terms.size() == 1) {
      return withNames ? terms.get(0).name + " = " + total : total;
    }
    String derivation = String.join(" + ", numbers) + " = " + total;
    return withNames ? names(terms) + " = " + derivation : derivation;
  }

  private static String names(List<Term> terms) {
    List<String> names = new ArrayList<>();
    for (Term term : terms) {
      names.add(term.name);
    }
    return String.join(" + ", names);
  }
}
