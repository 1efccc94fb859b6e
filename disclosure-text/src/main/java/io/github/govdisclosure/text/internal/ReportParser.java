package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.text.internal.shared.LineIndex;
import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.internal.narrative.NarrativeFacts;
import io.github.govdisclosure.text.internal.narrative.NarrativeReader;
import io.github.govdisclosure.text.internal.table.Tables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a whole report: strips crawler headers, finds section headings by their content words
 * (not their numerals), cuts a repeated copy of the report, reads title, year and agency, decides
 * the edition from the table labels, reads the three tables from their regions and hands the
 * narrative to the {@link NarrativeReader}. Not API.
 */
public final class ReportParser {

  private static final String NUMERALS = "一二三四五六七八九十";

  /** Markers of the table regions and of the editions, normalised once. */
  private static final String[] T2_MARKERS = normalized(new String[] {"第二十条第"});
  private static final String[] T3_MARKERS = normalized(new String[] {"申请人情况", "本列数据", "勾稽关系", "本年新收政府信息公开申请"});
  private static final String[] T4_MARKERS = normalized(new String[] {"行政复议行政诉讼", "行政复议"});
  private static final String[] T2_V2021 = normalized(new String[] {"本年制发件数", "现行有效件数", "本年废止件数"});
  private static final String[] T2_V2019 = normalized(new String[] {"本年新制作数量", "对外公开总数量", "上一年项目数量", "本年增/减", "采购总金额", "本年新公开数量"});
  private static final String[] T3_V2021 = normalized(new String[] {"逾期不补正", "收费通知", "不再处理其政府信息公开申请"});

