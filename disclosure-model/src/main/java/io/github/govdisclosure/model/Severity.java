package io.github.govdisclosure.model;

/** How serious a diagnostic or a finding is. */
public enum Severity {
  /** Contradicts the format's own definitions, or the input could not be read as the format. */
  ERROR,
  /** Expected in practice but with legitimate exceptions, or input that was read with a repair. */
  WARNING,
  /** Plausibility, or information about how the input was read. */
  INFO;

  /** The lower-case name used in renderings, e.g. {@code warning}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
