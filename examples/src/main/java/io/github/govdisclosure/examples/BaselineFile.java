package io.github.govdisclosure.examples;

import io.github.govdisclosure.json.DisclosureJson;
import io.github.govdisclosure.json.JsonReadException;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.Acceptance;
import io.github.govdisclosure.rules.Baseline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The baseline files of {@code --baseline} and {@code --write-baseline}: review decisions in the
 * JSON form of {@code docs/json.md} ("Baselines"), read by {@code disclosure-json}.
 */
final class BaselineFile {
  private BaselineFile() {}

  /** A baseline file that cannot be read, or is not a baseline; the message is one line naming it. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }

  /**
   * Reads a baseline file.
   *
   * @param locale the language of the message, if it cannot be read
   * @throws UnreadableException naming the file and what is wrong with it (its JSON path, line and column)
   */
  static Baseline read(Path file, Locale locale) throws UnreadableException {
    try (InputStream in = Files.newInputStream(file)) {
      return DisclosureJson.readBaseline(in);
    } catch (NoSuchFileException e) {
      throw new UnreadableException(file + Words.NAME_SEPARATOR.in(locale) + Words.NO_SUCH_FILE.in(locale));
    } catch (IOException e) {
      throw new UnreadableException(Words.BASELINE_UNREADABLE.format(locale, file, e.getMessage()));
    } catch (JsonReadException e) {
      throw new UnreadableException(Words.BASELINE_UNREADABLE.format(locale, file, e.getMessage()));
    }
  }

  /** Who accepts the findings {@code --write-baseline} writes: the user running the program. */
  static String who() {
    return System.getProperty("user.name", "?");
  }

  /**
   * The decisions {@code --write-baseline} writes for a report: one per failed finding, the
   * decision that already accepts it if any, else one to review, by {@code who} on {@code day},
   * scoped to the report's agency and year.
   */
  static List<Acceptance> decisions(CheckedReport checked, String who, LocalDate day) {
    Report report = checked.report();
    List<Acceptance> decisions = new ArrayList<>();
    for (FindingView finding : checked.failedOrAccepted()) {
      decisions.add(finding.acceptance().orElseGet(() -> finding.accept(report, checked.source(), who,
          Words.BASELINE_REVIEW.in(Locale.ENGLISH), day)));
    }
    return decisions;
  }

  /** A baseline of decisions, each once, in their order. */
  static Baseline of(List<Acceptance> decisions) {
    return Baseline.of(List.copyOf(new LinkedHashSet<>(decisions)));
  }

  /** Writes a baseline, whole or not at all. */
  static void write(OutputFile file, Baseline baseline) throws OutputFile.WriteException {
    file.write(DisclosureJson.writer().pretty().write(baseline));
  }
}
