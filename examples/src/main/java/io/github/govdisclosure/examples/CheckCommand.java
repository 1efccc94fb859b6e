package io.github.govdisclosure.examples;

import io.github.govdisclosure.json.DisclosureJson;
import io.github.govdisclosure.json.JsonWriter;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.TextFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check [options] FILE…}: reads each report by its content, checks it and prints a header,
 * the three standard tables, the diagnostics, the findings, the stated shares next to the
 * recomputed ones, and a verdict; or the JSON document. {@code --output} writes the tables alone in
 * the chosen format, {@code --html} the report page.
 */
@Command(name = CheckCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
    sortOptions = false,
    description = {"Check report files: print the tables, diagnostics, findings, shares and verdict.",
        "Reads annual reports (text in any common charset, saved web pages; the format is told by the"
        + " content), checks them and prints a header, the three standard tables, the diagnostics, the findings,"
        + " the stated shares next to the recomputed ones, and a verdict. With no file, reads the bundled sample "
        + ReportInput.SAMPLE + "."},
    footer = {"", "Exit status: 0 consistent, 1 inconsistent, 2 not assessable, 3 unreadable input or usage error;"
        + " with several files, the highest."})
final class CheckCommand implements Callable<Integer> {
  static final String NAME = "check";

  private final Cli.Console console;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "The tables as plain (default), markdown, html, csv or pipe.")
  TableFormat format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the tables to FILE in the --format and nothing else (a CSV, HTML or Markdown file"
          + " as such); one report only.")
  Path output;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Write the report page to FILE: the tables with failing cells marked, findings, shares,"
          + " diagnostics; one self-contained page.")
  Path html;

  @Option(names = "--json", description = "Print the JSON document of docs/json.md instead (one compact line"
      + " per file, with a source member, when there are several files).")
  boolean json;

  @Option(names = "--diagnostics", description = "List INFO diagnostics too (warnings and errors always are).")
  boolean infos;

  @Mixin
  ReportOptions options;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Report files; none reads the bundled sample.")
  List<Path> files = new ArrayList<>();

  CheckCommand(Cli.Console console) {
    this.console = console;
  }

  /** The formats of {@code --format}. */
  enum TableFormat {
    PLAIN(TextFormat.PLAIN),
    MARKDOWN(TextFormat.MARKDOWN),
    HTML(TextFormat.HTML),
    CSV(TextFormat.CSV.builder().lineSeparator("\r\n").build()),
    PIPE(TextFormat.PIPE);

    private final TextFormat format;

    TableFormat(TextFormat format) {
      this.format = format;
    }

    /** The text format of the value. */
    TextFormat format() {
      return format;
    }

    /** The value as written on the command line (picocli lists it in its messages). */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Override
  public Integer call() {
    refuseConflicts();
    Optional<OutputFile> tables;
    Optional<OutputFile> page;
    Optional<OutputFile> baseline;
    Rules rules;
    try {
      tables = output == null ? Optional.empty() : Optional.of(OutputFile.of(output, options.locale()));
      page = html == null ? Optional.empty() : Optional.of(OutputFile.of(html, options.locale()));
      baseline = options.baselineOutput();
      rules = options.reviewedRules();
    } catch (OutputFile.WriteException | BaselineFile.UnreadableException e) {
      console.error(e.getMessage());
      return Main.UNREADABLE;
    }
    Locale locale = options.locale();
    ReportPrinter printer = new ReportPrinter(console.out(), tableFormat(), locale, options.all, options.minSeverity,
        infos);
    JsonWriter writer = files.size() > 1 ? DisclosureJson.writer() : DisclosureJson.writer().pretty();
    List<Supplier<ReportInput.Parsed>> inputs = new ArrayList<>();
    if (files.isEmpty()) {
      inputs.add(ReportInput::sample);
    }
    files.forEach(file -> inputs.add(() -> ReportInput.read(file)));
    List<CheckedReport> checked = new ArrayList<>();
    int worst = Main.CONSISTENT;
    for (Supplier<ReportInput.Parsed> input : inputs) {
      CheckedReport report;
      try {
        report = CheckedReport.check(input.get(), rules);
      } catch (ReportInput.UnreadableException e) {
        // the other files are still read; the reason is printed in its turn
        console.error(e.message(locale));
        worst = Main.UNREADABLE;
        continue;
      }
      worst = Math.max(worst, print(report, checked.isEmpty(), printer, writer, tables.orElse(null)));
      checked.add(report);
    }
    if (page.isPresent() && !checked.isEmpty()) {
      try {
        page.get().write(new HtmlReport(locale, options.all, options.minSeverity, infos).check(checked));
      } catch (OutputFile.WriteException e) {
        console.error(e.getMessage());
        worst = Main.UNREADABLE;
      }
    }
    try {
      if (!checked.isEmpty()) {
        LocalDate today = LocalDate.now();
        options.writeBaseline(baseline, checked.stream()
            .flatMap(report -> BaselineFile.decisions(report, BaselineFile.who(), today).stream()).toList());
      }
    } catch (OutputFile.WriteException e) {
      console.error(e.getMessage());
      worst = Main.UNREADABLE;
    }
    console.out().flush();
    return worst;
  }

  /** Prints one report (and writes its tables to {@code tables}, if given); returns its exit status. */
  private int print(CheckedReport report, boolean first, ReportPrinter printer, JsonWriter writer, OutputFile tables) {
    int status = report.status();
    if (tables != null) {
      try {
        tables.write(DisclosureText.format(report.report(), tableFormat()));
      } catch (OutputFile.WriteException e) {
        console.error(e.getMessage());
        status = Main.UNREADABLE;
      }
    }
    if (json) {
      String text = writer.write(report.json(options.locale(), options.all, options.minSeverity));
      console.out().print(writer.isPretty() ? text : withSource(text, report.source()) + "\n");
    } else {
      if (!first) {
        console.out().println();
      }
      printer.print(report, Optional.ofNullable(tables).map(file -> file.path().toString()));
    }
    console.out().flush();
    return status;
  }

  private TextFormat tableFormat() {
    return (format == null ? TableFormat.PLAIN : format).format;
  }

  /**
   * A compact JSON document with a first member {@code "source"}: the file it was read from, so
   * that the lines of several files tell which is which.
   */
  static String withSource(String document, String source) {
    StringBuilder json = new StringBuilder(document.length() + source.length() + 16).append("{\"source\":\"");
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append("\",").append(document, 1, document.length()).toString();
  }

  /** Combinations that have no meaning are usage errors, before any file is read. */
  private void refuseConflicts() {
    if (json && format != null) {
      throw new ParameterException(spec.commandLine(), "--json and --format cannot be combined");
    }
    if (json && output != null) {
      throw new ParameterException(spec.commandLine(),
          "--output writes the tables in the --format; for JSON, redirect --json to a file");
    }
    if (output != null && files.size() > 1) {
      throw new ParameterException(spec.commandLine(), "--output takes the tables of one report, not of "
          + files.size() + " (the audit command checks many)");
    }
    if (output != null && html != null && output.toAbsolutePath().normalize().equals(html.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(), "--output and --html name the same file");
    }
    for (Path written : new Path[] {output, html, options.writeBaseline}) {
      if (written != null && files.stream().anyMatch(file -> same(file, written))) {
        throw new ParameterException(spec.commandLine(), written + " is a report to read; it cannot be written");
      }
    }
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
