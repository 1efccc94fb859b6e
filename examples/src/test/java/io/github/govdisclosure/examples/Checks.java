package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.Rules;
import java.nio.file.Path;

/**
 * How many rule instances the standard rules check in a report, counted by the library: the
 * totals a verdict line prints depend on the catalogue, so the tests take them from it instead of
 * writing them down.
 */
final class Checks {
  private Checks() {}

  /** The instances checked in the bundled sample. */
  static int sample() {
    return of(ReportInput.sample().result().getReport());
  }

  /** The instances checked in a report file. */
  static int of(String file) {
    return of(ReportInput.read(Path.of(file)).result().getReport());
  }

  /** The instances checked in a report. */
  static int of(Report report) {
    return Rules.standard().check(report).getFindings().size();
  }
}
