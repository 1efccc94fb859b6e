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
    return of(report, Rules.standard());
  }

  /** The instances a rule set checks in a report file. */
  static int of(String file, Rules rules) {
    return of(ReportInput.read(Path.of(file)).result().getReport(), rules);
  }

  private static int of(Report report, Rules rules) {
    return rules.check(report).getFindings().size();
  }

  /** The verdict line, {@code Verdict: CONSISTENT (0 failed, 0 not assessable, 302 passed of 302 checks)}. */
  static String line(String verdict, int failed, int unassessable, int checks) {
    return "Verdict: " + verdict + " (" + failed + " failed, " + unassessable + " not assessable, "
        + (checks - failed - unassessable) + " passed of " + checks + " checks)";
  }

  /** The verdict line in Chinese, {@code 结论：一致（共 302 项检查，0 项不符，0 项无法判定，302 项通过）}. */
  static String chinese(String verdict, int failed, int unassessable, int checks) {
    return "结论：" + verdict + "（共 " + checks + " 项检查，" + failed + " 项不符，" + unassessable + " 项无法判定，"
        + (checks - failed - unassessable) + " 项通过）";
  }
}
