package io.github.govdisclosure.examples;

import io.github.govdisclosure.rules.Verdict;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command-line program {@code govdisclosure}: {@code check} reads report files, checks them and
 * prints what it found; {@code audit} checks every report under a folder in parallel into CSV and
 * HTML summaries; {@code generate-completion} prints a shell completion script.
 *
 * <pre>
 * java -jar govdisclosure-examples.jar                         # check the bundled sample
 * java -jar govdisclosure-examples.jar --lang zh report.txt page.html
 * java -jar govdisclosure-examples.jar check --json report.txt # the JSON document of docs/json.md
 * java -jar govdisclosure-examples.jar audit reports/ --csv summary.csv --html audit.html
 * </pre>
 *
 * <p>Without a command the arguments are those of {@code check}. Exit status: 0 consistent,
 * 1 inconsistent, 2 not assessable, 3 unreadable input or usage error (one line on stderr); with
 * several files, the highest. {@code --help} lists the commands and options.
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

  private Main() {}

  /**
   * Runs the program and exits with its status.
   *
   * @param args a command, its options and files; see {@code --help}
   */
  public static void main(String[] args) {
    // a progress bar only where someone watches: standard input and output are a terminal
    System.exit(run(args, stdout(), stderr(), System.console() != null));
  }

  /** Standard output in UTF-8, whatever the platform charset (the tables are Chinese). */
  static PrintStream stdout() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  /** Standard error in UTF-8. */
  static PrintStream stderr() {
    return new PrintStream(System.err, true, StandardCharsets.UTF_8);
  }

  /** Runs the program without a terminal; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /**
   * Runs the program; returns the exit status.
   *
   * @param terminal whether a person watches (a progress bar is drawn on {@code err} then)
   */
  static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    return Cli.run(args, new Cli.Console(out, err, terminal));
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
