package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Reading;
import io.github.govdisclosure.rules.Rule;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The structure and edition rules. A {@code PRE_2019} report has no national layout: the
 * structure rules do not apply to it (its verdict is not assessable), only the year check does.
 * Not API.
 */
final class StructureRule implements Rule {
  private final StandardRule rule;

  StructureRule(StandardRule rule) {
    this.rule = rule;
  }

  @Override
  public String id() {
    return rule.id();
  }

  @Override
  public Severity severity() {
    return rule.severity();
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

  private List<Finding> sections(Report report) {
    List<Finding> findings = new ArrayList<>();
    for (Section section : Section.values()) {
      Status status = report.getSections().containsKey(section) ? Status.PASS : Status.FAIL;
      findings.add(finding(status).location(section.name())
          .putArguments("section", section.name()).putArguments("heading", section.heading()).build());
    }
    return findings;
  }

  private List<Finding> tables(Report report) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : Table.values()) {
      Status status = report.table(table).isPresent() ? Status.PASS : Status.FAIL;
      findings.add(finding(status).location(table.name())
          .putArguments("table", table.name()).putArguments("heading", table.section().heading()).build());
    }
    return findings;
  }

  private List<Finding> rows(Report report) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : Table.values()) {
      Optional<? extends StandardTable> present = report.table(table);
      if (present.isEmpty()) {
        continue;
      }
      Map<String, List<CellRef>> rows = new LinkedHashMap<>();
      for (CellRef ref : present.get().layout()) {
        rows.computeIfAbsent(rowKey(ref), k -> new ArrayList<>()).add(ref);
      }
      for (Map.Entry<String, List<CellRef>> row : rows.entrySet()) {
        List<CellRef> missing = new ArrayList<>();
        for (CellRef ref : row.getValue()) {
          if (!present.get().getCells().containsKey(ref)) {
            missing.add(ref);
          }
        }
        Status status = missing.isEmpty() ? Status.PASS : Status.FAIL;
        Finding.Builder finding = finding(status).location(row.getKey())
            .putArguments("row", row.getKey())
            .putArguments("count", Integer.toString(missing.size()))
            .putArguments("of", Integer.toString(row.getValue().size()))
            .putArguments("cells", join(missing));
        finding.cells(missing);
        findings.add(finding.build());
      }
    }
    return findings;
  }

  private static String rowKey(CellRef ref) {
    String text = ref.toString();
    return text.substring(0, text.lastIndexOf('['));
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
