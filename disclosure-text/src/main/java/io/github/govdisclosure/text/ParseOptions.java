package io.github.govdisclosure.text;

import org.immutables.value.Value;

/**
 * Limits of one parse. The defaults suit any real report (the largest are a few hundred KB):
 * {@code DisclosureText.parse(text, new ParseOptions.Builder().maxInputChars(1 << 20).build())}.
 */
@Value.Immutable
public interface ParseOptions {

  /** The default limit of {@link #getMaxInputChars()}: 32 MiB of characters (32 * 1024 * 1024). */
  int DEFAULT_MAX_INPUT_CHARS = 32 * 1024 * 1024;

  /** The default limit of {@link #getMaxFileBytes()}: 128 MiB (128 * 1024 * 1024). */
  int DEFAULT_MAX_FILE_BYTES = 128 * 1024 * 1024;

  /** The default limit of {@link #getMaxDiagnostics()}: 500. */
  int DEFAULT_MAX_DIAGNOSTICS = 500;

  /**
   * The most characters (UTF-16 units) read; past it only the first ones are parsed and an ERROR
   * diagnostic {@code TEXT-INPUT-TOO-LARGE} says how much was not read. Bytes are cut before
   * decoding (at 4 bytes a character, the most any supported charset takes), files before reading.
   */
  @Value.Default
  default int getMaxInputChars() {
    return DEFAULT_MAX_INPUT_CHARS;
  }

  /**
   * The largest file {@link DisclosureText#read(java.nio.file.Path, ParseOptions)} hands to the
   * reader of a page or document format (HTML, PDF, Word), which need the whole file: a larger one
   * is not read, and an ERROR {@code TEXT-INPUT-TOO-LARGE} says so. Text is cut at
   * {@link #getMaxInputChars()} instead.
   */
  @Value.Default
  default int getMaxFileBytes() {
    return DEFAULT_MAX_FILE_BYTES;
  }

  /**
   * The most diagnostics kept; past it one {@code TEXT-TOO-MANY-DIAGNOSTICS} warning stands for
   * the rest.
   */
  @Value.Default
  default int getMaxDiagnostics() {
    return DEFAULT_MAX_DIAGNOSTICS;
  }

  /** The limits must be positive. */
  @Value.Check
  default void check() {
    if (getMaxInputChars() < 1) {
      throw new IllegalArgumentException("maxInputChars must be positive: " + getMaxInputChars());
    }
    if (getMaxFileBytes() < 1) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + getMaxFileBytes());
    }
    if (getMaxDiagnostics() < 1) {
      throw new IllegalArgumentException("maxDiagnostics must be positive: " + getMaxDiagnostics());
    }
  }

  /** The default limits. */
  static ParseOptions defaults() {
    return new Builder().build();
  }

  /** Builds options; unset limits keep their defaults. */
  class Builder extends ImmutableParseOptions.Builder {}
}
