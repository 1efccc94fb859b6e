package io.github.govdisclosure.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A total and its parts as the narrative states them:
 * {@code 全年共公开信息7784条，其中，政策文件及解读信息689条，工作动态信息3799条，…}.
 */
@Value.Immutable
public interface StatedBreakdown {

  /** The stated total. */
  long getTotal();

  /** The stated parts, in order. */
  List<Long> getParts();

  /**
   * Whether the text presents the parts as a complete split of the total (the parts then must add
   * up to it) rather than as examples (the parts then must not exceed it).
   */
  boolean isComplete();

  /** The phrase the breakdown was read from. */
  String getPhrase();

  /** The section the phrase is in, if known. */
  Optional<Section> getSection();

  /** Where the phrase was read; not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> getSpan();

  /** Builds a stated breakdown. */
  class Builder extends ImmutableStatedBreakdown.Builder {}
}
