package io.github.govdisclosure.examples;

import java.io.PrintStream;

/**
 * A progress bar on standard error, {@code [########            ] 12/30}, redrawn in place with a
 * carriage return, and erased when the work is done. Drawn only when a person watches (the
 * program's standard input and output are a terminal): piped or redirected, the program prints
 * nothing of it. Thread-safe.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final int total;
  private final boolean shown;
  private int done;
  private String drawn = "";

  private Progress(PrintStream err, int total, boolean shown) {
    this.err = err;
    this.total = total;
    this.shown = shown;
  }

  /** A bar over {@code total} steps, drawn at once when {@code shown}. */
  static Progress of(PrintStream err, int total, boolean shown) {
    Progress progress = new Progress(err, total, shown);
    progress.draw();
    return progress;
  }

  /** One step done. */
  synchronized void advance() {
    done = Math.min(total, done + 1);
    draw();
  }

  /** Erases the bar. */
  synchronized void finish() {
    if (shown && !drawn.isEmpty()) {
      err.print("\r" + " ".repeat(drawn.length()) + "\r");
      err.flush();
      drawn = "";
    }
  }

  /** The bar's text, e.g. {@code [##########          ] 10/20}. */
  static String bar(int done, int total) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total;
  }

  private void draw() {
    if (!shown) {
      return;
    }
    String bar = bar(done, total);
    if (!bar.equals(drawn)) {
      err.print("\r" + bar);
      err.flush();
      drawn = bar;
    }
  }
}
