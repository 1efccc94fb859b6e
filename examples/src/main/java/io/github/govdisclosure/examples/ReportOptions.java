package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Rules;
import java.util.Locale;
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

  /** The rules configured by the options. */
  Rules rules() {
    return ruleOptions.rules();
  }

  Locale locale() {
    return ruleOptions.locale();
  }
}
