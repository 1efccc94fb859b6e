package io.github.govdisclosure.text.internal.narrative;

import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.text.internal.Spans;
import java.util.List;
import java.util.Optional;

/** Reads the facts narrative text states. TEMPORARY stand-in: the narrative work replaces it. */
public final class NarrativeReader {
  private NarrativeReader() {}

  /** Reads the facts stated in source.substring(from, to), which belongs to section (null if unknown). */
  public static NarrativeFacts read(String source, int from, int to, Section section, Spans spans) {
    return new NarrativeFacts(List.of(), List.of(), Optional.empty());
  }
}
