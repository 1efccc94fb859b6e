package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.Status;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Audits every report in a directory tree ({@code .txt}, {@code .html}, {@code .htm}) in parallel
 * and writes a CSV summary, one row per file:
 * {@code file,agency,year,edition,verdict,errors,warnings,first_finding}.
 *
 * <pre>
 * java -cp govdisclosure-examples.jar io.github.govdisclosure.examples.AuditDirectory reports/ [summary.csv]
 * </pre>
 *
 * <p>The files are checked on a fixed pool of one thread per available processor, with a progress
 * bar on stderr ({@code [#####     ] 50/100}). {@code errors} and {@code warnings} count the
 * failed findings of those severities; {@code first_finding} is the first finding that failed or
 * was not assessable. A file that cannot be read gets a row with verdict {@code UNREADABLE} and the
 * reason; the others still finish. The summary (by default {@code audit-summary.csv} in the
 * directory) is RFC 4180 CSV, written to a temporary file in the same directory and then moved
 * over the target atomically: an interrupted run never leaves a half-written summary.
 *
 * <p>Exit status as {@link Main}: the highest over the files (3 when one is unreadable).
 */
public final class AuditDirectory {
  static final String HEADER = "file,agency,year,edition,verdict,errors,warnings,first_finding";
  private static final int BAR = 10;

  private AuditDirectory() {}

  /**
   * Runs the audit and exits with its status.
   *
   * @param args the directory, and optionally the summary file
   */
  public static void main(String[] args) {
    System.exit(run(args, Main.stdout(), Main.stderr()));
  }

  /** One summary row; {@code status} is the exit status the file contributes. */
  record Row(String file, String agency, String year, String edition, String verdict, int errors, int warnings,
      String firstFinding, int status) {}

  /** Runs the audit; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
      err.println("usage: AuditDirectory <directory> [summary.csv]");
      return Main.UNREADABLE;
    }
    Path directory = Path.of(args[0]);
    if (!Files.isDirectory(directory)) {
      err.println("AuditDirectory: " + directory + ": not a directory");
      return Main.UNREADABLE;
    }
    Path summary = args.length == 2 ? Path.of(args[1]) : directory.resolve("audit-summary.csv");
    try {
      List<Path> files = reports(directory);
      List<Row> rows = audit(directory, files, err);
      write(summary, rows);
      out.println(rows.size() + " reports audited, summary written to " + summary);
      return rows.stream().mapToInt(Row::status).max().orElse(Main.CONSISTENT);
    } catch (IOException e) {
      err.println("AuditDirectory: " + e.getMessage());
      return Main.UNREADABLE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("AuditDirectory: interrupted; no summary written");
      return Main.UNREADABLE;
    }
  }

  /** The report files under a directory, sorted by path. */
  static List<Path> reports(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".txt") || ReportInput.isHtml(p);
          })
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** Checks the files on a fixed pool; the rows come back in the files' order. */
  static List<Row> audit(Path directory, List<Path> files, PrintStream err) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      CompletionService<Row> done = new ExecutorCompletionService<>(pool);
      for (Path file : files) {
        done.submit(() -> audit(directory, file));
      }
      List<Row> rows = new ArrayList<>();
      progress(err, 0, files.size());
      for (int i = 1; i <= files.size(); i++) {
        try {
          rows.add(done.take().get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("an audit task failed", e.getCause()); // audit(Path, Path) catches all
        }
        progress(err, i, files.size());
      }
      err.println();
      Map<String, Integer> order = new HashMap<>();
      for (Path file : files) {
        order.put(name(directory, file), order.size());
      }
      rows.sort(Comparator.comparing(row -> order.get(row.file())));
      return rows;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Row audit(Path directory, Path file) {
    String name = name(directory, file);
    try {
      Report report = ReportInput.read(file).result().getReport();
      CheckResult check = Rules.standard().check(report);
      String first = check.getFindings().stream().filter(f -> f.getStatus() != Status.PASS).findFirst()
          .map(Finding::render).orElse("");
      return new Row(name, report.getAgency().orElse(""),
          report.getYear().isPresent() ? Integer.toString(report.getYear().getAsInt()) : "",
          report.getEdition().name(), check.getVerdict().name(), failed(check, Severity.ERROR),
          failed(check, Severity.WARNING), first, Main.status(check));
    } catch (ReportInput.UnreadableException e) {
      return unreadable(name, e.getMessage());
    } catch (RuntimeException e) {
      // a bug in a parser or a rule must not stop the other files
      return unreadable(name, "internal error: " + e);
    }
  }

  private static Row unreadable(String name, String reason) {
    return new Row(name, "", "", "", "UNREADABLE", 0, 0, reason, Main.UNREADABLE);
  }

  private static int failed(CheckResult check, Severity severity) {
    return (int) check.failures().stream().filter(f -> f.getSeverity() == severity).count();
  }

  /** The path relative to the audited directory, with {@code /} separators. */
  private static String name(Path directory, Path file) {
    return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static void progress(PrintStream err, int done, int total) {
    int filled = total == 0 ? BAR : done * BAR / total;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total);
    err.flush();
  }

  /** Writes the summary to a temporary file next to the target, then moves it over the target atomically. */
  static void write(Path summary, List<Row> rows) throws IOException {
    Path parent = summary.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(parent, "." + summary.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        out.write(HEADER + "\r\n");
        for (Row row : rows) {
          out.write(String.join(",", csv(row.file()), csv(row.agency()), csv(row.year()), csv(row.edition()),
              csv(row.verdict()), Integer.toString(row.errors()), Integer.toString(row.warnings()),
              csv(row.firstFinding())) + "\r\n");
        }
      }
      Files.move(temp, summary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
  static String csv(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
