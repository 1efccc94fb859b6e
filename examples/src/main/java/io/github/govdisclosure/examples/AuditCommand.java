package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.rules.Acceptance;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.Verdict;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audit DIR [options]}: checks every report under a folder, told by its content, on one
 * thread per processor, and prints one line per report, the tally by verdict and the files
 * skipped; {@code --csv} writes one row per report, {@code --findings} one row per finding and
 * {@code --html} the report page with a sortable summary.
 *
 * <p>The output files are checked before any report is read (one that cannot be written is exit
 * status 3 at once), and each is written whole or not at all. A file is skipped, with its reason,
 * when it is empty or of a format no reader on the path reads; one that cannot be read at all
 * makes the exit status 3, and the others are still audited.
 */
@Command(name = AuditCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
    sortOptions = false,
    description = {"Check every report under a folder, in parallel, into CSV and HTML summaries.",
        "Checks every report under DIR (text, saved web pages, and every other format a reader on the"
        + " path reads; told by the content, whatever the file's name) in parallel, and prints one line per report,"
        + " the tally by verdict and the files skipped."},
    footer = {"", "Exit status: the highest of the reports' (0 consistent, 1 inconsistent, 2 not assessable);"
        + " 3 when a file cannot be read, DIR holds no report, an output cannot be written, or on a usage error."})
final class AuditCommand implements Callable<Integer> {
  static final String NAME = "audit";

  /** The columns of {@code --findings}. */
  static final List<String> FINDINGS_HEADER = List.of("file", "rule", "severity", "status", "cell", "expected",
      "actual", "message");

