package io.github.govdisclosure.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic the format builds into tables 3 and 4: four families of equations, each instance
 * an {@link Equation}, listed per edition in reading order. This is the one place the sums are
 * defined; the parser (to split digit runs), the rules (to check them) and the test kit (to draw
 * consistent reports) read them from here. Table 2 has no sums, and there is no link between the
 * groups of table 4.
 */
public enum Arithmetic {
  /**
   * {@code table3.balance}, per column of table 3: {@code NEW_RECEIVED + CARRIED_OVER =
   * TOTAL_HANDLED + CARRIED_FORWARD} (the corner footnote 第一项加第二项之和，等于第三项加第四项之和).
   * Defines {@code CARRIED_FORWARD}.
   */
  TABLE3_BALANCE("table3.balance", Table.APPLICATIONS),
  /**
   * {@code table3.results-total}, per column of table 3: {@code TOTAL_HANDLED = DISCLOSED +
   * PARTIALLY_DISCLOSED + Σ WITHHELD_* + Σ UNAVAILABLE_* + Σ NOT_PROCESSED_* + Σ OTHER_*} (in a
   * table of the V2019 layout {@code + OTHER_HANDLING}). Defines {@code TOTAL_HANDLED}.
   */
  TABLE3_RESULTS_TOTAL("table3.results-total", Table.APPLICATIONS),
  /**
   * {@code table3.applicant-total}, per data row of table 3: {@code TOTAL = NATURAL_PERSON +
   * COMMERCIAL_ENTERPRISE + RESEARCH_INSTITUTION + SOCIAL_WELFARE_ORGANIZATION +
   * LEGAL_SERVICE_INSTITUTION + OTHER_ORGANIZATION}. Defines the row's {@code TOTAL}.
   */
  TABLE3_APPLICANT_TOTAL("table3.applicant-total", Table.APPLICATIONS),
  /**
   * {@code table4.total}, per group of table 4: {@code TOTAL = UPHELD + CORRECTED + OTHER + PENDING}.
   * Defines the group's {@code TOTAL}.
   */
  TABLE4_TOTAL("table4.total", Table.REVIEW_LITIGATION);

  private final String id;
  private final Table table;

  Arithmetic(String id, Table table) {
    this.id = id;
    this.table = table;
  }

  /** The id of the rule that checks this family, e.g. {@code table3.balance}; the name of its equations. */
  public String id() {
    return id;
  }

  /** The table whose cells the family relates. */
  public Table table() {
    return table;
  }

  /**
   * The instances of this family for a table of the edition's layout, in reading order (per column,
   * or per row); empty for {@link Edition#PRE_2019}. Built once, immutable and shared.
   */
  public List<Equation> equations(Edition edition) {
    return BY_EDITION.get(edition).get(this);
  }

  /** Every equation of a table of the edition's layout, family by family. */
  public static List<Equation> of(Table table, Edition edition) {
    List<Equation> all = new ArrayList<>();
    for (Arithmetic family : values()) {
      if (family.table == table) {
        all.addAll(family.equations(edition));
      }
    }
    return List.copyOf(all);
  }

  private static final Map<Edition, Map<Arithmetic, List<Equation>>> BY_EDITION = byEdition();

  private static Map<Edition, Map<Arithmetic, List<Equation>>> byEdition() {
    Map<Edition, Map<Arithmetic, List<Equation>>> all = new EnumMap<>(Edition.class);
    for (Edition edition : Edition.values()) {
      Map<Arithmetic, List<Equation>> families = new EnumMap<>(Arithmetic.class);
      for (Arithmetic family : values()) {
        families.put(family, edition.hasTables() ? family.build(edition) : List.of());
      }
      all.put(edition, Collections.unmodifiableMap(families));
    }
    return Collections.unmodifiableMap(all);
  }

  private List<Equation> build(Edition edition) {
    List<Equation> equations = new ArrayList<>();
    switch (this) {
      case TABLE3_BALANCE:
        for (Applicant column : Applicant.values()) {
          equations.add(new Equation(id, CellRef.of(ApplicationRow.CARRIED_TO_NEXT_YEAR, column),
              List.of(row(ApplicationRow.NEW_RECEIVED, column), row(ApplicationRow.CARRIED_FROM_LAST_YEAR, column)),
              Relation.EQUAL,
              List.of(row(ApplicationRow.TOTAL_HANDLED, column), row(ApplicationRow.CARRIED_TO_NEXT_YEAR, column))));
        }
        break;
      case TABLE3_RESULTS_TOTAL:
        for (Applicant column : Applicant.values()) {
          List<Term> results = new ArrayList<>();
          results.add(row(ApplicationRow.DISCLOSED, column));
          results.add(row(ApplicationRow.PARTIALLY_DISCLOSED, column));
          for (ApplicationGroup group : ApplicationGroup.values()) {
            List<ApplicationRow> rows = group.rows(edition);
            if (rows.size() == 1) {
              results.add(row(rows.get(0), column));
            } else {
              List<CellRef> cells = new ArrayList<>();
              for (ApplicationRow r : rows) {
                cells.add(CellRef.of(r, column));
              }
              results.add(new Term("Σ " + group.name() + "_*", cells));
            }
          }
          CellRef total = CellRef.of(ApplicationRow.TOTAL_HANDLED, column);
          equations.add(new Equation(id, total, List.of(row(ApplicationRow.TOTAL_HANDLED, column)),
              Relation.EQUAL, results));
        }
        break;
      case TABLE3_APPLICANT_TOTAL:
        for (ApplicationRow r : ApplicationRow.rows(edition)) {
          List<Term> parts = new ArrayList<>();
          for (Applicant column : Applicant.parts()) {
            parts.add(Term.of(column.name(), CellRef.of(r, column)));
          }
          CellRef total = CellRef.of(r, Applicant.TOTAL);
          equations.add(new Equation(id, total, List.of(Term.of("TOTAL", total)), Relation.EQUAL, parts));
        }
        break;
      default:
        for (ReviewGroup group : ReviewGroup.values()) {
          List<Term> parts = new ArrayList<>();
          for (Outcome outcome : Outcome.parts()) {
            parts.add(Term.of(outcome.name(), CellRef.of(group, outcome)));
          }
          CellRef total = CellRef.of(group, Outcome.TOTAL);
          equations.add(new Equation(id, total, List.of(Term.of("TOTAL", total)), Relation.EQUAL, parts));
        }
    }
    return List.copyOf(equations);
  }

  private static Term row(ApplicationRow row, Applicant column) {
    return Term.of(row.key(), CellRef.of(row, column));
  }
}
