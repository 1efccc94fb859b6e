package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.Heading;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report written as the lines of a {@code report} block of the documentation ({@code docs/rules.md},
 * "How the examples are written"): edition, year, agency, sections, cells and rows by their
 * canonical references, extra rows, and the figures the narrative states. The example report of
 * {@code docs/rules.md} is such a block applied to nothing; each example of a rule page is a block
 * applied to a copy of the example report. Mutable; {@link #build()} makes the model value.
 */
final class ReportSketch {
  private static final Pattern SERIES = Pattern.compile("report ([0-9]{4})");
  private static final Pattern SETTING = Pattern.compile("(edition|year|agency|stated|breakdowns|fee) = (.+)");
  private static final Pattern SECTION = Pattern.compile("section ([A-Z_]+) = (.+)");
  private static final Pattern TABLE = Pattern.compile("table ([A-Z_]+) = missing");
  private static final Pattern LAYOUT = Pattern.compile("table ([A-Z_]+) layout = (V2019|V2021)");
  private static final Pattern HEADING = Pattern.compile("heading (\\S+) (\\S+?)(?: ([A-Z_]+))?");
  private static final Pattern EXTRA = Pattern.compile("([A-Z_]+) extra \"(.+)\" = (.+)");
  private static final Pattern CELLS = Pattern.compile("([A-Z_]+(?:\\[[A-Z0-9_]+\\])+) +=  *(.+)");
  private static final Pattern STATED = Pattern.compile("stated ([A-Z_]+)((?: [0-9.]+%?)+) \"(.+)\"");
  private static final Pattern BREAKDOWN = Pattern.compile("breakdown (complete|partial) ([0-9]+):((?: [0-9]+)+) \"(.+)\"");
  private static final Pattern FEE = Pattern.compile("fee (charged|not charged) \"(.+)\"");

  private Edition edition;
  private Integer year;
  private String agency;
  private final Map<Section, String> sections = new EnumMap<>(Section.class);
  /** The cells of each table present, in the order set; an absent key is an absent table. */
  private final Map<Table, Map<CellRef, Cell>> tables = new EnumMap<>(Table.class);
  private final Map<Table, List<ExtraRow>> extraRows = new EnumMap<>(Table.class);
  private final List<StatedFigure> figures = new ArrayList<>();
  private final List<StatedBreakdown> breakdowns = new ArrayList<>();
  private FeeStatement fee;
  /** The layout of a table that does not follow the report's edition (the hybrid table 3). */
  private final Map<Table, Edition> layouts = new EnumMap<>(Table.class);
  private final List<Heading> headings = new ArrayList<>();

  /** An empty sketch: no edition yet, nothing set. */
  ReportSketch() {}

  /** A copy of a sketch, to be changed without changing it. */
  ReportSketch(ReportSketch from) {
    edition = from.edition;
    year = from.year;
    agency = from.agency;
    sections.putAll(from.sections);
    from.tables.forEach((table, cells) -> tables.put(table, new LinkedHashMap<>(cells)));
    from.extraRows.forEach((table, rows) -> extraRows.put(table, new ArrayList<>(rows)));
    figures.addAll(from.figures);
    breakdowns.addAll(from.breakdowns);
    fee = from.fee;
    layouts.putAll(from.layouts);
    headings.addAll(from.headings);
  }

  /**
   * The reports a block describes: the lines applied to a copy of the base, and for each
   * {@code report <year>} line one more copy of the base dated that year, changed by the lines
   * that follow it.
   *
   * @throws IllegalArgumentException naming the line that is not understood
   */
  static List<Report> reports(ReportSketch base, List<String> lines) {
    List<ReportSketch> sketches = new ArrayList<>();
    ReportSketch current = new ReportSketch(base);
    sketches.add(current);
    for (String line : lines) {
      Matcher next = SERIES.matcher(line.strip());
      if (next.matches()) {
        current = new ReportSketch(base);
        current.year = Integer.valueOf(next.group(1));
        sketches.add(current);
      } else {
        current.apply(line);
      }
    }
    List<Report> reports = new ArrayList<>();
    sketches.forEach(s -> reports.add(s.build()));
    return reports;
  }

  /** Applies every line of a block; blank lines and {@code #} comments are skipped. */
  ReportSketch applyAll(List<String> lines) {
    lines.forEach(this::apply);
    return this;
  }

  /** Applies one line. */
  void apply(String raw) {
    String line = raw.strip();
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    try {
      if (!applySetting(line) && !applyLayout(line) && !applyTableLine(line) && !applyNarrative(line)) {
        throw new IllegalArgumentException("not understood");
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("report line \"" + line + "\": " + e.getMessage(), e);
    }
  }

  /**
   * {@code table APPLICATIONS layout = V2019}: the table follows that layout (its cells outside it
   * are dropped); {@code heading 五 信息处理费收取情况} or {@code heading 六 存在的主要问题及改进情况 PROBLEMS}:
   * a heading as the reader found it, with the section its words name, if any.
   */
  private boolean applyLayout(String line) {
    Matcher m = LAYOUT.matcher(line);
    if (m.matches()) {
      layouts.put(Table.valueOf(m.group(1)), Edition.valueOf(m.group(2)));
      return true;
    }
    m = HEADING.matcher(line);
    if (m.matches()) {
      headings.add(Heading.of(m.group(1), m.group(2),
          Optional.ofNullable(m.group(3)).map(Section::valueOf)));
      return true;
    }
    return false;
  }

  private boolean applySetting(String line) {
    Matcher m = SETTING.matcher(line);
    if (!m.matches()) {
      return false;
    }
    String value = m.group(2);
    switch (m.group(1)) {
      case "edition":
        edition = Edition.valueOf(value);
        return true;
      case "year":
        year = "unknown".equals(value) ? null : Integer.valueOf(value);
        return true;
      case "agency":
        agency = "unknown".equals(value) ? null : value;
        return true;
      default:
        if (!"none".equals(value)) {
          throw new IllegalArgumentException("only \"none\" clears " + m.group(1));
        }
        if (m.group(1).equals("stated")) {
          figures.clear();
        } else if (m.group(1).equals("breakdowns")) {
          breakdowns.clear();
        } else {
          fee = null;
        }
        return true;
    }
  }

  private boolean applyTableLine(String line) {
    Matcher m = SECTION.matcher(line);
    if (m.matches()) {
      Section section = Section.valueOf(m.group(1));
      if ("missing".equals(m.group(2))) {
        sections.remove(section);
      } else {
        sections.put(section, m.group(2));
      }
      return true;
    }
    m = TABLE.matcher(line);
    if (m.matches()) {
      Table table = Table.valueOf(m.group(1));
      tables.remove(table);
      extraRows.remove(table);
      return true;
    }
    m = EXTRA.matcher(line);
    if (m.matches()) {
      Table table = Table.valueOf(m.group(1));
      List<Cell> cells = new ArrayList<>();
      for (String token : m.group(3).split(" +")) {
        cells.add(cell(token));
      }
      cells(table);
      extraRows.computeIfAbsent(table, t -> new ArrayList<>()).add(ExtraRow.of(m.group(2), cells));
      return true;
    }
    m = CELLS.matcher(line);
    if (m.matches()) {
      List<CellRef> refs = refs(m.group(1));
      String[] tokens = m.group(2).split(" +");
      if (tokens.length == 1 && refs.size() > 1 && "missing".equals(tokens[0])) {
        refs.forEach(cells(refs.get(0).table())::remove);
        return true;
      }
      if (tokens.length != refs.size()) {
        throw new IllegalArgumentException(refs.size() + " values expected, got " + tokens.length);
      }
      Map<CellRef, Cell> cells = cells(refs.get(0).table());
      for (int i = 0; i < tokens.length; i++) {
        if ("missing".equals(tokens[i])) {
          cells.remove(refs.get(i));
        } else {
          cells.put(refs.get(i), cell(tokens[i]));
        }
      }
      return true;
    }
    return false;
  }

  private boolean applyNarrative(String line) {
    Matcher m = STATED.matcher(line);
    if (m.matches()) {
      Quantity quantity = FormatKey.parse(Quantity.class, m.group(1));
      StatedFigure.Builder figure = new StatedFigure.Builder().quantity(quantity).phrase(m.group(3))
          .section(Section.OVERVIEW);
      for (String token : m.group(2).strip().split(" ")) {
        if (token.endsWith("%")) {
          figure.percent(new BigDecimal(token.substring(0, token.length() - 1)));
        } else {
          figure.count(Long.parseLong(token));
        }
      }
      int at = -1;
      for (int i = 0; i < figures.size(); i++) {
        if (figures.get(i).getQuantity() == quantity) {
          at = i;
        }
      }
      if (at < 0) {
        figures.add(figure.build());
      } else {
        figures.set(at, figure.build());
      }
      return true;
    }
    m = BREAKDOWN.matcher(line);
    if (m.matches()) {
      List<Long> parts = new ArrayList<>();
      for (String token : m.group(3).strip().split(" ")) {
        parts.add(Long.valueOf(token));
      }
      breakdowns.add(new StatedBreakdown.Builder().total(Long.parseLong(m.group(2))).parts(parts)
          .complete(m.group(1).equals("complete")).phrase(m.group(4)).section(Section.OVERVIEW).build());
      return true;
    }
    m = FEE.matcher(line);
    if (m.matches()) {
      fee = new FeeStatement.Builder().charged(m.group(1).equals("charged")).phrase(m.group(2)).build();
      return true;
    }
    return false;
  }

  private Map<CellRef, Cell> cells(Table table) {
    return tables.computeIfAbsent(table, t -> new LinkedHashMap<>());
  }

  /**
   * The cells a reference names: one cell ({@code APPLICATIONS[NEW_RECEIVED][TOTAL]}), or a row of
   * table 3, a group of table 4 or a row of table 2 in the edition's column order
   * ({@code APPLICATIONS[NEW_RECEIVED]}, {@code REVIEW_LITIGATION[REVIEW]},
   * {@code ACTIVE_DISCLOSURE[ITEM_1][RULES]}).
   */
  private List<CellRef> refs(String text) {
    List<String> keys = new ArrayList<>();
    Matcher key = Pattern.compile("\\[([A-Z0-9_]+)\\]").matcher(text);
    while (key.find()) {
      keys.add(key.group(1));
    }
    Table table = Table.valueOf(text.substring(0, text.indexOf('[')));
    int cellKeys = table == Table.ACTIVE_DISCLOSURE ? 3 : 2;
    if (keys.size() == cellKeys) {
      return List.of(CellRef.parse(text));
    }
    if (keys.size() != cellKeys - 1) {
      throw new IllegalArgumentException("neither a cell nor a row: " + text);
    }
    List<CellRef> refs = new ArrayList<>();
    switch (table) {
      case APPLICATIONS:
        ApplicationRow row = FormatKey.parse(ApplicationRow.class, keys.get(0));
        for (Applicant column : Applicant.values()) {
          refs.add(CellRef.of(row, column));
        }
        break;
      case REVIEW_LITIGATION:
        for (Outcome outcome : Outcome.values()) {
          refs.add(CellRef.of(ReviewGroup.valueOf(keys.get(0)), outcome));
        }
        break;
      default:
        DisclosureRow disclosure = FormatKey.parse(DisclosureRow.class, keys.get(1));
        if (disclosure.item() != DisclosureItem.valueOf(keys.get(0))) {
          throw new IllegalArgumentException(keys.get(1) + " is not a row of " + keys.get(0));
        }
        disclosure.columns(edition).forEach(c -> refs.add(CellRef.of(disclosure, c)));
    }
    return refs;
  }

  /** A cell as written in a block: a number, {@code blank}, or text in double quotes. */
  private static Cell cell(String token) {
    if ("blank".equals(token)) {
      return Cell.blank();
    }
    if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
      return Cell.text(token.substring(1, token.length() - 1));
    }
    BigDecimal value = new BigDecimal(token);
    return value.scale() == 0 ? Cell.of(value.longValueExact()) : Cell.of(value);
  }

  /** The report; every table follows the sketch's edition. */
  Report build() {
    if (edition == null) {
      throw new IllegalStateException("a report block sets the edition first");
    }
    Report.Builder report = new Report.Builder().edition(edition).putAllSections(sections)
        .addAllStatedFigures(figures).addAllStatedBreakdowns(breakdowns).addAllHeadings(headings);
    if (year != null) {
      report.year(year);
    }
    if (agency != null) {
      report.agency(agency);
    }
    if (fee != null) {
      report.feeStatement(fee);
    }
    if (!edition.hasTables()) {
      return report.build(); // a PRE_2019 report has no tables
    }
    Map<CellRef, Cell> active = tables.get(Table.ACTIVE_DISCLOSURE);
    if (active != null) {
      report.activeDisclosure(ActiveDisclosureTable.builder(edition).putAllCells(active)
          .addAllExtraRows(extraRows.getOrDefault(Table.ACTIVE_DISCLOSURE, List.of())).build());
    }
    Map<CellRef, Cell> applications = tables.get(Table.APPLICATIONS);
    if (applications != null) {
      Edition layout = layouts.getOrDefault(Table.APPLICATIONS, edition);
      Map<CellRef, Cell> laid = new LinkedHashMap<>();
      applications.forEach((ref, cell) -> {
        if (ref.in(layout)) {
          laid.put(ref, cell);
        }
      });
      report.applications(ApplicationTable.builder(layout).putAllCells(laid)
          .addAllExtraRows(extraRows.getOrDefault(Table.APPLICATIONS, List.of())).build());
    }
    Map<CellRef, Cell> reviewLitigation = tables.get(Table.REVIEW_LITIGATION);
    if (reviewLitigation != null) {
      report.reviewLitigation(ReviewLitigationTable.builder(edition).putAllCells(reviewLitigation)
          .addAllExtraRows(extraRows.getOrDefault(Table.REVIEW_LITIGATION, List.of())).build());
    }
    return report.build();
  }
}
