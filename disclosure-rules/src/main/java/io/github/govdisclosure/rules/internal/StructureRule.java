package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Reading;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The structure and edition rules. A {@code PRE_2019} report has no national layout: the
 * structure rules do not apply to it (its verdict is not assessable), only the year check does.
 * Not API.
 */
final class StructureRule extends StandardRuleBase {
  /**
   * The findings that depend on nothing but the layout, built once: per section and per table
   * (pass and fail), per row of each edition's tables (pass).
   */
  private final Map<Section, Finding[]> sectionFindings = new EnumMap<>(Section.class);
  private final Map<Table, Finding[]> tableFindings = new EnumMap<>(Table.class);
  private final Map<Edition, Map<Table, List<Finding>>> rowPasses = new EnumMap<>(Edition.class);

  StructureRule(StandardRule rule) {
    super(rule);
    switch (rule) {
      case STRUCTURE_SECTION_MISSING:
        for (Section section : Section.values()) {
          sectionFindings.put(section, new Finding[] {section(section, Status.PASS), section(section, Status.FAIL)});
        }
        break;
      case STRUCTURE_TABLE_MISSING:
        for (Table table : Table.values()) {
          tableFindings.put(table, new Finding[] {table(table, Status.PASS), table(table, Status.FAIL)});
        }
        break;
      case STRUCTURE_ROW_MISSING:
        for (Edition edition : Edition.values()) {
          if (!edition.hasTables()) {
            continue;
          }
          Map<Table, List<Finding>> byTable = new EnumMap<>(Table.class);
          for (Table table : Table.values()) {
            List<Finding> passes = new ArrayList<>();
            for (Layout.Row row : Layout.of(edition).rows(table)) {
              passes.add(row(row, List.of()));
            }
            byTable.put(table, List.copyOf(passes));
          }
          rowPasses.put(edition, byTable);
        }
        break;
      default:
        break;
    }
  }

  @Override
  public List<Finding> check(Report report, Reading reading) {
    if (rule == StandardRule.EDITION_YEAR_MISMATCH) {
      return List.of(yearMismatch(report));
    }
    if (!report.getEdition().hasTables()) {
      return List.of();
    }
    switch (rule) {
      case STRUCTURE_SECTION_MISSING:
        return sections(report);
      case STRUCTURE_TABLE_MISSING:
        return tables(report);
      case STRUCTURE_ROW_MISSING:
        return rows(report);
      default:
        return extraRows(report);
    }
  }

  private Finding.Builder finding(Status status) {
    return new Finding.Builder().ruleId(rule.id()).severity(rule.severity()).status(status)
        .messageKey(rule.id() + "." + status.name());
  }

  private Finding section(Section section, Status status) {
    return finding(status).location(section.name())
        .putArguments("section", section.name()).putArguments("heading", section.heading()).build();
  }

  private List<Finding> sections(Report report) {
    List<Finding> findings = new ArrayList<>(sectionFindings.size());
    for (Section section : Section.values()) {
      findings.add(sectionFindings.get(section)[report.getSections().containsKey(section) ? 0 : 1]);
    }
    return findings;
  }

  private Finding table(Table table, Status status) {
    return finding(status).location(table.name())
        .putArguments("table", table.name()).putArguments("heading", table.section().heading()).build();
  }

  private List<Finding> tables(Report report) {
    List<Finding> findings = new ArrayList<>(tableFindings.size());
    for (Table table : Table.values()) {
      findings.add(tableFindings.get(table)[report.table(table).isPresent() ? 0 : 1]);
    }
    return findings;
  }

  private Finding row(Layout.Row row, List<CellRef> missing) {
    return finding(missing.isEmpty() ? Status.PASS : Status.FAIL).location(row.key)
        .putArguments("row", row.key)
        .putArguments("count", Integer.toString(missing.size()))
        .putArguments("of", Integer.toString(row.cells.size()))
        .putArguments("cells", join(missing))
        .cells(missing)
        .build();
  }

  private List<Finding> rows(Report report) {
    List<Finding> findings = new ArrayList<>(64);
    Layout layout = Layout.of(report.getEdition());
    Map<Table, List<Finding>> passes = rowPasses.get(report.getEdition());
    for (Table table : Table.values()) {
      Optional<? extends StandardTable> present = report.table(table);
      if (present.isEmpty()) {
        continue;
      }
      Map<CellRef, Cell> held = present.get().getCells();
      List<Layout.Row> rows = layout.rows(table);
      List<Finding> pass = passes.get(table);
      for (int r = 0; r < rows.size(); r++) {
        Layout.Row row = rows.get(r);
        List<CellRef> missing = null;
        for (CellRef ref : row.cells) {
          if (!held.containsKey(ref)) {
            if (missing == null) {
              missing = new ArrayList<>();
            }
            missing.add(ref);
          }
        }
        findings.add(missing == null ? pass.get(r) : row(row, missing));
      }
    }
    return findings;
  }

  private List<Finding> extraRows(Report report) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : Table.values()) {
      Optional<? extends StandardTable> present = report.table(table);
      if (present.isEmpty()) {
        continue;
      }
      for (ExtraRow row : present.get().getExtraRows()) {
        List<String> cells = new ArrayList<>();
        row.getCells().forEach(c -> cells.add(c.getRaw()));
        Finding.Builder finding = finding(Status.FAIL).location(table.name())
            .putArguments("table", table.name())
            .putArguments("label", row.getLabel())
            .putArguments("cells", String.join(" | ", cells));
        row.getSpan().ifPresent(finding::span);
        findings.add(finding.build());
      }
    }
    return findings;
  }

  private Finding yearMismatch(Report report) {
    if (report.getYear().isEmpty()) {
      return finding(Status.NOT_ASSESSABLE).putArguments("edition", report.getEdition().name()).build();
    }
    int year = report.getYear().getAsInt();
    Edition prescribed = Edition.forYear(year);
    Status status = prescribed == report.getEdition() ? Status.PASS : Status.FAIL;
    return finding(status)
        .putArguments("edition", report.getEdition().name())
        .putArguments("year", Integer.toString(year))
        .putArguments("prescribed", prescribed.name())
        .build();
  }

  private static String join(List<CellRef> refs) {
    List<String> parts = new ArrayList<>();
    refs.forEach(r -> parts.add(r.toString()));
    return String.join(", ", parts);
  }
}
