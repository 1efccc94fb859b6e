package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Acceptance;
import io.github.govdisclosure.rules.Rules;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code check} and {@code audit} share: the rules and the language
 * ({@link RuleOptions}), and which findings are listed.
 */
final class ReportOptions {
  @Mixin
  RuleOptions ruleOptions;

  @Option(names = "--min-severity", paramLabel = "LEVEL",
      description = "List only findings at least this severe: error, warning or info (default).")
  Severity minSeverity = Severity.INFO;

  @Option(names = "--all", description = "List the passing findings too.")
  boolean all;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Read review decisions from FILE (JSON, docs/json.md): the failed findings it accepts are"
          + " listed as accepted and are not failures of the verdict; a changed value fails again.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write every failed finding to FILE as a baseline to review (those --baseline accepts keep"
          + " their decision); then edit who accepted each and why, and pass it to --baseline.")
  Path writeBaseline;

  /** The rules configured by the options, without a baseline. */
  Rules rules() {
    return ruleOptions.rules();
  }

  /**
   * The rules configured by the options, with the review decisions of {@code --baseline}.
   *
   * @throws BaselineFile.UnreadableException if the baseline file cannot be read
   */
  Rules reviewedRules() throws BaselineFile.UnreadableException {
    Rules rules = ruleOptions.rules();
    if (baseline == null) {
      return rules;
    }
    return rules.toBuilder().baseline(BaselineFile.read(baseline, locale())).build();
  }

  /** The file of {@code --write-baseline}, checked writable before any report is read. */
  Optional<OutputFile> baselineOutput() throws OutputFile.WriteException {
    return writeBaseline == null ? Optional.empty() : Optional.of(OutputFile.of(writeBaseline, locale()));
  }

  /** Writes the decisions to the file of {@code --write-baseline}, if given. */
  void writeBaseline(Optional<OutputFile> file, List<Acceptance> decisions) throws OutputFile.WriteException {
    if (file.isPresent()) {
      BaselineFile.write(file.get(), BaselineFile.of(decisions));
    }
  }

  Locale locale() {
    return ruleOptions.locale();
  }
}
