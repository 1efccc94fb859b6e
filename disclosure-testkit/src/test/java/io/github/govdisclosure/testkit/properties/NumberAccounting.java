package io.github.govdisclosure.testkit.properties;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "The parser never loses a number", made precise for property 5.
 *
 * <p><b>Table region</b>: from the first table 2 block caption ({@code 第二十条第}) to the first
 * heading of section 五 after it ({@code 五、存在}), else of section 六 ({@code 六、其他}). Without a
 * caption, or without either heading after it, the text has no table region and nothing is checked
 * (the section 六 fee and the narrative hold numbers that are no cells).
 *
 * <p><b>Digit run</b>: a maximal run of decimal digits ({@link Character#isDigit}, so full-width
 * digits count) inside the region, except the numbering of the table 3 sub-rows: a run followed by
 * {@code .} or {@code ．} and then a non-digit ({@code 1.属于国家秘密}).
 *
 * <p><b>Accounted for</b>: a digit run {@code [s, e)} is accounted for when
 * <ol>
 *   <li>it overlaps the span of a cell of the parsed report (a layout cell or a cell of an extra
 *       row), or the span of an extra row; or
 *   <li>it overlaps the span of a diagnostic (a zero-length span at offset {@code o} counts as
 *       {@code [o, o + 1)}); or
 *   <li>a diagnostic whose span starts on the run's line quotes it: its message or excerpt contains
 *       the run (page footers, {@code — 4 —}, are reported this way).
 * </ol>
 */
final class NumberAccounting {

  private NumberAccounting() {}

  /** {@code [from, to)} of the table region, or empty. */
  static Optional<int[]> region(String text) {
    int from = text.indexOf("第二十条第");
    if (from < 0) {
      return Optional.empty();
    }
    int to = text.indexOf("五、存在", from);
    if (to < 0) {
      to = text.indexOf("六、其他", from);
    }
    return to < 0 ? Optional.empty() : Optional.of(new int[] {from, to});
  }

  /** The digit runs of the region that the result does not account for, described. */
  static List<String> lost(String text, ParseResult result) {
    List<String> lost = new ArrayList<>();
    Optional<int[]> region = region(text);
    if (region.isEmpty()) {
      return lost;
    }
    List<int[]> spans = spans(result);
    int i = region.get()[0];
    int to = region.get()[1];
    while (i < to) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && Character.isDigit(text.charAt(i))) {
        i++;
      }
      if (i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == '．')
          && !Character.isDigit(text.charAt(i + 1))) {
        continue;
      }
      String run = text.substring(start, i);
      if (!overlaps(spans, start, i) && !quoted(text, result, start, run)) {
        lost.add("'" + run + "' at " + start + " (line " + line(text, start) + "): …"
            + text.substring(Math.max(0, start - 20), Math.min(text.length(), i + 20)).replace("\n", "⏎") + "…");
      }
    }
    return lost;
  }

  private static List<int[]> spans(ParseResult result) {
    List<int[]> spans = new ArrayList<>();
    Report report = result.getReport();
    for (Table t : Table.values()) {
      Optional<? extends StandardTable> table = report.table(t);
      if (table.isEmpty()) {
        continue;
      }
      for (Cell cell : table.get().getCells().values()) {
        cell.getSpan().ifPresent(s -> spans.add(range(s)));
      }
      for (ExtraRow row : table.get().getExtraRows()) {
        row.getSpan().ifPresent(s -> spans.add(range(s)));
        for (Cell cell : row.getCells()) {
          cell.getSpan().ifPresent(s -> spans.add(range(s)));
        }
      }
    }
    for (Diagnostic d : result.getDiagnostics()) {
      spans.add(range(d.getSpan()));
    }
    return spans;
  }

  private static int[] range(SourceSpan span) {
    return new int[] {span.offset(), Math.max(span.end(), span.offset() + 1)};
  }

  private static boolean overlaps(List<int[]> spans, int start, int end) {
    for (int[] s : spans) {
      if (s[0] < end && start < s[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean quoted(String text, ParseResult result, int start, String run) {
    int line = line(text, start);
    for (Diagnostic d : result.getDiagnostics()) {
      if (d.line() == line && (d.getMessage().contains(run) || d.getExcerpt().contains(run))) {
        return true;
      }
    }
    return false;
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
