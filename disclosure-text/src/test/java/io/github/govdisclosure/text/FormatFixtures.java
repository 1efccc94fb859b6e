package io.github.govdisclosure.text;

import static io.github.govdisclosure.model.ApplicationRow.*;

import io.github.govdisclosure.fixtures.CanonicalExample;
import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports built in code for the formatter's golden files; provenance in resources/format/README.md. */
final class FormatFixtures {
  private FormatFixtures() {}

  /** 2021_weiyuan-county.txt, the canonical example (V2021). */
  static Report weiyuan() {
    return CanonicalExample.report();
  }

  /**
   * 2019_pingtan.txt (V2019): tables 3 and 4 from its truth file; table 2 is our reading of the
   * run-together source text (not in the truth file).
   */
  static Report pingtan2019() {
    return new Report.Builder().from(Corpus.truth("2019_pingtan.txt").report())
        .activeDisclosure(pingtan2019Table2()).build();
  }

  /** Table 2 of 2019_pingtan.txt as we read its run-together text (see resources/format/README.md). */
  static ActiveDisclosureTable pingtan2019Table2() {
    return ActiveDisclosureTable.builder(Edition.V2019)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.NEWLY_MADE, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.NEWLY_PUBLISHED, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.TOTAL_PUBLISHED, 0)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_MADE, 89)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_PUBLISHED, 89)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.TOTAL_PUBLISHED, 89)
        .put(DisclosureRow.LICENSING, DisclosureColumn.PRIOR_YEAR_ITEMS, 396)
        .put(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE, 0)
        .put(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, 181)
        .put(DisclosureRow.OTHER_SERVICES, DisclosureColumn.PRIOR_YEAR_ITEMS, 10)
        .put(DisclosureRow.OTHER_SERVICES, DisclosureColumn.NET_CHANGE, 0)
        .put(DisclosureRow.OTHER_SERVICES, DisclosureColumn.DECISIONS, 153)
        .put(DisclosureRow.PENALTY, DisclosureColumn.PRIOR_YEAR_ITEMS, 2648)
        .put(DisclosureRow.PENALTY, DisclosureColumn.NET_CHANGE, 0)
        .put(DisclosureRow.PENALTY, DisclosureColumn.DECISIONS, 430)
        .put(DisclosureRow.COERCION, DisclosureColumn.PRIOR_YEAR_ITEMS, 126)
        .put(DisclosureRow.COERCION, DisclosureColumn.NET_CHANGE, 0)
        .put(DisclosureRow.COERCION, DisclosureColumn.DECISIONS, 25)
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.PRIOR_YEAR_ITEMS, 35)
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.NET_CHANGE, 0)
        .put(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.PROJECTS, 135)
        .put(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.TOTAL_AMOUNT,
            Cell.amount(new BigDecimal("75394432.52"), Unit.YUAN))
        .build();
  }

  /**
   * A made-up V2021 report with what real reports write: blanks, {@code /} and {@code —}, an
   * annotated count, full-width digits, a thousands separator, an amount with its unit, a row
   * outside the layout (with a comma and quotes in its label), a missing cell, text that needs
   * escaping, and no table 4. Year only, no agency.
   */
  static Report assorted() {
    ActiveDisclosureTable active = messyItem1("55(含自然失效29件)")
        .put(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, written(1234, "1,234"))
        .put(DisclosureRow.PENALTY, DisclosureColumn.DECISIONS, written(35, "３５"))
        .put(DisclosureRow.COERCION, DisclosureColumn.DECISIONS, Cell.text("<无> & \"无\""))
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.AMOUNT, Cell.amount(new BigDecimal("12.5"), Unit.WAN_YUAN))
        .build();
    ApplicationTable.Builder applications = zeros(Edition.V2021);
    applications
        .row(NEW_RECEIVED, 3, 0, 0, 0, 0, 0, 3)
        .row(DISCLOSED, 2, 0, 0, 0, 0, 0, 2)
        .row(OTHER_UNSPECIFIED, 1, 0, 0, 0, 0, 0, 1)
        .row(TOTAL_HANDLED, 3, 0, 0, 0, 0, 0, 3)
        .put(CARRIED_FROM_LAST_YEAR, Applicant.COMMERCIAL_ENTERPRISE, Cell.blank())
        .put(CARRIED_FROM_LAST_YEAR, Applicant.RESEARCH_INSTITUTION, Cell.blank())
        .put(CARRIED_FROM_LAST_YEAR, Applicant.SOCIAL_WELFARE_ORGANIZATION, Cell.text("-"))
        .put(CARRIED_TO_NEXT_YEAR, Applicant.TOTAL, Cell.blank())
        .addExtraRows(ExtraRow.of("（八）其他,含\"补充\"", List.of(Cell.of(0), Cell.blank(), Cell.text("无"))));
    ApplicationTable built = applications.build();
    // One cell not found: a table holds only the cells found.
    Map<CellRef, Cell> cells = new LinkedHashMap<>(built.getCells());
    cells.remove(CellRef.of(WITHHELD_THIRD_PARTY, Applicant.LEGAL_SERVICE_INSTITUTION));
    ApplicationTable table3 = ApplicationTable.builder(Edition.V2021)
        .putAllCells(cells)
        .addAllExtraRows(built.getExtraRows())
        .build();
    return new Report.Builder()
        .edition(Edition.V2021)
        .year(2022)
        .activeDisclosure(active)
        .applications(table3)
        .build();
  }

  /**
   * Item 一 of a V2021 table 2 as real reports write it: 规章 left blank, {@code /} and {@code —};
   * 规范性文件 22 with an annotation, 3, and 55 written {@code inForce} (its annotation in ASCII or
   * full-width brackets).
   */
  static ActiveDisclosureTable.Builder messyItem1(String inForce) {
    return ActiveDisclosureTable.builder(Edition.V2021)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.ISSUED, Cell.blank())
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.REPEALED, Cell.text("/"))
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.IN_FORCE, Cell.text("—"))
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED, annotated(22, "22（其中修订16件）", "其中修订16件"))
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED, Cell.of(3))
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE, annotated(55, inForce, "含自然失效29件"));
  }

  /** A table 3 with every row of the edition written 0 (blank is not zero). */
  static ApplicationTable.Builder zeros(Edition edition) {
    ApplicationTable.Builder table = ApplicationTable.builder(edition);
    for (ApplicationRow row : ApplicationRow.rows(edition)) {
      table.row(row, 0, 0, 0, 0, 0, 0, 0);
    }
    return table;
  }

  /** A number written with something around it. */
  static Cell written(long value, String raw) {
    return new Cell.Builder().kind(Cell.Kind.NUMBER).raw(raw).value(BigDecimal.valueOf(value)).build();
  }

  /** An annotated number; the raw token carries the annotation as written. */
  static Cell annotated(long value, String raw, String note) {
    return new Cell.Builder().kind(Cell.Kind.NUMBER).raw(raw).value(BigDecimal.valueOf(value)).note(note).build();
  }
}
