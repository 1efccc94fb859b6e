package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Reading;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules across consecutive years of one agency. Not API.
 *
 * <p>Pairs are formed by year: a report without a year is ignored, the earliest year has no
 * predecessor and is not evaluated. A year whose predecessor is absent from the series (a gap),
 * or a year given more than one report, yields one {@code NOT_ASSESSABLE} instance per rule.
 * {@code cross-year.in-force} applies only when both years are V2021 (V2019 has no
 * {@code IN_FORCE} column); {@code cross-year.carry-over} compares table 3 of both editions.
 */
final class CrossYearRule extends StandardRuleBase {

  CrossYearRule(StandardRule rule) {
    super(rule);
  }

  @Override
  public List<Finding> check(Report report, Reading reading) {
    return List.of();
  }

  /** Reports by year; a year with several reports maps to all of them. */
  static Map<Integer, List<Report>> byYear(List<Report> series) {
    Map<Integer, List<Report>> byYear = new LinkedHashMap<>();
    for (Report report : series) {
      if (report.getYear().isPresent()) {
        byYear.computeIfAbsent(report.getYear().getAsInt(), y -> new ArrayList<>()).add(report);
      }
    }
    return byYear;
  }

  @Override
  public List<Finding> checkSeries(List<Report> series, Reading reading) {
    Map<Integer, List<Report>> byYear = byYear(series);
    List<Integer> years = new ArrayList<>(byYear.keySet());
    years.sort(null);
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i < years.size(); i++) {
      int year = years.get(i);
      List<Report> current = byYear.get(year);
      List<Report> previous = byYear.get(year - 1);
      if (previous == null || previous.size() > 1 || current.size() > 1) {
        String reason = previous == null ? "gap" : "duplicate";
        int duplicated = previous != null && previous.size() > 1 ? year - 1 : year;
        findings.add(base(year).status(Status.NOT_ASSESSABLE)
            .messageKey("cross-year.NOT_ASSESSABLE." + reason)
            .putArguments("year", Integer.toString(year))
            .putArguments("previousYear", Integer.toString(year - 1))
            .putArguments("duplicated", Integer.toString(duplicated))
            .build());
        continue;
      }
      if (rule == StandardRule.CROSS_YEAR_CARRY_OVER) {
        carryOver(current.get(0), previous.get(0), year, reading, findings);
      } else {
        inForce(current.get(0), previous.get(0), year, reading, findings);
      }
    }
    return findings;
  }

  private Finding.Builder base(int year) {
    return new Finding.Builder().ruleId(rule.id()).severity(rule.severity()).year(year);
  }

  private void carryOver(Report current, Report previous, int year, Reading reading, List<Finding> findings) {
    if (!current.getEdition().hasTables() || !previous.getEdition().hasTables()
        || current.getApplications().isEmpty() || previous.getApplications().isEmpty()) {
      return;
    }
    for (Applicant column : Applicant.values()) {
      CellRef over = CellRef.of(ApplicationRow.CARRIED_FROM_LAST_YEAR, column);
      CellRef forward = CellRef.of(ApplicationRow.CARRIED_TO_NEXT_YEAR, column);
      Operands now = new Operands(current, reading);
      Operands before = new Operands(previous, reading);
      Optional<BigDecimal> a = now.value(over);
      Optional<BigDecimal> b = before.value(forward);
      findings.add(compare(year, List.of(over, forward), a, b, now, before,
          Map.of("left", "CARRIED_OVER(" + year + ")", "right", "CARRIED_FORWARD(" + (year - 1) + ")")));
    }
  }

  private void inForce(Report current, Report previous, int year, Reading reading, List<Finding> findings) {
    if (current.getEdition() != Edition.V2021 || previous.getEdition() != Edition.V2021
        || current.getActiveDisclosure().isEmpty() || previous.getActiveDisclosure().isEmpty()) {
      return;
    }
    for (DisclosureRow row : DisclosureRow.rows(Edition.V2021)) {
      if (row.item() != DisclosureItem.ITEM_1) {
        continue;
      }
      CellRef inForce = CellRef.of(row, DisclosureColumn.IN_FORCE);
      CellRef issued = CellRef.of(row, DisclosureColumn.ISSUED);
      CellRef repealed = CellRef.of(row, DisclosureColumn.REPEALED);
      Operands now = new Operands(current, reading);
      Operands before = new Operands(previous, reading);
      Optional<BigDecimal> actual = now.value(inForce);
      Optional<BigDecimal> prior = before.value(inForce);
      Optional<BigDecimal> added = now.value(issued);
      Optional<BigDecimal> removed = now.value(repealed);
      Optional<BigDecimal> expected = prior.isPresent() && added.isPresent() && removed.isPresent()
          ? Optional.of(prior.get().add(added.get()).subtract(removed.get()))
          : Optional.empty();
      Map<String, String> names = new LinkedHashMap<>();
      names.put("left", "IN_FORCE(" + year + ")");
      names.put("right", "IN_FORCE(" + (year - 1) + ") + ISSUED(" + year + ") − REPEALED(" + year + ")");
      if (expected.isPresent()) {
        names.put("rightValues", Operands.plain(prior.get()) + " + " + Operands.plain(added.get()) + " − "
            + Operands.plain(removed.get()) + " = " + Operands.plain(expected.get()));
      }
      findings.add(compare(year, List.of(inForce, issued, repealed), actual, expected, now, before, names));
    }
  }

  private Finding compare(int year, List<CellRef> cells, Optional<BigDecimal> actual, Optional<BigDecimal> expected,
      Operands now, Operands before, Map<String, String> names) {
    Finding.Builder finding = base(year).cells(cells)
        .blanksReadAsZero(now.zeroRead() || before.zeroRead())
        .putArguments("year", Integer.toString(year))
        .putArguments("previousYear", Integer.toString(year - 1))
        .putArguments("leftName", names.get("left"))
        .putArguments("rightName", names.get("right"));
    actual.ifPresent(finding::actual);
    expected.ifPresent(finding::expected);
    if (actual.isEmpty() || expected.isEmpty()) {
      List<String> unreadable = new ArrayList<>();
      if (!now.assessable()) {
        unreadable.add(year + ": " + now.unreadableText());
      }
      if (!before.assessable()) {
        unreadable.add((year - 1) + ": " + before.unreadableText());
      }
      return finding.status(Status.NOT_ASSESSABLE).messageKey("cross-year.NOT_ASSESSABLE.cells")
          .putArguments("cells", String.join("; ", unreadable)).build();
    }
    String rightValues = names.getOrDefault("rightValues", Operands.plain(expected.get()));
    Status status = actual.get().compareTo(expected.get()) == 0 ? Status.PASS : Status.FAIL;
    return finding.status(status).messageKey("cross-year." + status.name())
        .putArguments("leftValues", Operands.plain(actual.get()))
        .putArguments("rightValues", rightValues)
        .build();
  }
}
