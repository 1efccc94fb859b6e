package io.github.govdisclosure.examples;

import io.github.govdisclosure.fixtures.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of a program's {@code run(args, out, err)}: its exit status and what it printed. */
record Run(int status, String out, String err) {

  /** A program's {@code run} method. */
  interface Program {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  static Run of(Program program, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = program.run(args, o, e);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run main(String... args) {
    return of(Main::run, args);
  }

  /** A report of the corpus ({@code disclosure-fixtures}) as a file name for a program's arguments. */
  static String corpus(String name) {
    return Corpus.path(name).toString();
  }

  List<String> lines() {
    return out.lines().toList();
  }

  /** The last {@code n} lines of the output. */
  List<String> tail(int n) {
    List<String> lines = lines();
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }
}
