package io.github.govdisclosure.testkit.internal;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.testkit.Noise;
import io.github.govdisclosure.testkit.Shape;
import io.github.govdisclosure.testkit.internal.Grids.Grid;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Writes a report as text in one shape, adding the requested noise at random places. */
public final class TextRenderer {

  private final Report report;
  private final Shape shape;
  private final Set<Noise> noise;
  private final RandomGenerator rng;
  private int page;

  private TextRenderer(Report report, Shape shape, Set<Noise> noise, RandomGenerator rng) {
    this.report = report;
    this.shape = shape;
    this.noise = noise;
    this.rng = rng;
    this.page = 2 + rng.nextInt(8);
  }

  /** The noise of the request that applies to the shape. */
  public static Set<Noise> applicable(Shape shape, Set<Noise> requested) {
    Set<Noise> applied = EnumSet.noneOf(Noise.class);
    for (Noise n : requested) {
      if (n.appliesTo(shape)) {
        applied.add(n);
      }
    }
    return applied;
  }

  /** Renders the report; {@code noise} must already be {@link #applicable} to the shape. */
  public static String render(Report report, Shape shape, Set<Noise> noise, RandomGenerator rng) {
    return new TextRenderer(report, shape, noise, rng).document();
  }

  private String document() {
    String text = once();
    if (noise.contains(Noise.BRACKET_SWAP)) {
      text = swapBrackets(text);
    }
    if (noise.contains(Noise.REPEATED)) {
      text = text + (shape == Shape.CRAWLER ? "" : "\n") + text;
    }
    return text;
  }

  private String once() {
    List<Object> blocks = new ArrayList<>();
    blocks.add(report.getTitle().orElse(report.getAgency().orElse("")
        + (report.getYear().isPresent() ? report.getYear().getAsInt() + "年" : "") + "政府信息公开工作年度报告"));
    String preamble = report.getPreamble();
    if (!preamble.contains("统计期限") && report.getYear().isPresent()) {
      int year = report.getYear().getAsInt();
      preamble += "本报告中所列数据的统计期限自" + year + "年1月1日至" + year + "年12月31日。";
    }
    blocks.add(preamble);
    for (Section section : Section.values()) {
      blocks.add(section.heading());
      String text = report.getSections().getOrDefault(section, "");
      if (!text.isEmpty()) {
        blocks.add(text);
      }
      switch (section) {
        case ACTIVE_DISCLOSURE:
          report.getActiveDisclosure().ifPresent(t -> blocks.add(Grids.activeDisclosure(t)));
          break;
        case APPLICATIONS:
          report.getApplications().ifPresent(t -> blocks.add(Grids.applications(t, noise.contains(Noise.SPLIT_WORDS))));
          break;
        case REVIEW_LITIGATION:
          report.getReviewLitigation().ifPresent(
              t -> blocks.add(Grids.reviewLitigation(t, noise.contains(Noise.TRUNCATED_HEADERS))));
          break;
        default:
          break;
      }
    }
    StringBuilder out = new StringBuilder();
    for (Object block : blocks) {
      if (shape == Shape.CRAWLER) {
        out.append(crawlerGap());
      } else if (out.length() > 0) {
        out.append('\n');
        if (spacing() && Draw.chance(rng, 0.2)) {
          out.append('\n');
        }
      }
      if (block instanceof Grid) {
        table(out, (Grid) block);
      } else {
        out.append(lineSpaces()).append((String) block).append(lineSpaces());
      }
    }
    return out.toString();
  }

  private void table(StringBuilder out, Grid grid) {
    Set<Integer> footers = new HashSet<>();
    if (noise.contains(Noise.PAGE_FOOTERS) && grid.rows.size() > 1) {
      int n = 1 + rng.nextInt(2);
      for (int i = 0; i < n; i++) {
        footers.add(1 + rng.nextInt(grid.rows.size() - 1));
      }
    }
    switch (shape) {
      case PIPE:
        pipe(out, grid);
        break;
      case CRAWLER:
        for (List<String> row : grid.rows) {
          for (String cell : row) {
            if (!cell.isEmpty()) {
              out.append(crawlerGap()).append(cell);
            }
          }
        }
        break;
      default:
        for (int r = 0; r < grid.rows.size(); r++) {
          if (footers.contains(r)) {
            out.append("— ").append(page++).append(" —\n");
          }
          line(out, grid.rows.get(r), r == 0 ? -1 : trimmed(grid.rows.get(r - 1)).size());
        }
        out.setLength(out.length() - 1);
    }
  }

  // The seed's flattened page: "cell |" and a line break per non-empty cell, "|" per empty cell,
  // a line break before a non-empty cell that follows empty ones, no pipe after the table's last cell.
  private void pipe(StringBuilder out, Grid grid) {
    List<String> cells = new ArrayList<>();
    for (List<String> row : grid.rows) {
      cells.addAll(row);
    }
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    boolean open = false;
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (cell.isEmpty()) {
        out.append('|');
        open = true;
        continue;
      }
      if (open) {
        out.append('\n');
        open = false;
      }
      out.append(lineSpaces()).append(cell);
      if (i < cells.size() - 1) {
        out.append(' ').append(spaces()).append("|\n");
      }
    }
  }

  private static List<String> trimmed(List<String> row) {
    List<String> cells = new ArrayList<>(row);
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  // previousWidth: the cell count of the row before, -1 for a table's first row. A Markdown table
  // restarts (header row, then "|---|") whenever the width changes, as PDF conversion writes it.
  private void line(StringBuilder out, List<String> row, int previousWidth) {
    List<String> cells = trimmed(row);
    switch (shape) {
      case LINES:
        for (String cell : cells) {
          if (!cell.isEmpty()) {
            out.append(lineSpaces()).append(cell).append(lineSpaces()).append('\n');
            if (spacing() && Draw.chance(rng, 0.1)) {
              out.append('\n');
            }
          }
        }
        break;
      case TABS: {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
          if (!cell.isEmpty()) {
            if (line.length() > 0) {
              line.append(spaces()).append('\t').append(spaces());
            }
            line.append(cell);
          }
        }
        if (line.length() > 0) {
          out.append(line).append(lineSpaces()).append('\n');
        }
        break;
      }
      default: {
        out.append('|');
        for (String cell : cells) {
          out.append(' ').append(spaces()).append(cell).append(' ').append(spaces()).append('|');
        }
        out.append('\n');
        if (cells.size() != previousWidth) {
          out.append("|---".repeat(cells.size())).append("|\n");
        }
      }
    }
  }

  private boolean spacing() {
    return noise.contains(Noise.EXTRA_SPACING);
  }

  private String spaces() {
    return spacing() && Draw.chance(rng, 0.3) ? " ".repeat(1 + rng.nextInt(3)) : "";
  }

  private String lineSpaces() {
    return spacing() && Draw.chance(rng, 0.15) ? " ".repeat(1 + rng.nextInt(2)) : "";
  }

  private String crawlerGap() {
    return spacing() && Draw.chance(rng, 0.15) ? " " : "";
  }

  private static String swapBrackets(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '（':
          out.append('(');
          break;
        case '）':
          out.append(')');
          break;
        case '(':
          out.append('（');
          break;
        case ')':
          out.append('）');
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
