package io.github.govdisclosure.examples;

import io.github.govdisclosure.json.DisclosureJson;
import io.github.govdisclosure.json.JsonDocument;
import io.github.govdisclosure.json.JsonWriter;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.Verdict;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Parses annual report files, checks them and prints what it found: a header (agency, year,
 * edition, charset, source file), the three standard tables, the findings that failed or were not
 * assessable, the shares the text states next to the recomputed ones, and a one-line verdict.
 *
 * <pre>
 * java -jar govdisclosure-examples.jar                       # the bundled sample
 * java -jar govdisclosure-examples.jar --lang zh report.txt page.html
 * java -jar govdisclosure-examples.jar --json report.txt     # the JSON document of docs/json.md
 * </pre>
 *
 * <p>Exit status: 0 consistent, 1 inconsistent, 2 not assessable, 3 unreadable input or usage
 * error (one line on stderr); with several files, the highest. {@code --help} lists the options.
 */
public final class Main {
  /** Exit status of a consistent report. */
  static final int CONSISTENT = 0;
  /** Exit status of an inconsistent report. */
  static final int INCONSISTENT = 1;
  /** Exit status of a report that could not be assessed in full. */
  static final int NOT_ASSESSABLE = 2;
  /** Exit status of unreadable input or a usage error. */
  static final int UNREADABLE = 3;

  /** Kept so that its level stays set: Hibernate Validator logs its version at INFO on first use. */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  static {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
  }

  private Main() {}

  /**
   * Runs the program and exits with its status.
   *
   * @param args options and files, see {@code --help}
   */
  public static void main(String[] args) {
    System.exit(run(args, stdout(), stderr()));
  }

  /** Standard output in UTF-8, whatever the platform charset (the tables are Chinese). */
  static PrintStream stdout() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  /** Standard error in UTF-8. */
  static PrintStream stderr() {
    return new PrintStream(System.err, true, StandardCharsets.UTF_8);
  }

  /** Runs the program; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (Options.UsageException e) {
      err.println("govdisclosure: " + e.getMessage());
      return UNREADABLE;
    }
    if (options.help) {
      out.println(Options.USAGE);
      return CONSISTENT;
    }
    ReportPrinter printer = new ReportPrinter(out, options.format, options.locale, options.all);
    JsonWriter json = options.files.size() > 1 ? DisclosureJson.writer() : DisclosureJson.writer().pretty();
    if (options.files.isEmpty()) {
      return print(ReportInput.sample(), options, printer, json, out);
    }
    int worst = CONSISTENT;
    boolean first = true;
    for (String file : options.files) {
      ReportInput.Parsed parsed;
      try {
        parsed = ReportInput.read(Path.of(file));
      } catch (ReportInput.UnreadableException | InvalidPathException e) {
        err.println("govdisclosure: " + e.getMessage());
        worst = UNREADABLE;
        continue;
      }
      if (!first && !options.json) {
        out.println();
      }
      first = false;
      worst = Math.max(worst, print(parsed, options, printer, json, out));
    }
    return worst;
  }

  private static int print(ReportInput.Parsed parsed, Options options, ReportPrinter printer, JsonWriter json,
      PrintStream out) {
    CheckResult check = Rules.standard().check(parsed.result().getReport());
    if (options.json) {
      String text = json.write(JsonDocument.of(parsed.result(), check, options.locale, options.all));
      out.print(json.isPretty() ? text : text + "\n");
    } else {
      printer.print(parsed, check);
    }
    out.flush();
    return status(check);
  }

  /** The exit status of a check: 0 consistent, 1 inconsistent, 2 not assessable. */
  static int status(CheckResult check) {
    return status(check.getVerdict());
  }

  /** The exit status of a verdict: 0 consistent, 1 inconsistent, 2 not assessable. */
  static int status(Verdict verdict) {
    switch (verdict) {
      case CONSISTENT:
        return CONSISTENT;
      case INCONSISTENT:
        return INCONSISTENT;
      default:
        return NOT_ASSESSABLE;
    }
  }
}
