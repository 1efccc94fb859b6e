package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code table3.wrong-cell} (ERROR): finds single cells of table 3 whose repair makes every failing
 * equation through them hold, and replaces those failures by one root-cause finding. Not API.
 *
 * <p>A cell is a suspect when it lies in at least two assessable equations, all of them fail, and
 * each gives the same repair value, a whole number ≥ 0. Then no other equation changes: the
 * repair makes the table consistent as far as those equations go. A failing equation claimed by
 * two suspects is ambiguous; neither suspect is reported. The equations are those of the three
 * table 3 families of {@link Arithmetic}, evaluated once for this rule and theirs, whether their
 * rules are enabled or not; the root causes take the place of the first failure they explain, or
 * follow the table 3 findings.
 */
public final class Table3WrongCell extends StandardRuleBase {

  /** The rule. */
  public Table3WrongCell() {
    super("table3.wrong-cell", Severity.ERROR, List.of("table3.wrong-cell.FAIL", "table3.wrong-cell.FAIL.short"));
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    if (!context.hasTable(Table.APPLICATIONS)) {
      return;
    }
    List<CompiledEquation.Result> results = new ArrayList<>(64);
    Edition layout = context.report().getApplications().get().getEdition();
    for (Arithmetic family : Arithmetic.values()) {
      if (family.table() == Table.APPLICATIONS) {
        results.addAll(context.evaluate(CompiledEquation.family(family, layout)));
      }
    }
    List<Located> located = locate(results, context);
    if (!located.isEmpty()) {
      List<Finding> absorbed = absorb(findings, located);
      findings.clear();
      findings.addAll(absorbed);
    }
  }

  /** A root cause found, with the keys of the equations it explains. */
  private record Located(Finding finding, Set<String> explained) {}

  /** The root causes among the evaluations of every table 3 equation; none when none fails. */
  private List<Located> locate(List<CompiledEquation.Result> evaluations, RuleContext context) {
    boolean failed = false;
    for (CompiledEquation.Result evaluation : evaluations) {
      failed |= evaluation.fails();
    }
    if (!failed) {
      return List.of();
    }
    Map<CellRef, List<CompiledEquation.Result>> byCell = new LinkedHashMap<>();
    for (CompiledEquation.Result evaluation : evaluations) {
      if (!evaluation.assessable()) {
        continue;
      }
      for (CellRef ref : evaluation.equation().coefficients.keySet()) {
        byCell.computeIfAbsent(ref, r -> new ArrayList<>()).add(evaluation);
      }
    }
    Map<CellRef, BigDecimal> repairs = new LinkedHashMap<>();
    for (Map.Entry<CellRef, List<CompiledEquation.Result>> entry : byCell.entrySet()) {
      BigDecimal repair = repair(entry.getKey(), entry.getValue());
      if (repair != null) {
        repairs.put(entry.getKey(), repair);
      }
    }
    Map<String, Integer> claims = new HashMap<>();
    for (CellRef suspect : repairs.keySet()) {
      for (CompiledEquation.Result evaluation : byCell.get(suspect)) {
        claims.merge(evaluation.equation().key, 1, Integer::sum);
      }
    }
    List<Located> located = new ArrayList<>();
    for (Map.Entry<CellRef, BigDecimal> entry : repairs.entrySet()) {
      List<CompiledEquation.Result> explained = byCell.get(entry.getKey());
      boolean unique = true;
      for (CompiledEquation.Result evaluation : explained) {
        unique &= claims.get(evaluation.equation().key) == 1;
      }
      if (unique) {
        located.add(finding(entry.getKey(), entry.getValue(), explained, context));
      }
    }
    return located;
  }

  /** Replaces the explained failures in the findings by the root causes. */
  private static List<Finding> absorb(List<Finding> findings, List<Located> located) {
    Set<String> explained = new HashSet<>();
    for (Located l : located) {
      explained.addAll(l.explained());
    }
    List<Finding> out = new ArrayList<>();
    boolean inserted = false;
    int lastTable3 = -1;
    for (Finding finding : findings) {
      boolean absorbed = finding.getStatus() == Status.FAIL && !finding.getCells().isEmpty()
          && explained.contains(CompiledEquation.key(finding.getRuleId(), finding.getCells().get(0)));
      if (absorbed) {
        if (!inserted) {
          located.forEach(l -> out.add(l.finding()));
          inserted = true;
        }
        continue;
      }
      out.add(finding);
      if (finding.getRuleId().startsWith("table3.")) {
        lastTable3 = out.size();
      }
    }
    if (!inserted) {
      List<Finding> roots = new ArrayList<>();
      located.forEach(l -> roots.add(l.finding()));
      out.addAll(lastTable3 < 0 ? out.size() : lastTable3, roots);
    }
    return out;
  }

  private static BigDecimal repair(CellRef suspect, List<CompiledEquation.Result> through) {
    if (through.size() < 2) {
      return null;
    }
    BigDecimal repair = null;
    for (CompiledEquation.Result evaluation : through) {
      if (!evaluation.fails()) {
        return null;
      }
      int coefficient = evaluation.equation().coefficients.get(suspect);
      if (coefficient == 0) {
        return null;
      }
      BigDecimal printed = evaluation.value(suspect);
      BigDecimal residual = evaluation.residual();
      BigDecimal candidate = coefficient > 0 ? printed.subtract(residual) : printed.add(residual);
      if (repair == null) {
        repair = candidate;
      } else if (repair.compareTo(candidate) != 0) {
        return null;
      }
    }
    if (repair.signum() < 0 || repair.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return repair;
  }

  private Located finding(CellRef suspect, BigDecimal repair, List<CompiledEquation.Result> explained,
      RuleContext context) {
    Set<CellRef> cells = new LinkedHashSet<>();
    cells.add(suspect);
    Set<String> keys = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    List<Finding> explains = new ArrayList<>();
    boolean zeroRead = false;
    for (CompiledEquation.Result evaluation : explained) {
      cells.add(evaluation.equation().defined);
      keys.add(evaluation.equation().key);
      names.add(evaluation.equation().ruleId + " at " + evaluation.equation().defined);
      explains.add(evaluation.finding());
      zeroRead |= evaluation.finding().isBlanksReadAsZero();
    }
    BigDecimal printed = explained.get(0).value(suspect);
    Finding finding = finding(context)
        .status(Status.FAIL)
        .cells(cells)
        .actual(printed)
        .expected(repair)
        .messageKey("table3.wrong-cell.FAIL")
        .putArguments("cell", suspect.toString())
        .putArguments("printed", Operands.plain(printed))
        .putArguments("repair", Operands.plain(repair))
        .putArguments("equations", String.join("; ", names))
        .explains(explains)
        .blanksReadAsZero(zeroRead)
        .build();
    return new Located(finding, keys);
  }
}
