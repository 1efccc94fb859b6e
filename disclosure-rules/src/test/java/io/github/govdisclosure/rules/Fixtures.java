package io.github.govdisclosure.rules;

import io.github.govdisclosure.fixtures.CanonicalExample;
import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Unit;
import java.math.BigDecimal;
import java.util.List;

/** Reports built in code for the rules' tests, around the shared fixtures of {@code disclosure-fixtures}. */
final class Fixtures {
  private Fixtures() {}

  static Report.Builder withAllSections(Report.Builder report) {
    for (Section section : Section.values()) {
      report.putSections(section, "…");
    }
    return report;
  }

  static StatedFigure figure(Quantity quantity, long count, String percent, String phrase) {
    StatedFigure.Builder figure = new StatedFigure.Builder().quantity(quantity).count(count).phrase(phrase)
        .section(Section.OVERVIEW);
    if (percent != null) {
      figure.percent(new BigDecimal(percent));
    }
    return figure.build();
  }

  static StatedFigure count(Quantity quantity, long count, String phrase) {
    return figure(quantity, count, null, phrase);
  }

  /** The canonical example ({@link CanonicalExample}) with its six sections present. */
  static Report weiyuan() {
    return withAllSections(new Report.Builder().from(CanonicalExample.report())).build();
  }

