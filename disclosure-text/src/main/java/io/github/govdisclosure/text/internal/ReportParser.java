package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import io.github.govdisclosure.text.internal.table.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a whole report, one stage after another: the crawler's header ({@link CrawlerHeader}), the
 * sections and a repeated copy ({@link Sections}), title, year and agency ({@link Meta}), the
 * tables' regions and the edition ({@link TableRegions}, {@link Editions}), the three tables
 * ({@link Tables}), and the sections' texts with the facts their narrative states
 * ({@link SectionTexts}). The text's normal form is made once and shared by the stages. Not API.
 */
public final class ReportParser {
  private final String text;
  private final LineIndex lines;
  private final Sink sink;

  private ReportParser(String text, LineIndex lines, Sink sink) {
    this.text = text;
    this.lines = lines;
    this.sink = sink;
  }

  /** Parses the text, whose line index is {@code lines}; diagnostics go to the sink. */
  public static Report parse(String text, LineIndex lines, Sink sink) {
    return new ReportParser(text, lines, sink).run();
  }

  private Report run() {
    CrawlerHeader header = CrawlerHeader.of(text);
    int bodyStart = header.bodyStart();
    NormalForm norm = NormalForm.labels(text, 0, text.length());
    Sections sections = Sections.find(text, norm, bodyStart, sink);
    Report.Builder report = new Report.Builder();

    Meta meta = new Meta(text, norm, bodyStart, sections.bodyEnd());
    Optional<String> title = meta.title(header.title());
    title.ifPresent(report::title);
    Optional<Integer> year = meta.year(title.orElse(null));
    year.ifPresent(report::year);
    Optional<String> agency = meta.agency(title.orElse(null));
    agency.ifPresent(report::agency);
    if (year.isEmpty()) {
      sink.add(Codes.YEAR_UNKNOWN, Severity.WARNING, bodyStart, 0,
          "neither the statistical period nor the title gives the report year");
    }
    if (agency.isEmpty()) {
      sink.add(Codes.AGENCY_UNKNOWN, Severity.WARNING, bodyStart, 0, "no title or contact line names the agency");
    }

    TableRegions regions = TableRegions.find(norm, sections);
    Edition edition = Editions.decide(regions, year, bodyStart, sink);
    report.edition(edition);
    List<int[]> tableRanges = edition.hasTables()
        ? tables(new Tables(text, norm, lines, sink), regions, edition, sections, report) : List.of();
    sections.reportMissing();
    SectionTexts.read(text, lines, sections, tableRanges, report);
    return report.build();
  }

  /** Reads the three tables into the report; returns the source range of each table read. */
  private List<int[]> tables(Tables tables, TableRegions regions, Edition edition, Sections sections,
      Report.Builder report) {
    List<int[]> tableRanges = new ArrayList<>();
    int[] t2 = regions.active;
    int[] t3 = regions.applications;
    int[] t4 = regions.review;
    Edition e2 = regions.activeEdition();
    if (t2 != null && e2 != null && e2 != edition) {
      sink.add(Codes.EDITION_MIXED, Severity.ERROR, t2[0], 0,
          "table 2 follows " + e2 + " but table 3 follows " + edition + "; table 2 is left out");
    } else if (t2 != null) {
      Tables.Read<ActiveDisclosureTable> read = tables.active(t2[0], t2[1], edition);
      read.table().ifPresent(report::activeDisclosure);
      tableRanges.add(new int[] {t2[0], read.end()});
      missing(read.table().isEmpty(), t2[0], "table 2 (主动公开政府信息情况) has no readable cells");
    } else {
      missing(true, sections.contentStart(Section.ACTIVE_DISCLOSURE), "table 2 (主动公开政府信息情况) was not found");
    }
    if (t3 != null) {
      Tables.Read<ApplicationTable> read = tables.applications(t3[0], t3[1], edition);
      read.table().ifPresent(report::applications);
      tableRanges.add(new int[] {t3[0], read.end()});
      missing(read.table().isEmpty(), t3[0], "table 3 (收到和处理政府信息公开申请情况) has no readable cells");
    } else {
      missing(true, sections.contentStart(Section.APPLICATIONS), "table 3 (收到和处理政府信息公开申请情况) was not found");
    }
    if (t4 != null) {
      Tables.Read<ReviewLitigationTable> read = tables.review(t4[0], t4[1], edition);
      read.table().ifPresent(report::reviewLitigation);
      tableRanges.add(new int[] {t4[0], read.end()});
      missing(read.table().isEmpty(), t4[0], "table 4 (行政复议、行政诉讼情况) has no readable cells");
      if (read.table().isPresent() && !sections.has(Section.PROBLEMS)) {
        sections.inferProblems(read.end());
      }
    } else {
      missing(true, sections.contentStart(Section.REVIEW_LITIGATION), "table 4 (行政复议、行政诉讼情况) was not found");
    }
    return tableRanges;
  }

  private void missing(boolean missing, int at, String message) {
    if (missing) {
      sink.add(Codes.TABLE_MISSING, Severity.ERROR, at, 0, message);
    }
  }
}
