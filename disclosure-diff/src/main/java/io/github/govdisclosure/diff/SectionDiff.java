package io.github.govdisclosure.diff;

import io.github.govdisclosure.model.Section;
import java.util.List;
import org.immutables.value.Value;

/**
 * One section's text in both reports, aligned by its {@link Section} key (whatever its numeral or
 * wording) and diffed sentence by sentence. A sentence ends at {@code 。}, {@code ！}, {@code ？}
 * (or their ASCII forms) or a line break; sentences are compared as written, after trimming. A
 * section with text in neither report has no diff.
 */
@Value.Immutable
public interface SectionDiff {

  /** The section. */
  @Value.Parameter
  Section getSection();

  /** The alignment, in reading order. */
  @Value.Parameter
  List<SentenceEdit> getEdits();

  /** Whether a sentence was removed, added or replaced. */
  default boolean isChanged() {
    return getEdits().stream().anyMatch(edit -> edit.getKind() != SentenceEdit.Kind.EQUAL);
  }

  /** A section's alignment. */
  static SectionDiff of(Section section, List<SentenceEdit> edits) {
    return ImmutableSectionDiff.of(section, edits);
  }
}
