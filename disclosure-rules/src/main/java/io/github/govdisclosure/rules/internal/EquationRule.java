package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Equation;
import io.github.govdisclosure.model.Relation;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A rule that checks equations of the model ({@link Equation}, with {@code =}, {@code ≤} or
 * {@code ≥}) over the cells of table 3 or 4: one finding per equation instance, when the table is
 * present. Each equation's {@link Equation#name() name} is the rule id. The messages are the
 * shared {@code equation.*} ({@code =}) and {@code inequality.*} ({@code ≤}, {@code ≥}) ones. Not
 * API.
 */
public abstract class EquationRule extends StandardRuleBase {
  private final Table table;
  /** Each edition's equations, compiled at the first check of a table in its layout. */
  private final Function<Edition, List<CompiledEquation>> equations;

  /**
   * A rule over the equations of a family of the model's {@link Arithmetic}; its id is the
   * family's.
   *
   * @param family the family
   * @param severity the default severity
   */
  protected EquationRule(Arithmetic family, Severity severity) {
    this(family.id(), severity, family.table(), byEdition(family::equations),
        edition -> CompiledEquation.family(family, edition));
  }

  /**
   * A rule over equations of its own, per edition (each named by the rule id).
   *
   * @param id the rule id
   * @param severity the default severity
   * @param table the table 3 or 4 whose cells the equations relate
   * @param byEdition the equations of a table of each edition's layout
   */
  protected EquationRule(String id, Severity severity, Table table, Function<Edition, List<Equation>> byEdition) {
    this(id, severity, table, byEdition(edition -> own(id, table, edition, byEdition)));
  }

  private EquationRule(String id, Severity severity, Table table, Map<Edition, List<Equation>> equations) {
    this(id, severity, table, equations, compiledAtFirstUse(equations));
  }

  private EquationRule(String id, Severity severity, Table table, Map<Edition, List<Equation>> equations,
      Function<Edition, List<CompiledEquation>> compiled) {
    super(id, severity, messageKeys(equations));
    this.table = table;
    this.equations = compiled;
  }

  /** A rule's own equations, each edition's compiled at its first use (a family's are, by the family). */
  private static Function<Edition, List<CompiledEquation>> compiledAtFirstUse(Map<Edition, List<Equation>> equations) {
    FirstUse<List<CompiledEquation>> compiled = new FirstUse<>(Edition.values().length,
        index -> CompiledEquation.compile(equations.get(Edition.values()[index])));
    return edition -> compiled.get(edition.ordinal());
  }

  private static Map<Edition, List<Equation>> byEdition(Function<Edition, List<Equation>> equations) {
    Map<Edition, List<Equation>> byEdition = new EnumMap<>(Edition.class);
    for (Edition edition : Edition.values()) {
      byEdition.put(edition, equations.apply(edition));
    }
    return byEdition;
  }

  /** A rule's own equations of an edition, each of its table and named by its id. */
  private static List<Equation> own(String id, Table table, Edition edition, Function<Edition, List<Equation>> byEdition) {
    if (!CellSlots.hasSlots(table)) {
      throw new IllegalArgumentException("equations relate cells of table 3 or 4, not " + table);
    }
    List<Equation> own = edition.hasTables() ? byEdition.apply(edition) : List.of();
    for (Equation equation : own) {
      if (!equation.name().equals(id) || equation.table() != table) {
        throw new IllegalArgumentException(equation.name() + " on " + equation.table() + " is not an equation of "
            + id + " on " + table);
      }
    }
    return own;
  }

  private static List<String> messageKeys(Map<Edition, List<Equation>> equations) {
    Set<String> keys = new LinkedHashSet<>();
    for (List<Equation> list : equations.values()) {
      for (Equation equation : list) {
        keys.addAll(CompiledEquation.messageKeys(equation.relation()));
      }
    }
    if (keys.isEmpty()) {
      keys.addAll(CompiledEquation.messageKeys(Relation.EQUAL));
    }
    return List.copyOf(keys);
  }

  @Override
  protected final void check(RuleContext context, List<Finding> findings) {
    if (!context.hasTable(table)) {
      return;
    }
    // each table follows its own layout: a V2021 report may hold a V2019 table 3 (the hybrid)
    Edition layout = context.report().table(table).get().getEdition();
    for (CompiledEquation.Result result : context.evaluate(equations(layout))) {
      findings.add(result.finding());
    }
  }

  /** The equations of an edition, compiled. */
  final List<CompiledEquation> equations(Edition edition) {
    return equations.apply(edition);
  }
}
