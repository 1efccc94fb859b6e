package io.github.govdisclosure.pdf.internal;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps PDFBox's log messages about damaged files from reaching a user's console: what matters is
 * reported as diagnostics. When commons-logging writes to {@code java.util.logging} (its default)
 * and the application has set no level for PDFBox's loggers, they are set to {@code OFF}; an
 * application that configured them keeps its configuration. Not API.
 */
final class Quiet {
  /** Held, because {@code java.util.logging} forgets loggers nobody holds, and their levels with them. */
  private static final List<Logger> LOGGERS = List.of(Logger.getLogger("org.apache.pdfbox"),
      Logger.getLogger("org.apache.fontbox"));

  static {
    for (Logger logger : LOGGERS) {
      if (logger.getLevel() == null) {
        logger.setLevel(Level.OFF);
      }
    }
  }

  private Quiet() {}

  /** Applies the levels (once, when the class is first used). */
  static void apply() {
    // the static initialiser did the work
  }
}