  private static String[] normalized(String[] words) {
    String[] normal = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      normal[i] = Norm.normalize(words[i]);
    }
    return normal;
  }

  /** The sections' heading keywords, normalised, in the order they are tried, with their sections. */
  private static final String[] PREFIX_KEYS;
  private static final Section[] PREFIX_SECTIONS;
  /** Each section's known headings, normalised. */
  private static final String[][] HEADINGS = new String[Section.values().length][];

  static {
    List<String> keys = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    for (Section section : Section.values()) {
      for (String keyword : section.keywords()) {
        keys.add(Norm.normalize(keyword));
        sections.add(section);
      }
    }
    PREFIX_KEYS = keys.toArray(new String[0]);
    PREFIX_SECTIONS = sections.toArray(new Section[0]);
    for (Section section : Section.values()) {
      HEADINGS[section.ordinal()] = section.headings().stream().map(Norm::normalize).toArray(String[]::new);
    }
  }

  private final String text;
  private final LineIndex lines;
  private final Sink sink;

  private int bodyStart;
  private int bodyEnd;
  private String crawlerTitle;
  private Norm norm;
  private NarrativeReader narrative;

  /** A heading found: its section and its source range. */
  private record Heading(Section section, int start, int end) {}

  private ReportParser(String text, LineIndex lines, Sink sink) {
    this.text = text;
    this.lines = lines;
    this.sink = sink;
  }

  /** Parses the text; diagnostics go to the sink. */
  public static Report parse(String text, Sink sink) {
    return parse(text, spans(text), sink);
  }

  /** Parses the text, with its {@link #spans(String) spans} built already; diagnostics go to the sink. */
  public static Report parse(String text, LineIndex spans, Sink sink) {
    return new ReportParser(text, spans, sink).run();
  }

  /** The spans of the text parsed. */
  public static LineIndex spans(String text) {
    return new LineIndex(text);
  }

  private Report run() {
    bodyStart = crawlerHeader();
    bodyEnd = text.length();
    norm = Norm.of(text, 0, text.length());
    narrative = NarrativeReader.of(text, lines);
    List<Heading> headings = headings();
    Report.Builder report = new Report.Builder();

    Meta meta = new Meta(text, norm, bodyStart, bodyEnd);
    Optional<String> title = meta.title(crawlerTitle);
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

    Map<Section, int[]> content = new EnumMap<>(Section.class);
    int preambleEnd = headings.isEmpty() ? bodyEnd : headings.get(0).start();
    for (int k = 0; k < headings.size(); k++) {
      Heading h = headings.get(k);
      int end = k + 1 < headings.size() ? headings.get(k + 1).start() : bodyEnd;
      content.put(h.section(), new int[] {h.end(), end});
    }

    // table regions
    int[] t2 = region(content.get(Section.ACTIVE_DISCLOSURE), T2_MARKERS, false);
    int[] t3 = region(content.get(Section.APPLICATIONS),
        T3_MARKERS, true);
    int[] t4 = region(content.get(Section.REVIEW_LITIGATION), T4_MARKERS, false);
    Edition e2 = t2 == null ? null : editionOf(t2, T2_V2021,
        T2_V2019);
    Edition e3 = t3 == null ? null : editionOf(t3, T3_V2021,
        null);
    Edition edition = e3 != null ? e3 : e2;
    if (edition == null) {
      if (year.isPresent()) {
        edition = Edition.forYear(year.get());
        if (edition.hasTables()) {
          sink.add(Codes.EDITION_FROM_YEAR, Severity.INFO, bodyStart, 0,
              "no table labels tell the edition; " + edition + " is taken from the year " + year.get());
        }
      } else {
        edition = Edition.V2021;
        sink.add(Codes.EDITION_FROM_YEAR, Severity.WARNING, bodyStart, 0,
            "neither table labels nor the year tell the edition; V2021 is assumed");
      }
    }
    if (!edition.hasTables()) {
      sink.add(Codes.OUT_OF_SCOPE, Severity.WARNING, bodyStart, 0,
          "the report of " + year.map(String::valueOf).orElse("an unknown year")
              + " predates the national format (2019); its narrative is kept, no tables are read");
    } else if (year.isPresent() && Edition.forYear(year.get()) != edition) {
      int at = t3 != null ? t3[0] : t2 != null ? t2[0] : bodyStart;
      sink.add(Codes.EDITION_MISMATCH, Severity.WARNING, at, 0,
          "the tables follow " + edition + " but a report of " + year.get() + " should follow "
              + Edition.forYear(year.get()) + "; kept as " + edition);
    }
    report.edition(edition);

    Tables tables = new Tables(text, norm, lines, sink);
    List<int[]> tableRanges = new ArrayList<>();
    if (edition.hasTables()) {
      if (t2 != null && e2 != null && e2 != edition) {
        sink.add(Codes.EDITION_MIXED, Severity.ERROR, t2[0], 0,
            "table 2 follows " + e2 + " but table 3 follows " + edition + "; table 2 is left out");
      } else if (t2 != null) {
        Tables.Read<ActiveDisclosureTable> read = tables.active(t2[0], t2[1], edition);
        read.table().ifPresent(report::activeDisclosure);
        tableRanges.add(new int[] {t2[0], read.end()});
        missing(read.table().isEmpty(), t2[0], "table 2 (主动公开政府信息情况) has no readable cells");
      } else {
        missing(true, contentStart(content, Section.ACTIVE_DISCLOSURE), "table 2 (主动公开政府信息情况) was not found");
      }
      if (t3 != null) {
        Tables.Read<ApplicationTable> read = tables.applications(t3[0], t3[1], edition);
        read.table().ifPresent(report::applications);
        tableRanges.add(new int[] {t3[0], read.end()});
        missing(read.table().isEmpty(), t3[0], "table 3 (收到和处理政府信息公开申请情况) has no readable cells");
      } else {
        missing(true, contentStart(content, Section.APPLICATIONS), "table 3 (收到和处理政府信息公开申请情况) was not found");
      }
      if (t4 != null) {
        Tables.Read<ReviewLitigationTable> read = tables.review(t4[0], t4[1], edition);
        read.table().ifPresent(report::reviewLitigation);
        tableRanges.add(new int[] {t4[0], read.end()});
        missing(read.table().isEmpty(), t4[0], "table 4 (行政复议、行政诉讼情况) has no readable cells");
        if (read.table().isPresent() && !content.containsKey(Section.PROBLEMS)) {
          inferProblems(content, headings, read.end());
        }
      } else {
        missing(true, contentStart(content, Section.REVIEW_LITIGATION), "table 4 (行政复议、行政诉讼情况) was not found");
      }
    }
    boolean narrativeSections = content.containsKey(Section.OVERVIEW) || content.containsKey(Section.PROBLEMS)
        || content.containsKey(Section.OTHER_MATTERS);
    boolean tablesOnly = !narrativeSections && (content.containsKey(Section.ACTIVE_DISCLOSURE)
        || content.containsKey(Section.APPLICATIONS) || content.containsKey(Section.REVIEW_LITIGATION));
    if (tablesOnly) {
      sink.add(Codes.TABLES_ONLY, Severity.INFO, bodyStart, 0,
          "the text holds the tables only: no heading of the narrative sections 一、五、六 was found");
    }
    for (Section section : Section.values()) {
      boolean narrativeSection = section == Section.OVERVIEW || section == Section.PROBLEMS
          || section == Section.OTHER_MATTERS;
      if (!content.containsKey(section) && !(tablesOnly && narrativeSection)) {
        sink.add(Codes.SECTION_MISSING, Severity.WARNING, bodyStart, 0,
            "no heading of section " + section + " (" + section.heading() + ") was found");
      }
    }

    // narrative
    int preambleFrom = trimStart(bodyStart, preambleEnd);
    report.preamble(text.substring(preambleFrom, trimEnd(preambleFrom, preambleEnd)));
    // the stretches to read, in order: the preamble, then each section's pieces around its tables
    List<int[]> reads = new ArrayList<>();
    List<Section> readSections = new ArrayList<>();
    reads.add(new int[] {bodyStart, preambleEnd});
    readSections.add(null);
    for (Map.Entry<Section, int[]> e : content.entrySet()) {
      int from = e.getValue()[0];
      int to = e.getValue()[1];
      List<int[]> pieces = new ArrayList<>();
      int at = from;
      for (int[] table : tableRanges) {
        if (table[0] >= from && table[0] < to) {
          piece(pieces, reads, readSections, at, table[0], e.getKey());
          at = Math.max(at, Math.min(to, table[1]));
        }
      }
      piece(pieces, reads, readSections, at, to, e.getKey());
      report.putSections(e.getKey(), join(pieces));
    }
    for (int[] read : reads) {
      narrative.reserve(read[0], read[1]);
    }
    for (int k = 0; k < reads.size(); k++) {
      narrative(report, reads.get(k)[0], reads.get(k)[1], readSections.get(k));
    }
    return report.build();
  }

  /** The pieces of a section's text, trimmed, one a line. */
  private String join(List<int[]> pieces) {
    if (pieces.isEmpty()) {
      return "";
    }
    if (pieces.size() == 1) {
      return text.substring(pieces.get(0)[0], pieces.get(0)[1]);
    }
    int length = pieces.size() - 1;
    for (int[] piece : pieces) {
      length += piece[1] - piece[0];
    }
    StringBuilder b = new StringBuilder(length);
    for (int[] piece : pieces) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(text, piece[0], piece[1]);
    }
    return b.toString();
  }

  /** Adds the trimmed piece {@code [from, to)} of a section, if not blank, and the stretch to read its narrative from. */
  private void piece(List<int[]> pieces, List<int[]> reads, List<Section> readSections, int from, int to,
      Section section) {
    if (from >= to) {
      return;
    }
    int start = trimStart(from, to);
    int end = trimEnd(start, to);
    if (start >= end) {
      return;
    }
    pieces.add(new int[] {start, end});
    reads.add(new int[] {from, to});
    readSections.add(section);
  }

  private void narrative(Report.Builder report, int from, int to, Section section) {
    if (from >= to) {
      return;
    }
    NarrativeFacts facts = narrative.read(from, to, section);
    report.addAllStatedFigures(facts.figures());
    report.addAllStatedBreakdowns(facts.breakdowns());
    facts.fee().ifPresent(report::feeStatement);
  }

  private void missing(boolean missing, int at, String message) {
    if (missing) {
      sink.add(Codes.TABLE_MISSING, Severity.ERROR, at, 0, message);
    }
  }

  private int contentStart(Map<Section, int[]> content, Section section) {
    int[] range = content.get(section);
    return range == null ? bodyStart : range[0];
  }

  /** When 五 has no heading, text after table 4 that opens on problems and improvements is section 五. */
  private void inferProblems(Map<Section, int[]> content, List<Heading> headings, int tableEnd) {
    int[] review = content.get(Section.REVIEW_LITIGATION);
    if (review == null || tableEnd >= review[1]) {
      return;
    }
    int start = tableEnd;
    while (start < review[1]) {
      int lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0 || lineEnd > review[1]) {
        lineEnd = review[1];
      }
      boolean words = false;
      for (int i = start; i < lineEnd && !words; i++) {
        words = Character.isIdeographic(text.charAt(i));
      }
      if (words) {
        break;
      }
      start = lineEnd + 1;
    }
    if (start >= review[1]) {
      return;
    }
    while (start < review[1] && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int from = norm.indexAtSource(start);
    int to = Math.min(norm.indexAtSource(review[1]), from + 40);
    String head = norm.substring(from, to);
    if (head.contains("问题") && (head.contains("改进") || head.contains("整改"))) {
      content.put(Section.PROBLEMS, new int[] {start, review[1]});
      content.put(Section.REVIEW_LITIGATION, new int[] {review[0], start});
      sink.add(Codes.SECTION_INFERRED, Severity.INFO, start, 0,
          "section PROBLEMS has no heading; the text after table 4 that speaks of problems and improvements is read as it");
    }
  }

  /**
   * The region of a table inside a section's content, starting at the earliest marker, or at the
   * first marker (in the given order of preference) that is found.
   */
  private int[] region(int[] content, String[] markers, boolean earliest) {
    if (content == null) {
      return null;
    }
    int from = norm.indexAtSource(content[0]);
    int to = norm.indexAtSource(content[1]);
    int best = -1;
    for (String marker : markers) {
      int at = norm.indexOf(marker, from, to);
      if (at >= 0 && at < to && (best < 0 || at < best)) {
        best = at;
      }
      if (best >= 0 && !earliest) {
        break;
      }
    }
    if (best < 0) {
      return null;
    }
    if (best > 0 && norm.charAt(best - 1) == '(') {
      best--;
    }
    return new int[] {norm.sourceOf(best), content[1]};
  }

  private Edition editionOf(int[] region, String[] v2021, String[] v2019) {
    int from = norm.indexAtSource(region[0]);
    int to = norm.indexAtSource(region[1]);
    for (String marker : v2021) {
      int at = norm.indexOf(marker, from, to);
      if (at >= 0 && at < to) {
        return Edition.V2021;
      }
    }
    if (v2019 == null) {
      return Edition.V2019;
    }
    for (String marker : v2019) {
      int at = norm.indexOf(marker, from, to);
      if (at >= 0 && at < to) {
        return Edition.V2019;
      }
    }
    return null;
  }

  /** Skips the 8-line header a crawler writes (标题:, 发布时间:, … ==== 正文 ====); keeps its title. */
  private int crawlerHeader() {
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (!text.startsWith("标题:", i) && !text.startsWith("标题：", i)) {
      return 0;
    }
    int lineEnd = text.indexOf('\n', i);
    crawlerTitle = text.substring(i + 3, lineEnd < 0 ? text.length() : lineEnd).trim();
    int at = lineEnd < 0 ? text.length() : lineEnd + 1;
    for (int line = 0; line < 15 && at < text.length(); line++) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        end = text.length();
      }
      String s = text.substring(at, end);
      if (s.contains("正文") && s.contains("====")) {
        return Math.min(text.length(), end + 1);
      }
      at = end + 1;
    }
    return 0;
  }

  /** Finds section headings in order; a restart of the sequence marks a repeated copy and ends the body. */
  private List<Heading> headings() {
    List<Heading> found = new ArrayList<>();
    int from = norm.indexAtSource(bodyStart);
    int last = -1;
    for (int i = Math.max(1, from); i < norm.length(); i++) {
      if (norm.charAt(i) != '、' || NUMERALS.indexOf(norm.charAt(i - 1)) < 0) {
        continue;
      }
      int j = i - 1;
      while (j - 1 >= from && NUMERALS.indexOf(norm.charAt(j - 1)) >= 0 && i - j < 3) {
        j--;
      }
      int start = norm.sourceOf(j);
      Section section = null;
      int matchEnd = -1;
      for (int p = 0; p < PREFIX_KEYS.length; p++) {
        if (norm.startsWith(PREFIX_KEYS[p], i + 1)) {
          section = PREFIX_SECTIONS[p];
          matchEnd = i + 1 + PREFIX_KEYS[p].length();
          break;
        }
      }
      if (section == null || !headingContext(start) && !fullHeading(section, j)) {
        continue;
      }
      if (section.ordinal() <= last) {
        if (found.size() >= 3 && section.ordinal() < last) {
          cutRepetition(found, start);
          break;
        }
        continue;
      }
      last = section.ordinal();
      found.add(new Heading(section, start, headingEnd(start, j, matchEnd, section)));
    }
    return found;
  }

  /** Whether one of the section's known headings is written in full at a normalised index. */
  private boolean fullHeading(Section section, int at) {
    for (String h : HEADINGS[section.ordinal()]) {
      int mark = h.indexOf('、');
      if (norm.regionMatches(h, mark + 1, at + mark + 1) && norm.charAt(at + mark) == '、') {
        return true;
      }
    }
    return false;
  }

  private boolean headingContext(int start) {
    int p = start - 1;
    while (p >= bodyStart && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '#'
        || text.charAt(p) == '*' || text.charAt(p) == '\u3000')) {
      p--;
    }
    if (p < bodyStart) {
      return true;
    }
    char c = text.charAt(p);
    return !Character.isIdeographic(c) && c != '、';
  }

  private int headingEnd(int start, int numeralAt, int matchEnd, Section section) {
    int lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    if (lineEnd - start <= 50) {
      return lineEnd;
    }
    int best = matchEnd;
    for (String h : HEADINGS[section.ordinal()]) {
      if (norm.startsWith(h, numeralAt) && numeralAt + h.length() > best) {
        best = numeralAt + h.length();
      }
    }
    if (best == matchEnd) {
      for (int k = matchEnd; k < Math.min(norm.length() - 1, matchEnd + 24); k++) {
        char c = norm.charAt(k);
        if (c == '。' || c == ',' || c == '，' || c == ';') {
          break;
        }
        if (norm.startsWith("情况", k) || norm.startsWith("事项", k) || norm.startsWith("措施", k)) {
          best = k + 2;
          break;
        }
      }
    }
    return norm.sourceEnd(best);
  }

  /** The first index in {@code [from, to)} past the characters {@link String#trim()} removes, or {@code to}. */
  private int trimStart(int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) <= ' ') {
      i++;
    }
    return i;
  }

  /** The end of {@code [from, to)} without the characters {@link String#trim()} removes at its end. */
  private int trimEnd(int from, int to) {
    int i = to;
    while (i > from && text.charAt(i - 1) <= ' ') {
      i--;
    }
    return i;
  }

  /** Cuts the body before a second copy of the report and reports it. */
  private void cutRepetition(List<Heading> found, int repeatedHeading) {
    int copyStart = repeatedHeading;
    int firstHeading = found.get(0).start();
    int p0 = trimStart(bodyStart, firstHeading);
    int p1 = trimEnd(p0, firstHeading);
    if (p0 < p1) {
      int nl = text.indexOf('\n', p0);
      int lineEnd = nl < 0 || nl >= p1 ? p1 : nl;
      String probe = text.substring(p0, Math.min(p0 + 30, lineEnd));
      int at = text.indexOf(probe, found.get(found.size() - 1).end());
      if (at >= 0 && at < repeatedHeading) {
        copyStart = at;
      }
    }
    int f0 = trimStart(bodyStart, copyStart);
    int f1 = trimEnd(f0, copyStart);
    int s0 = trimStart(copyStart, text.length());
    int s1 = trimEnd(s0, text.length());
    boolean identical = s1 - s0 >= f1 - f0 && text.regionMatches(s0, text, f0, f1 - f0);
    String how = identical ? "an identical copy" : "a copy that differs from the first";
    sink.add(Codes.REPEATED_DOCUMENT, Severity.WARNING, copyStart, Math.min(20, text.length() - copyStart),
        "the report is printed again from here (" + how + "); only the first copy is read");
    bodyEnd = copyStart;
  }
}