  private final Cli.Console console;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder to audit, with its subfolders.")
  Path folder;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write one row per report to FILE (RFC 4180 CSV):"
      + " file, agency, year, edition, charset, format, verdict, errors, warnings, not_assessable, diagnostics,"
      + " first_finding, accepted.")
  Path csv;

  @Option(names = "--findings", paramLabel = "FILE", description = "Write one row per listed finding to FILE"
      + " (RFC 4180 CSV): file, rule, severity, status, cell, expected, actual, message.")
  Path findings;

  @Option(names = "--facts", paramLabel = "FILE", description = "Write one row per cell of the standard tables to"
      + " FILE (RFC 4180 CSV, long form): file, agency, year, edition, table, row, column, cell, kind, raw, value,"
      + " unit, note, provenance, label.")
  Path facts;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the report page to FILE: a sortable summary"
      + " with the tally by verdict, then each report's tables with failing cells marked.")
  Path html;

  @Option(names = "--diagnostics", description = "List INFO diagnostics too in the report page.")
  boolean infos;

  @Mixin
  ReportOptions options;

  /** The day the decisions of {@code --write-baseline} are dated. */
  private final LocalDate today = LocalDate.now();

  AuditCommand(Cli.Console console) {
    this.console = console;
  }

  /**
   * What the audit of one file gave: a report's summary row, finding rows and page section, or the
   * reason the file was skipped.
   */
  private record Audited(String file, Optional<ReportRow> row, List<List<String>> findings, String section,
      List<List<String>> facts, List<Acceptance> decisions, Optional<String> skipped, int status) {

    static Audited skipped(String file, String reason, int status) {
      return new Audited(file, Optional.empty(), List.of(), "", List.of(), List.of(), Optional.of(reason), status);
    }
  }

  @Override
  public Integer call() {
    Locale locale = options.locale();
    if (!Files.isDirectory(folder)) {
      console.error(folder + Words.NAME_SEPARATOR.in(locale)
          + (Files.exists(folder) ? Words.NOT_A_FOLDER : Words.NO_SUCH_FOLDER).in(locale));
      return Main.UNREADABLE;
    }
    refuseSameFile();
    Map<String, OutputFile> outputs = new LinkedHashMap<>();
    Rules rules;
    try {
      if (csv != null) {
        outputs.put("--csv", OutputFile.of(csv, locale));
      }
      if (findings != null) {
        outputs.put("--findings", OutputFile.of(findings, locale));
      }
      if (facts != null) {
        outputs.put("--facts", OutputFile.of(facts, locale));
      }
      if (html != null) {
        outputs.put("--html", OutputFile.of(html, locale));
      }
      options.baselineOutput().ifPresent(file -> outputs.put("--write-baseline", file));
      rules = options.reviewedRules();
    } catch (OutputFile.WriteException | BaselineFile.UnreadableException e) {
      console.error(e.getMessage());
      return Main.UNREADABLE;
    }
    List<Path> files;
    try {
      Set<Path> excluded = outputs.values().stream().map(OutputFile::path).collect(Collectors.toSet());
      if (options.baseline != null) {
        excluded.add(options.baseline); // the baseline read is no report of the folder
      }
      files = files(folder, excluded);
    } catch (IOException | RuntimeException e) {
      console.error(folder + Words.NAME_SEPARATOR.in(locale) + Words.CANNOT_BE_LISTED.format(locale, e.getMessage()));
      return Main.UNREADABLE;
    }
    if (files.isEmpty()) {
      console.error(Words.EMPTY_FOLDER.format(locale, folder));
      return Main.UNREADABLE;
    }
    List<Audited> audited;
    try {
      audited = audit(files, rules, new HtmlReport(locale, options.all, options.minSeverity, infos));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      console.error(Words.INTERRUPTED.in(locale));
      return Main.UNREADABLE;
    }
    List<ReportRow> rows = new ArrayList<>();
    List<HtmlReport.Skipped> skipped = new ArrayList<>();
    int worst = Main.CONSISTENT;
    for (Audited file : audited) {
      file.row().ifPresent(rows::add);
      file.skipped().ifPresent(reason -> skipped.add(new HtmlReport.Skipped(file.file(), reason)));
      worst = Math.max(worst, file.status());
    }
    if (rows.isEmpty()) {
      printSkipped(skipped);
      console.error(Words.NO_REPORT.format(locale, folder, files.size()));
      return Main.UNREADABLE;
    }
    List<String> written = new ArrayList<>();
    try {
      if (outputs.containsKey("--csv")) {
        outputs.get("--csv").write(out -> {
          Csv.record(out, ReportRow.HEADER);
          for (ReportRow row : rows) {
            Csv.record(out, row.csv());
          }
        });
        written.add(Words.ROWS.format(locale, csv, rows.size()));
      }
      if (outputs.containsKey("--findings")) {
        List<List<String>> findingRows = audited.stream().flatMap(file -> file.findings().stream())
            .collect(Collectors.toList());
        outputs.get("--findings").write(out -> {
          Csv.record(out, FINDINGS_HEADER);
          for (List<String> row : findingRows) {
            Csv.record(out, row);
          }
        });
        written.add(Words.ROWS.format(locale, findings, findingRows.size()));
      }
      if (outputs.containsKey("--facts")) {
        List<List<String>> factRows = audited.stream().flatMap(file -> file.facts().stream())
            .collect(Collectors.toList());
        outputs.get("--facts").write(out -> {
          Csv.record(out, Facts.HEADER);
          for (List<String> row : factRows) {
            Csv.record(out, row);
          }
        });
        written.add(Words.FACTS.format(locale, facts, factRows.size()));
      }
      if (outputs.containsKey("--write-baseline")) {
        List<Acceptance> decisions = audited.stream().flatMap(file -> file.decisions().stream())
            .collect(Collectors.toList());
        options.writeBaseline(Optional.of(outputs.get("--write-baseline")), decisions);
        written.add(Words.ACCEPTED_FINDINGS.format(locale, options.writeBaseline, BaselineFile.of(decisions)
            .getAccepted().size()));
      }
      if (outputs.containsKey("--html")) {
        List<String> sections = audited.stream().filter(file -> file.row().isPresent()).map(Audited::section)
            .collect(Collectors.toList());
        outputs.get("--html").write(new HtmlReport(locale, options.all, options.minSeverity, infos)
            .audit(folder.toString(), rows, skipped, sections));
        written.add(html.toString());
      }
    } catch (OutputFile.WriteException e) {
      console.error(e.getMessage());
      worst = Main.UNREADABLE;
    }
    print(rows, skipped, written);
    return worst;
  }

  /** Two outputs in one file would overwrite each other. */
  private void refuseSameFile() {
    List<Path> paths = Stream.of(csv, findings, facts, html, options.writeBaseline).filter(path -> path != null)
        .map(path -> path.toAbsolutePath().normalize()).collect(Collectors.toList());
    if (Set.copyOf(paths).size() < paths.size()) {
      throw new ParameterException(spec.commandLine(),
          "--csv, --findings, --facts, --html and --write-baseline must name different files");
    }
  }

  /** The regular files under the folder, sorted by path, without the audit's own outputs. */
  static List<Path> files(Path folder, Set<Path> outputs) throws IOException {
    Set<Path> excluded = outputs.stream().map(path -> path.toAbsolutePath().normalize()).collect(Collectors.toSet());
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> !excluded.contains(path.toAbsolutePath().normalize()))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** Audits the files on one thread per processor; the results come back in the files' order. */
  private List<Audited> audit(List<Path> files, Rules rules, HtmlReport page) throws InterruptedException {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "audit");
      thread.setDaemon(true);
      return thread;
    });
    Progress progress = Progress.of(console.err(), files.size(), console.terminal());
    try {
      CompletionService<Map.Entry<Integer, Audited>> done = new ExecutorCompletionService<>(pool);
      for (int i = 0; i < files.size(); i++) {
        int index = i;
        done.submit(() -> Map.entry(index, audit(files.get(index), "r" + (index + 1), rules, page)));
      }
      List<Audited> audited = new ArrayList<>(files.size());
      files.forEach(file -> audited.add(null));
      for (int i = 0; i < files.size(); i++) {
        try {
          Map.Entry<Integer, Audited> result = done.take().get();
          audited.set(result.getKey(), result.getValue());
        } catch (ExecutionException e) {
          throw new IllegalStateException("an audit task failed", e.getCause()); // audit(Path, …) catches all
        }
        progress.advance();
      }
      return audited;
    } finally {
      progress.finish();
      pool.shutdownNow();
    }
  }

  /** Reads and checks one file; a bug in a reader or a rule does not stop the others. */
  private Audited audit(Path file, String id, Rules rules, HtmlReport page) {
    String name = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    Locale locale = options.locale();
    try {
      CheckedReport checked = CheckedReport.check(ReportInput.read(file, name), rules);
      Edition edition = checked.report().getEdition();
      List<List<String>> findingRows = new ArrayList<>();
      for (FindingView finding : checked.listed(options.all, options.minSeverity)) {
        findingRows.add(List.of(name, finding.ruleId(), finding.severity().name(), finding.shownStatus(),
            finding.place(edition, Locale.ENGLISH).orElse(""),
            finding.expected().map(BigDecimal::toPlainString).orElse(""),
            finding.actual().map(BigDecimal::toPlainString).orElse(""), finding.message(locale)));
      }
      return new Audited(name, Optional.of(ReportRow.of(checked, id, name, locale, options.minSeverity)), findingRows,
          html == null ? "" : page.section(checked, id),
          facts == null ? List.of() : Facts.rows(checked.report(), name),
          options.writeBaseline == null ? List.of() : BaselineFile.decisions(checked, BaselineFile.who(), today),
          Optional.empty(), checked.status());
    } catch (ReportInput.NotAReportException e) {
      return Audited.skipped(name, e.reason(locale), Main.CONSISTENT);
    } catch (ReportInput.UnreadableException e) {
      return Audited.skipped(name, e.reason(locale), Main.UNREADABLE);
    } catch (RuntimeException e) {
      return Audited.skipped(name, "internal error: " + e, Main.UNREADABLE);
    }
  }

  /** One line per report (and its first finding), the tally by verdict, the skipped files, the files written. */
  private void print(List<ReportRow> rows, List<HtmlReport.Skipped> skipped, List<String> written) {
    Locale locale = options.locale();
    var out = console.out();
    out.println(Words.AUDITED.format(locale, rows.size(), folder));
    int width = ReportPrinter.width(Words.TOTAL.in(locale));
    for (Verdict verdict : Verdict.values()) {
      width = Math.max(width, ReportPrinter.width(Words.verdict(verdict, locale)));
    }
    int columns = width;
    for (ReportRow row : rows) {
      out.println("  " + ReportPrinter.pad(Words.verdict(row.verdict(), locale), width) + "  " + row.file());
      if (!row.firstFinding().isEmpty()) {
        out.println("  " + " ".repeat(width) + "  " + row.firstFinding());
      }
    }
    out.println();
    out.println(Words.TALLY.in(locale) + Words.HEADING_END.in(locale));
    HtmlReport.tally(rows).forEach((verdict, count) ->
        out.println("  " + ReportPrinter.pad(Words.verdict(verdict, locale), columns) + "  " + count));
    out.println("  " + ReportPrinter.pad(Words.TOTAL.in(locale), width) + "  " + rows.size());
    printSkipped(skipped);
    if (!written.isEmpty()) {
      out.println();
      out.println(Words.WRITTEN.in(locale) + Words.HEADING_END.in(locale));
      written.forEach(file -> out.println("  " + file));
    }
    out.flush();
  }

  private void printSkipped(List<HtmlReport.Skipped> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    Locale locale = options.locale();
    console.out().println();
    console.out().println(Words.SKIPPED.format(locale, skipped.size()) + Words.HEADING_END.in(locale));
    skipped.forEach(file -> console.out().println("  " + file.file() + Words.NAME_SEPARATOR.in(locale) + file.reason()));
    console.out().flush();
  }
}