  /**
   * 平潭综合实验区自然资源与生态环境局 2020 (V2019), inconsistent as published: tables 3 and 4 from
   * its truth file; table 2 read from the run-together crawler text ({@code 规章000规范性文件9921…},
   * not in the truth file; no rule checks it arithmetically); the complete breakdown of section 二
   * (225 = 5 + 5 + 40 + 121 + 39 + 15).
   */
  static Report zrz() {
    ActiveDisclosureTable active = ActiveDisclosureTable.builder(Edition.V2019)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.NEWLY_MADE, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.NEWLY_PUBLISHED, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.TOTAL_PUBLISHED, 0)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_MADE, 9)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_PUBLISHED, 9)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.TOTAL_PUBLISHED, 21)
        .put(DisclosureRow.LICENSING, DisclosureColumn.PRIOR_YEAR_ITEMS, 20)
        .put(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE, 18)
        .put(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, 0)
        .put(DisclosureRow.OTHER_SERVICES, DisclosureColumn.PRIOR_YEAR_ITEMS, 0)
        .put(DisclosureRow.OTHER_SERVICES, DisclosureColumn.NET_CHANGE, 0)
        .put(DisclosureRow.OTHER_SERVICES, DisclosureColumn.DECISIONS, 0)
        .put(DisclosureRow.PENALTY, DisclosureColumn.PRIOR_YEAR_ITEMS, 88)
        .put(DisclosureRow.PENALTY, DisclosureColumn.NET_CHANGE, 14)
        .put(DisclosureRow.PENALTY, DisclosureColumn.DECISIONS, 314)
        .put(DisclosureRow.COERCION, DisclosureColumn.PRIOR_YEAR_ITEMS, 7)
        .put(DisclosureRow.COERCION, DisclosureColumn.NET_CHANGE, 1)
        .put(DisclosureRow.COERCION, DisclosureColumn.DECISIONS, 14)
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.PRIOR_YEAR_ITEMS, 0)
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.NET_CHANGE, 0)
        .put(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.PROJECTS, 19)
        .put(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.TOTAL_AMOUNT,
            Cell.amount(new BigDecimal("1690.9913"), Unit.WAN_YUAN))
        .build();
    return withAllSections(new Report.Builder().from(Corpus.truth("2020_pingtan-zrz.txt").report()))
        .activeDisclosure(active)
        .addStatedBreakdowns(new StatedBreakdown.Builder().total(225)
            .parts(List.of(5L, 5L, 40L, 121L, 39L, 15L)).complete(true)
            .phrase("主动公开政府信息225条…其中政策规范性文件类信息5条，…行政处罚类15条").section(Section.ACTIVE_DISCLOSURE).build())
        .build();
  }

  /**
   * {@link #zrz()} with one natural person's application moved from 部分公开 to 予以公开 (DISCLOSED
   * 3, PARTIALLY_DISCLOSED 3 in the NATURAL_PERSON and TOTAL columns): every sum is what it was, so
   * the same equations fail by the same amounts, over other operands.
   */
  static Report zrzWithOneMoved() {
    Report report = zrz();
    ApplicationTable table = report.getApplications().orElseThrow();
    ApplicationTable.Builder moved = ApplicationTable.builder(table.getEdition()).from(table);
    for (Applicant column : List.of(Applicant.NATURAL_PERSON, Applicant.TOTAL)) {
      moved.putCells(CellRef.of(ApplicationRow.DISCLOSED, column), Cell.of(3));
      moved.putCells(CellRef.of(ApplicationRow.PARTIALLY_DISCLOSED, column), Cell.of(3));
    }
    return new Report.Builder().from(report).applications(moved.build()).build();
  }

  /** A V2021 table 3 whose every row is zero except the given balanced figures. */
  static ApplicationTable.Builder zeroTable(Edition edition) {
    ApplicationTable.Builder table = ApplicationTable.builder(edition);
    for (ApplicationRow row : ApplicationRow.rows(edition)) {
      table.row(row, 0, 0, 0, 0, 0, 0, 0);
    }
    return table;
  }

  /** A small consistent V2021 table 3: 10 received (8 persons, 2 enterprises), 9 handled, 1 forward. */
  static ApplicationTable.Builder smallTable() {
    return zeroTable(Edition.V2021)
        .row(ApplicationRow.NEW_RECEIVED, 8, 2, 0, 0, 0, 0, 10)
        .row(ApplicationRow.DISCLOSED, 4, 1, 0, 0, 0, 0, 5)
        .row(ApplicationRow.PARTIALLY_DISCLOSED, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.WITHHELD_THIRD_PARTY, 1, 1, 0, 0, 0, 0, 2)
        .row(ApplicationRow.UNAVAILABLE_NOT_HELD, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.TOTAL_HANDLED, 7, 2, 0, 0, 0, 0, 9)
        .row(ApplicationRow.CARRIED_TO_NEXT_YEAR, 1, 0, 0, 0, 0, 0, 1);
  }

  static ReviewLitigationTable zeroReview(Edition edition) {
    return ReviewLitigationTable.builder(edition)
        .group(ReviewGroup.REVIEW, 0, 0, 0, 0, 0)
        .group(ReviewGroup.LITIGATION_DIRECT, 0, 0, 0, 0, 0)
        .group(ReviewGroup.LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0)
        .build();
  }

  static ActiveDisclosureTable zeroActive(Edition edition) {
    ActiveDisclosureTable.Builder table = ActiveDisclosureTable.builder(edition);
    for (DisclosureRow row : DisclosureRow.rows(edition)) {
      for (DisclosureColumn column : row.columns(edition)) {
        table.put(row, column, 0);
      }
    }
    return table.build();
  }

  /** A complete V2021 report of 2021 around a table 3. */
  static Report.Builder report(ApplicationTable applications) {
    Edition edition = applications.getEdition();
    return withAllSections(new Report.Builder())
        .edition(edition).year(edition == Edition.V2021 ? 2021 : 2020).agency("测试县人民政府")
        .activeDisclosure(zeroActive(edition))
        .applications(applications)
        .reviewLitigation(zeroReview(edition));
  }

  /** The number cells of a report's tables: the instances of {@code cell.count}. */
  static long numberCells(Report report) {
    long numbers = 0;
    for (io.github.govdisclosure.model.Table table : io.github.govdisclosure.model.Table.values()) {
      numbers += report.table(table).map(t -> t.getCells().values().stream().filter(Cell::isNumber).count()).orElse(0L);
    }
    return numbers;
  }

  /** The cells of the layout of an edition's three tables. */
  static int layoutCells(Edition edition) {
    return ActiveDisclosureTable.builder(edition).build().layout().size()
        + ApplicationTable.builder(edition).build().layout().size()
        + ReviewLitigationTable.builder(edition).build().layout().size();
  }
}
