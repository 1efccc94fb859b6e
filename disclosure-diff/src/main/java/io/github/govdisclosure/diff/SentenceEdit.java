package io.github.govdisclosure.diff;

import java.util.List;
import org.immutables.value.Value;

/**
 * One step of a section's sentence alignment ({@link SectionDiff}): a run of sentences both
 * reports share, or a run the newer report removed, added or replaced. Read in order, the older
 * sentences of all steps give the older text's sentences, the newer ones the newer text's.
 */
@Value.Immutable
public interface SentenceEdit {

  /** What the step does. */
  enum Kind {
    /** The same sentences in both reports. */
    EQUAL,
    /** Sentences of the older report only. */
    DELETED,
    /** Sentences of the newer report only. */
    INSERTED,
    /** Sentences of the older report replaced by others in the newer one. */
    CHANGED
  }

  /** What the step does. */
  @Value.Parameter
  Kind getKind();

  /** The older report's sentences of this step (empty for {@link Kind#INSERTED}). */
  @Value.Parameter
  List<String> getOlder();

  /** The newer report's sentences of this step (empty for {@link Kind#DELETED}). */
  @Value.Parameter
  List<String> getNewer();

  /** A step. */
  static SentenceEdit of(Kind kind, List<String> older, List<String> newer) {
    return ImmutableSentenceEdit.of(kind, older, newer);
  }
}
