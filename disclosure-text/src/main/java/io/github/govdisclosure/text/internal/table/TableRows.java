package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Equation;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Relation;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.model.Term;
import io.github.govdisclosure.text.internal.NormalForm;
import io.github.govdisclosure.text.internal.table.DigitSplitter.Sum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * What the reader knows of the rows of one table in one edition, all of it read from the model:
 * each row's cells in reading order, the labels that name it (the enums' numerals and keywords),
 * the sums the digit splitter may use (the equations of {@link Arithmetic} whose cells lie in one
 * row) and the equations across rows that choose among splits. Immutable, built once per table and
 * edition, shared by every parse.
 */
final class TableRows {

  /**
   * An equation across rows, over (row, cell) positions of the layout: {@code Σ plus − Σ minus}
   * stands in {@code relation} to 0.
   */
  record Across(int[] plusRow, int[] plusCell, int[] minusRow, int[] minusCell, Relation relation) {}

  /** The table's name in messages, {@code table 3}. */
  final String name;
  /** The rows of the layout, top to bottom. */
  final List<RowSpec> rows;
  /** The rows' labels. */
  final LabelIndex labels;
  /** The equations across rows (table 3: balance and results total of each column). */
  final List<Across> across;
  /**
   * Every label and header of the table, normalised, when numbered rows outside the layout are kept
   * as extra rows (table 3); null otherwise.
   */
  final Set<String> knownLabels;
  /** The most cells an extra row takes. */
  final int extraCells;

  private TableRows(String name, Table table, Edition edition, List<RowSpec> rows, Set<String> knownLabels,
      int extraCells) {
    this.name = name;
    this.rows = List.copyOf(rows);
    List<List<LabelIndex.Label>> labels = new ArrayList<>();
    for (RowSpec row : rows) {
      labels.add(row.labels());
    }
    this.labels = new LabelIndex(labels);
    this.across = across(this.rows, Arithmetic.of(table, edition));
    this.knownLabels = knownLabels;
    this.extraCells = extraCells;
  }

  /** Every label and header of table 3 in either edition, normalised: no extra row is one of them. */
  private static final Set<String> KNOWN_LABELS = knownLabels();
  // built after KNOWN_LABELS, which table 3 reads
  /** Tables 2 and 3 by edition, each built at its first use (a run over one edition never builds the other's). */
  private static final AtomicReferenceArray<TableRows> APPLICATIONS = new AtomicReferenceArray<>(Edition.values().length);
  private static final AtomicReferenceArray<TableRows> ACTIVE = new AtomicReferenceArray<>(Edition.values().length);
  private static final TableRows REVIEW = buildReview();

  /** The rows of table 3 in the edition (one with tables). */
  static TableRows applications(Edition edition) {
    return once(APPLICATIONS, edition, TableRows::buildApplications);
  }

  /** The rows of table 2 in the edition (one with tables). */
  static TableRows active(Edition edition) {
    return once(ACTIVE, edition, TableRows::buildActive);
  }

  /** The one row of table 4, all 15 cells, group by group (both editions). */
  static TableRows review() {
    return REVIEW;
  }

  /**
   * The edition's rows from {@code built}, built at the first call (two threads may both build
   * them: they are immutable and equal, and one is kept); null for an edition without tables.
   */
  private static TableRows once(AtomicReferenceArray<TableRows> built, Edition edition,
      Function<Edition, TableRows> build) {
    if (!edition.hasTables()) {
      return null;
    }
    TableRows rows = built.get(edition.ordinal());
    if (rows == null) {
      built.compareAndSet(edition.ordinal(), null, build.apply(edition));
      rows = built.get(edition.ordinal());
    }
    return rows;
  }

  // ---------------------------------------------------------------- table 3

