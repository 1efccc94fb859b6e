package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Heading;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import io.github.govdisclosure.text.internal.table.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

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
        ? tables(new Tables(text, norm, lines, sink), regions, edition, Editions.applicationsLayout(regions, edition, norm),
            sections, report) : List.of();
    sections.reportMissing();
    for (Sections.Written h : sections.written()) {
      report.addHeadings(new Heading.Builder().number(h.number()).title(text.substring(h.wordsStart(), h.end()).strip())
          .section(Optional.ofNullable(h.section())).span(lines.span(h.start(), h.end() - h.start())).build());
    }
    SectionTexts.read(text, lines, sections, tableRanges, report);
    return report.build();
  }

  /**
   * Reads the three tables into the report, table 3 with {@code layout3} (V2019's rows in a hybrid
   * V2021 report); returns the source range of each table read.
   */
  private List<int[]> tables(Tables tables, TableRegions regions, Edition edition, Edition layout3, Sections sections,
      Report.Builder report) {
    List<int[]> ranges = new ArrayList<>();
    Edition e2 = regions.activeEdition();
    if (regions.active != null && e2 != null && e2 != edition) {
      sink.add(Codes.EDITION_MIXED, Severity.WARNING, regions.active[0], 0,
          "table 2 follows " + e2 + " but table 3 follows " + edition + "; table 2 is left out");
    } else {
      table(regions.active, sections.contentStart(Section.ACTIVE_DISCLOSURE), Severity.WARNING, "table 2 (主动公开政府信息情况)",
          r -> tables.active(r[0], r[1], edition), report::activeDisclosure, ranges);
    }
    table(regions.applications, sections.contentStart(Section.APPLICATIONS), Severity.ERROR, "table 3 (收到和处理政府信息公开申请情况)",
        r -> tables.applications(r[0], r[1], layout3), report::applications, ranges);
    Tables.Read<ReviewLitigationTable> review = table(regions.review,
        sections.contentStart(Section.REVIEW_LITIGATION), Severity.ERROR, "table 4 (行政复议、行政诉讼情况)",
        r -> tables.review(r[0], r[1], edition), report::reviewLitigation, ranges);
    if (review != null && review.table().isPresent() && !sections.has(Section.PROBLEMS)) {
      sections.inferProblems(review.end());
    }
    return ranges;
  }

  /**
   * Reads one table from its region into the report and notes its source range; a table not
   * found, or without readable cells, is {@code TEXT-TABLE-MISSING}: an error for table 3 or 4, a
   * warning for table 2 (which carries no arithmetic). Returns what was
   * read, or null when the region was not found.
   */
  private <T> Tables.Read<T> table(int[] region, int sectionStart, Severity severity, String name, Function<int[], Tables.Read<T>> reader,
      Consumer<T> put, List<int[]> ranges) {
    if (region == null) {
      missing(true, severity, sectionStart, name + " was not found");
      return null;
    }
    quoteBefore(region[0], sectionStart, name);
    Tables.Read<T> read = reader.apply(region);
    read.table().ifPresent(put);
    ranges.add(new int[] {region[0], read.end()});
    missing(read.table().isEmpty(), severity, region[0], name + " has no readable cells");
    return read;
  }

  /**
   * Quotes the numbers written right before a table's start and after the section's last words
   * ({@code …情况如下。1⏎行政复议…}, {@code （6本列数据…}): no cell takes them, and no sentence holds them.
   */
  private void quoteBefore(int tableStart, int sectionStart, String name) {
    int from = tableStart;
    while (from > sectionStart && !Character.isIdeographic(text.charAt(from - 1)) && text.charAt(from - 1) != '。') {
      from--;
    }
    int i = from;
    while (i < tableStart) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int run = i;
      while (i < tableStart && Character.isDigit(text.charAt(i))) {
        i++;
      }
      sink.add(Codes.CELL_UNPLACED, Severity.WARNING, run, i - run,
          "'" + text.substring(run, i) + "' before " + name + " is not placed in any cell");
    }
  }

  private void missing(boolean missing, Severity severity, int at, String message) {
    if (missing) {
      sink.add(Codes.TABLE_MISSING, severity, at, 0, message);
    }
  }
}
