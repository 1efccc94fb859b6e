package io.github.govdisclosure.text.internal.format;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.text.TextFormat;
import java.util.Objects;

/** Prints a report's standard tables in a {@link TextFormat}; behind {@code DisclosureText.format}. */
public final class TablePrinter {
  private TablePrinter() {}

  /** The report's tables in the format; see {@link TextFormat} for what each syntax prints. */
  public static String format(Report report, TextFormat format) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(format, "format");
    StringBuilder out = new StringBuilder(8192);
    switch (format.getSyntax()) {
      case PIPE:
        PipeWriter.write(report, format, out);
        break;
      case PLAIN:
        plain(report, format, out);
        break;
      case MARKDOWN:
        MarkdownWriter.write(report, format, out);
        break;
      case CSV:
        CsvWriter.write(report, format, out);
        break;
      default:
        HtmlWriter.write(report, format, out);
    }
    return out.toString();
  }

  /** The title, then per table its heading and its drawn grid, a blank line between blocks. */
  private static void plain(Report report, TextFormat format, StringBuilder out) {
    String nl = format.getLineSeparator();
    boolean first = true;
    String title = Texts.title(report);
    if (format.isPrintTitle() && title != null) {
      out.append(title).append(nl);
      first = false;
    }
    for (Table table : Table.values()) {
      if (!format.prints(table)) {
        continue;
      }
      if (!first) {
        out.append(nl);
      }
      first = false;
      if (format.isPrintHeadings()) {
        out.append(table.section().heading()).append(nl);
      }
      Grid grid = Grids.of(report, table, format);
      if (grid == null) {
        out.append(Texts.NO_TABLE).append(nl);
      } else {
        BoxWriter.write(grid, format.isAsciiBorders(), nl, out);
        String legend = Texts.legend(report.table(table).get());
        if (legend != null) {
          out.append(legend).append(nl);
        }
      }
    }
  }
}
