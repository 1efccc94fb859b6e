package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.text.internal.narrative.NarrativeFacts;
import io.github.govdisclosure.text.internal.narrative.NarrativeReader;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text of the preamble and of each section without its tables, and the facts their narrative
 * states: a section's text is its pieces around the tables in it, trimmed, one a line; each piece
 * (and the preamble) is handed to the {@link NarrativeReader}.
 */
final class SectionTexts {
  private final String text;
  private final Report.Builder report;
  private final NarrativeReader narrative;
  /** The stretches to read, in order, with their sections (null for the preamble). */
  private final List<int[]> reads = new ArrayList<>();
  private final List<Section> readSections = new ArrayList<>();

  private SectionTexts(String text, LineIndex lines, Report.Builder report) {
    this.text = text;
    this.report = report;
    this.narrative = NarrativeReader.of(text, lines);
  }

  /**
   * Puts the preamble, the sections' texts and the narrative facts into the report.
   *
   * @param tableRanges the source ranges of the tables read, {@code [from, end)}
   */
  static void read(String text, LineIndex lines, Sections sections, List<int[]> tableRanges, Report.Builder report) {
    new SectionTexts(text, lines, report).run(sections, tableRanges);
  }

  private void run(Sections sections, List<int[]> tableRanges) {
    int bodyStart = sections.bodyStart();
    int preambleEnd = sections.preambleEnd();
    int preambleFrom = Trim.start(text, bodyStart, preambleEnd);
    report.preamble(text.substring(preambleFrom, Trim.end(text, preambleFrom, preambleEnd)));
    // the stretches to read, in order: the preamble, then each section's pieces around its tables
    reads.add(new int[] {bodyStart, preambleEnd});
    readSections.add(null);
    for (Map.Entry<Section, int[]> e : sections.contents().entrySet()) {
      int from = e.getValue()[0];
      int to = e.getValue()[1];
      List<int[]> pieces = new ArrayList<>();
      int at = from;
      for (int[] table : tableRanges) {
        if (table[0] >= from && table[0] < to) {
          piece(pieces, at, table[0], e.getKey());
          at = Math.max(at, Math.min(to, table[1]));
        }
      }
      piece(pieces, at, to, e.getKey());
      report.putSections(e.getKey(), join(pieces));
    }
    // told every stretch first, the reader makes its arrays once
    for (int[] read : reads) {
      narrative.reserve(read[0], read[1]);
    }
    for (int k = 0; k < reads.size(); k++) {
      facts(reads.get(k)[0], reads.get(k)[1], readSections.get(k));
    }
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
  private void piece(List<int[]> pieces, int from, int to, Section section) {
    if (from >= to) {
      return;
    }
    int start = Trim.start(text, from, to);
    int end = Trim.end(text, start, to);
    if (start >= end) {
      return;
    }
    pieces.add(new int[] {start, end});
    reads.add(new int[] {from, to});
    readSections.add(section);
  }

  private void facts(int from, int to, Section section) {
    if (from >= to) {
      return;
    }
    NarrativeFacts facts = narrative.read(from, to, section);
    report.addAllStatedFigures(facts.figures());
    report.addAllStatedBreakdowns(facts.breakdowns());
    facts.fee().ifPresent(report::feeStatement);
  }
}
