package io.github.govdisclosure.examples;

import io.github.govdisclosure.diff.ReportDiff;
import io.github.govdisclosure.json.DisclosureJson;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.text.TextFormat;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compare OLD NEW}: two reports of one agency, last year's and this year's, compared cell by
 * cell ({@link ReportDiff}), with the cross-year findings and the narrative diffed by sentence.
 */
@Command(name = CompareCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
    sortOptions = false,
    description = {"Compare last year's report with this year's: every cell that means the same in both"
        + " (across the V2019→V2021 edition change too), the change and the relative change, the cells that"
        + " cannot be compared, the cross-year findings (上年结转 against 结转下年度, 现行有效件数) and the"
        + " narrative by sentence."},
    footer = {"", "Exit status: 0 the cross-year rules hold, 1 a cross-year rule fails, 2 they could not be"
        + " assessed (years not consecutive, a table or cell absent), 3 unreadable input or usage error."})
final class CompareCommand implements Callable<Integer> {
  static final String NAME = "compare";

  private final Cli.Console console;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "The comparison as plain (default), markdown, html or csv.")
  CheckCommand.TableFormat format;

  @Option(names = "--json", description = "Print the comparison's JSON document of docs/json.md instead.")
  boolean json;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the comparison (in the --format, or JSON with --json) to FILE instead of standard"
          + " output, whole or not at all.")
  Path output;

  @Mixin
  RuleOptions options;

  @Parameters(index = "0", paramLabel = "OLD", description = "Last year's report file.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "This year's report file.")
  Path newer;

  CompareCommand(Cli.Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (json && format != null) {
      throw new ParameterException(spec.commandLine(), "--json and --format cannot be combined");
    }
    if (format == CheckCommand.TableFormat.PIPE) {
      throw new ParameterException(spec.commandLine(), "a comparison has no pipe form; use plain, markdown,"
          + " html or csv");
    }
    Locale locale = options.locale();
    OutputFile file = null;
    try {
      if (output != null) {
        for (Path input : new Path[] {older, newer}) {
          if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new ParameterException(spec.commandLine(), output + " is a report to read; it cannot be written");
          }
        }
        file = OutputFile.of(output, locale);
      }
    } catch (OutputFile.WriteException e) {
      console.error(e.getMessage());
      return Main.UNREADABLE;
    }
    Report last;
    Report current;
    try {
      last = ReportInput.read(older).result().getReport();
      current = ReportInput.read(newer).result().getReport();
    } catch (ReportInput.UnreadableException e) {
      console.error(e.message(locale));
      return Main.UNREADABLE;
    }
    if (last.getAgency().isPresent() && current.getAgency().isPresent()
        && !Objects.equals(last.getAgency(), current.getAgency())) {
      console.error(Words.AGENCIES_DIFFER.format(locale, last.getAgency().get(), current.getAgency().get()));
    }
    ReportDiff diff = ReportDiff.of(last, current, options.rules());
    String text = json ? DisclosureJson.writer().pretty().write(diff, locale) : diff.format(textFormat(), locale);
    if (file == null) {
      console.out().print(text);
    } else {
      try {
        file.write(text);
      } catch (OutputFile.WriteException e) {
        console.error(e.getMessage());
        return Main.UNREADABLE;
      }
      console.out().println(Words.WRITTEN_TO.format(locale, output));
    }
    console.out().flush();
    return status(diff.getCrossYear());
  }

  private TextFormat textFormat() {
    return (format == null ? CheckCommand.TableFormat.PLAIN : format).format();
  }

  /** 1 when a cross-year rule failed, 2 when one could not be assessed (or no years pair), else 0. */
  static int status(CheckResult crossYear) {
    if (!crossYear.failures().isEmpty()) {
      return Main.INCONSISTENT;
    }
    if (!crossYear.isComplete() || !crossYear.withStatus(Status.NOT_ASSESSABLE).isEmpty()) {
      return Main.NOT_ASSESSABLE;
    }
    return Main.CONSISTENT;
  }
}
