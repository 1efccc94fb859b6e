package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code cross-year.*} rules share: consecutive years of one agency paired, and the
 * comparison of a value with its counterpart of the year before. Not API.
 *
 * <p>Pairs are formed by year: a report without a year is ignored, the earliest year has no
 * predecessor and is not evaluated. A year whose predecessor is absent from the series (a gap), or
 * a year given more than one report, yields one {@code NOT_ASSESSABLE} instance per rule.
 */
final class YearPairs {
  static final List<String> MESSAGE_KEYS = List.of("cross-year.PASS", "cross-year.PASS.short", "cross-year.FAIL",
      "cross-year.FAIL.short", "cross-year.NOT_ASSESSABLE.gap", "cross-year.NOT_ASSESSABLE.duplicate",
      "cross-year.NOT_ASSESSABLE.cells");

  private YearPairs() {}

  /** A check of one year against the year before. */
  interface Pair {
    void check(Report current, Report previous, int year);
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

  /** Whether a series has two reports of consecutive years. */
  static boolean consecutive(List<Report> series) {
    List<Integer> years = new ArrayList<>(byYear(series).keySet());
    for (Integer year : years) {
      if (years.contains(year - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks each year against the year before, in order of years; a gap or a duplicated year is a
   * {@code NOT_ASSESSABLE} finding of the rule.
   */
  static void forEach(StandardRuleBase rule, RuleContext context, List<Finding> findings, Pair pair) {
    Map<Integer, List<Report>> byYear = byYear(context.series());
    List<Integer> years = new ArrayList<>(byYear.keySet());
    years.sort(null);
    for (int i = 1; i < years.size(); i++) {
      int year = years.get(i);
      List<Report> current = byYear.get(year);
      List<Report> previous = byYear.get(year - 1);
      if (previous == null || previous.size() > 1 || current.size() > 1) {
        String reason = previous == null ? "gap" : "duplicate";
        int duplicated = previous != null && previous.size() > 1 ? year - 1 : year;
        findings.add(rule.finding(context).year(year).status(Status.NOT_ASSESSABLE)
            .messageKey("cross-year.NOT_ASSESSABLE." + reason)
            .putArguments("year", Integer.toString(year))
            .putArguments("previousYear", Integer.toString(year - 1))
            .putArguments("duplicated", Integer.toString(duplicated))
            .build());
        continue;
      }
      pair.check(current.get(0), previous.get(0), year);
    }
  }

  static Finding compare(FindingBuilder finding, int year, List<CellRef> cells, Optional<BigDecimal> actual,
      Optional<BigDecimal> expected, Operands now, Operands before, Map<String, String> names) {
    finding.year(year).cells(cells)
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
