package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.internal.CellCount;
import io.github.govdisclosure.rules.internal.CrossYearCarryOver;
import io.github.govdisclosure.rules.internal.CrossYearInForce;
import io.github.govdisclosure.rules.internal.EditionOutOfScope;
import io.github.govdisclosure.rules.internal.EditionYearMismatch;
import io.github.govdisclosure.rules.internal.HeadingNumbering;
import io.github.govdisclosure.rules.internal.LayoutMixed;
import io.github.govdisclosure.rules.internal.NarrativeBreakdown;
import io.github.govdisclosure.rules.internal.NarrativeCount;
import io.github.govdisclosure.rules.internal.NarrativeFee;
import io.github.govdisclosure.rules.internal.NarrativePercentage;
import io.github.govdisclosure.rules.internal.RowMissing;
import io.github.govdisclosure.rules.internal.RowUnknown;
import io.github.govdisclosure.rules.internal.SectionMissing;
import io.github.govdisclosure.rules.internal.TableMissing;
import io.github.govdisclosure.rules.internal.Table3ApplicantTotal;
import io.github.govdisclosure.rules.internal.Table3Balance;
import io.github.govdisclosure.rules.internal.Table3ResultsTotal;
import io.github.govdisclosure.rules.internal.Table3WrongCell;
import io.github.govdisclosure.rules.internal.Table4Total;
import io.github.govdisclosure.rules.internal.ValidationConstraint;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of the catalogue (docs/rules.md; a page per id in docs/rules/), one constant per
 * stable id, each naming the class that implements it, in the order their findings are listed.
 *
 * <p>An id never changes meaning once released. Severities: {@code ERROR} contradicts the
 * format's own definitions, {@code WARNING} is expected in practice but has legitimate exceptions,
 * {@code INFO} is plausibility. {@link Rules.Builder#severity(String, Severity)} overrides a
 * severity and {@link Rules.Builder#disable(String)} turns a rule off, for every API.
 */
public enum StandardRule {
  /**
   * {@code edition.out-of-scope} (ERROR, always not assessable): a {@code PRE_2019} report predates
   * the national table layout. The first finding on such a report and the only one of the standard
   * rules (no table, row or section is reported missing); the verdict is {@code NOT_ASSESSABLE}.
   */
  EDITION_OUT_OF_SCOPE(new EditionOutOfScope()),
  /**
   * {@code cell.count} (ERROR), per number cell: a count is a whole number ≥ 0 (V2019
   * {@code NET_CHANGE} may be negative); an amount is a decimal ≥ 0. Evaluated by the Bean
   * Validation adapter from the model's {@code @CellValues} constraint; blank and text cells are
   * not evaluated.
   */
  CELL_COUNT(new CellCount()),
  /**
   * {@code validation.constraint} (WARNING): any other Bean Validation constraint of the model that
   * fails, e.g. a report year outside 2008–2100 ({@code Report.getYear()} {@code @Min @Max}). The
   * property path is the finding's location.
   */
  VALIDATION_CONSTRAINT(new ValidationConstraint()),
  /**
   * {@code table3.balance} (ERROR), per column of table 3:
   * {@code NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD}. Basis: the corner
   * footnote of table 3 (第一项加第二项之和，等于第三项加第四项之和). First cell:
   * {@code CARRIED_FORWARD}; expected = {@code NEW_RECEIVED + CARRIED_OVER − TOTAL_HANDLED}.
   */
  TABLE3_BALANCE(new Table3Balance()),
  /**
   * {@code table3.results-total} (ERROR), per column of table 3:
   * {@code TOTAL_HANDLED = DISCLOSED + PARTIALLY_DISCLOSED + Σ WITHHELD_* + Σ UNAVAILABLE_* +
   * Σ NOT_PROCESSED_* + Σ OTHER_*} (V2019: {@code OTHER_HANDLING}). Basis: （七）总计 is the total
   * of the results, each application counted in one result row. First cell: {@code TOTAL_HANDLED}.
   */
  TABLE3_RESULTS_TOTAL(new Table3ResultsTotal()),
  /**
   * {@code table3.applicant-total} (ERROR), per data row of table 3:
   * {@code TOTAL = NATURAL_PERSON + COMMERCIAL_ENTERPRISE + RESEARCH_INSTITUTION +
   * SOCIAL_WELFARE_ORGANIZATION + LEGAL_SERVICE_INSTITUTION + OTHER_ORGANIZATION}. Basis: the 总计
   * column. First cell: the row's {@code TOTAL}.
   */
  TABLE3_APPLICANT_TOTAL(new Table3ApplicantTotal()),
  /**
   * {@code table3.wrong-cell} (ERROR): one cell of table 3 whose repair makes every failing
   * equation through it hold (one mistyped interior cell breaks one row and one column by the same
   * difference; a total cell likewise). Reported once, as the root cause: first cell the suspect,
   * actual its printed value, expected the repair value; the equations it explains are nested in
   * {@link Finding#getExplains()} and not reported as separate failures.
   */
  TABLE3_WRONG_CELL(new Table3WrongCell()),
  /**
   * {@code table4.total} (ERROR), per group of table 4:
   * {@code TOTAL = UPHELD + CORRECTED + OTHER + PENDING}. Basis: the 总计 column of each group.
   * There is no link between {@code REVIEW} and {@code LITIGATION_AFTER_REVIEW}.
   */
  TABLE4_TOTAL(new Table4Total()),
  /**
   * {@code structure.section-missing} (WARNING): one of the six sections is absent. A section
   * carries no arithmetic: its absence never blocks the verdict. Cites the reader's
   * {@code TEXT-SECTION-MISSING} ({@link Finding#getDiagnostic()}).
   */
  STRUCTURE_SECTION_MISSING(new SectionMissing()),
  /**
   * {@code structure.heading-numbering} (WARNING): the section headings the reader found
   * ({@code Report.getHeadings()}) are misnumbered or renumbered ({@code 一、三、四…}, an extra
   * section inserted). Sections are found by their words, so this never changes what is read.
   */
  STRUCTURE_HEADING_NUMBERING(new HeadingNumbering()),
  /**
   * {@code structure.table-missing} (ERROR for tables 3 and 4, WARNING for table 2): a table is
   * absent. Cites the reader's {@code TEXT-TABLE-MISSING}, which has the same severity.
   */
  STRUCTURE_TABLE_MISSING(new TableMissing()),
  /**
   * {@code structure.row-missing} (ERROR in tables 3 and 4, WARNING in table 2), per row of a
   * present table (per group of table 4): a cell of the table's layout was not found. The finding
   * lists the missing cells and cites the reader's {@code TEXT-ROW-MISSING}.
   */
  STRUCTURE_ROW_MISSING(new RowMissing()),
  /**
   * {@code structure.row-unknown} (WARNING), per extra row: a row that is not in the edition's
   * layout ({@code StandardTable.getExtraRows()}), kept rather than dropped.
   */
  STRUCTURE_ROW_UNKNOWN(new RowUnknown()),
  /**
   * {@code structure.layout-mixed} (WARNING): the tables mix the editions, a V2021 report whose
   * table 3 follows the V2019 layout (the single （六）其他处理 row). Read without loss;
   * {@code table3.*} use the table's own layout.
   */
  STRUCTURE_LAYOUT_MIXED(new LayoutMixed()),
  /**
   * {@code edition.year-mismatch} (WARNING): the edition does not match the report year
   * ({@code Edition.forYear(year)}): V2019 tables in a 2021+ report, or the reverse.
   */
  EDITION_YEAR_MISMATCH(new EditionYearMismatch()),
  /**
   * {@code narrative.count} (WARNING), per stated count: the count differs from every reading of
   * the cell or derived group total it restates. Readings tried: {@code RECEIVED} =
   * {@code NEW_RECEIVED} or {@code NEW_RECEIVED + CARRIED_OVER}; a group ({@code 不予公开},
   * {@code 无法提供}, {@code 不予处理}, {@code 其他处理}) = its group total or any one of its rows;
   * {@code LITIGATION} = both litigation totals or either one. All in the {@code TOTAL} column.
   */
  NARRATIVE_COUNT(new NarrativeCount()),
  /**
   * {@code narrative.percentage} (WARNING), per stated share: {@code 100 · N / D} at the decimals
   * written, rounded {@code HALF_UP} or truncated {@code DOWN}, for {@code D} =
   * {@code TOTAL_HANDLED}, {@code NEW_RECEIVED}, {@code NEW_RECEIVED + CARRIED_OVER} (in that
   * order); the finding names the denominator and rounding that matched
   * ({@link Finding#getDenominator()}, {@link Finding#getRounding()}). A share at few decimals can match a wrong
   * denominator by chance (7/34 truncated to 0 decimals is 20, as is 7/35), so the combination
   * that explains most of the report's stated shares is tried first, then the order above. The
   * numerator is the reading that matched the stated count ({@code narrative.count}), else the
   * usual one. A zero denominator is not assessable; a share that no readable denominator explains
   * while another denominator cannot be read (a blank cell) is not assessable, never a failure.
   */
  NARRATIVE_PERCENTAGE(new NarrativePercentage()),
  /**
   * {@code narrative.breakdown} (WARNING), per stated breakdown ({@code 共N条，其中a条、b条…}): the
   * parts add up to more than the total, or, for a complete split, not to the total.
   */
  NARRATIVE_BREAKDOWN(new NarrativeBreakdown()),
  /**
   * {@code narrative.fee} (INFO): the text says no fee was charged while table 3 (V2021) counts
   * {@code OTHER_FEE_UNPAID} &gt; 0, i.e. fee notices were issued.
   */
  NARRATIVE_FEE(new NarrativeFee()),
  /**
   * {@code cross-year.carry-over} (WARNING), per column, consecutive years of one agency:
   * {@code CARRIED_OVER(Y)[c] = CARRIED_FORWARD(Y−1)[c]}; holds across the 2020→2021 edition change.
   */
  CROSS_YEAR_CARRY_OVER(new CrossYearCarryOver()),
  /**
   * {@code cross-year.in-force} (WARNING), V2021 reports of consecutive years, per row of ITEM_1:
   * {@code IN_FORCE(Y) = IN_FORCE(Y−1) + ISSUED(Y) − REPEALED(Y)}.
   */
  CROSS_YEAR_IN_FORCE(new CrossYearInForce());

  private final Rule rule;

  StandardRule(Rule rule) {
    this.rule = rule;
  }

  /** The stable id, e.g. {@code table3.balance}. */
  public String id() {
    return rule.id();
  }

  /** The default severity. */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * The rule itself: {@link Rule#check(io.github.govdisclosure.model.Report, BlankCells)} gives its
   * findings under its default severity, outside a rule set. Stateless and thread-safe.
   */
  public Rule rule() {
    return rule;
  }

  /** The standard rule with this id, if any. */
  public static Optional<StandardRule> byId(String id) {
    Objects.requireNonNull(id, "id");
    for (StandardRule rule : values()) {
      if (rule.id().equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** The id. */
  @Override
  public String toString() {
    return id();
  }
}