  private static TableRows buildApplications(Edition edition) {
    List<Equation> equations = Arithmetic.of(Table.APPLICATIONS, edition);
    List<List<CellRef>> equationCells = cellsOf(equations);
    List<RowSpec> rows = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.rows(edition)) {
      List<CellRef> cells = new ArrayList<>();
      for (Applicant column : Applicant.values()) {
        cells.add(CellRef.of(row, column));
      }
      rows.add(new RowSpec(row, List.copyOf(cells), sums(cells, equations, equationCells), labels(row)));
    }
    return new TableRows("table 3", Table.APPLICATIONS, edition, rows, KNOWN_LABELS, Applicant.values().length);
  }

  private static Set<String> knownLabels() {
    Set<String> known = new HashSet<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      known.add(NormalForm.normalize(row.label()));
    }
    for (ApplicationGroup group : ApplicationGroup.values()) {
      known.add(NormalForm.normalize(group.label()));
    }
    for (Applicant applicant : Applicant.values()) {
      known.add(NormalForm.normalize(applicant.label()));
    }
    for (String header : List.of(ApplicationRow.RESULTS_HEADER, Applicant.HEADER, Applicant.ORGANIZATIONS_HEADER,
        ApplicationTable.FOOTNOTE)) {
      known.add(NormalForm.normalize(header));
    }
    return Set.copyOf(known);
  }

  /**
   * The labels of a row of table 3: each of its keywords, after any of its numerals; a keyword that
   * is also a column label ({@code 其他}, {@code 总计}) only after one of them.
   */
  static List<LabelIndex.Label> labels(ApplicationRow row) {
    Set<String> columns = new HashSet<>();
    for (Applicant applicant : Applicant.values()) {
      columns.add(NormalForm.normalize(applicant.label()));
    }
    List<String> numerals = new ArrayList<>();
    for (String numeral : row.numerals()) {
      numerals.add(NormalForm.normalize(numeral));
    }
    List<LabelIndex.Label> labels = new ArrayList<>();
    for (String keyword : row.keywords()) {
      String key = NormalForm.normalize(keyword);
      labels.add(new LabelIndex.Label(key, List.copyOf(numerals), columns.contains(key)));
    }
    return List.copyOf(labels);
  }

  // ---------------------------------------------------------------- table 2

  private static TableRows buildActive(Edition edition) {
    List<RowSpec> rows = new ArrayList<>();
    for (DisclosureRow row : DisclosureRow.rows(edition)) {
      List<CellRef> cells = new ArrayList<>();
      for (DisclosureColumn column : row.columns(edition)) {
        cells.add(CellRef.of(row, column));
      }
      rows.add(new RowSpec(row, List.copyOf(cells), List.of(), labels(row)));
    }
    return new TableRows("table 2", Table.ACTIVE_DISCLOSURE, edition, rows, null, 0);
  }

  /** The labels of a row of table 2: its keywords. */
  static List<LabelIndex.Label> labels(DisclosureRow row) {
    List<LabelIndex.Label> labels = new ArrayList<>();
    for (String keyword : row.keywords()) {
      labels.add(new LabelIndex.Label(NormalForm.normalize(keyword), List.of(), false));
    }
    return List.copyOf(labels);
  }

  // ---------------------------------------------------------------- table 4

  private static TableRows buildReview() {
    List<CellRef> cells = new ArrayList<>();
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        cells.add(CellRef.of(group, outcome));
      }
    }
    // the layout of table 4 is the same in both editions
    List<Equation> equations = Arithmetic.of(Table.REVIEW_LITIGATION, Edition.V2021);
    RowSpec row = new RowSpec(ReviewGroup.REVIEW, List.copyOf(cells), sums(cells, equations, cellsOf(equations)),
        List.of());
    return new TableRows("table 4", Table.REVIEW_LITIGATION, Edition.V2021, List.of(row), null, 0);
  }

  // ---------------------------------------------------------------- sums

  /**
   * The sums among a row's cells: the equations whose cells all lie in the row, each a total (the
   * side of one cell) and its parts (the other side), by position in the row.
   *
   * @throws IllegalStateException if such an equation is no sum that the digit splitter can use (an
   *     equality with its total after its parts)
   */
  private static List<Sum> sums(List<CellRef> cells, List<Equation> equations, List<List<CellRef>> equationCells) {
    Map<CellRef, Integer> index = new HashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      index.putIfAbsent(cells.get(c), c);
    }
    List<Sum> sums = new ArrayList<>();
    for (int e = 0; e < equations.size(); e++) {
      Equation equation = equations.get(e);
      if (!index.keySet().containsAll(equationCells.get(e))) {
        continue;
      }
      boolean leftTotal = single(equation.left());
      List<Term> totalSide = leftTotal ? equation.left() : equation.right();
      List<Term> partSide = leftTotal ? equation.right() : equation.left();
      int total = index.get(totalSide.get(0).cells().get(0));
      List<Integer> parts = new ArrayList<>();
      for (Term term : partSide) {
        for (CellRef cell : term.cells()) {
          parts.add(index.get(cell));
        }
      }
      if (equation.relation() != Relation.EQUAL || !single(totalSide) || parts.stream().anyMatch(p -> p >= total)) {
        throw new IllegalStateException("not a sum the digit splitter can use: " + equation);
      }
      sums.add(new Sum(parts.stream().mapToInt(Integer::intValue).toArray(), total));
    }
    return List.copyOf(sums);
  }

  /** Each equation's cells, worked out once: {@link Equation#cells()} builds its list at each call. */
  private static List<List<CellRef>> cellsOf(List<Equation> equations) {
    List<List<CellRef>> cells = new ArrayList<>(equations.size());
    for (Equation equation : equations) {
      cells.add(equation.cells());
    }
    return cells;
  }

  private static boolean single(List<Term> side) {
    return side.size() == 1 && side.get(0).cells().size() == 1;
  }

  /** The equations that span rows, over (row, cell) positions. */
  private static List<Across> across(List<RowSpec> rows, List<Equation> equations) {
    Map<CellRef, int[]> position = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      List<CellRef> cells = rows.get(r).cells();
      for (int c = 0; c < cells.size(); c++) {
        position.put(cells.get(c), new int[] {r, c});
      }
    }
    List<Across> across = new ArrayList<>();
    for (Equation equation : equations) {
      // each cell is in one row: the equation lies in one row when every cell is in the first one's
      int[] first = position.get(equation.defined());
      boolean inOneRow = first != null;
      for (CellRef cell : equation.cells()) {
        int[] at = position.get(cell);
        inOneRow &= at != null && at[0] == first[0];
      }
      if (inOneRow) {
        continue;
      }
      int[][] plus = positions(equation.left(), position, equation);
      int[][] minus = positions(equation.right(), position, equation);
      across.add(new Across(plus[0], plus[1], minus[0], minus[1], equation.relation()));
    }
    return List.copyOf(across);
  }

  /** The rows and cells of a side's cells: {@code [rows, cells]}. */
  private static int[][] positions(List<Term> side, Map<CellRef, int[]> position, Equation equation) {
    List<int[]> found = new ArrayList<>();
    for (Term term : side) {
      for (CellRef cell : term.cells()) {
        int[] at = position.get(cell);
        if (at == null) {
          throw new IllegalStateException(cell + " of " + equation + " is not in the layout");
        }
        found.add(at);
      }
    }
    int[][] positions = new int[2][found.size()];
    for (int k = 0; k < found.size(); k++) {
      positions[0][k] = found.get(k)[0];
      positions[1][k] = found.get(k)[1];
    }
    return positions;
  }
}
