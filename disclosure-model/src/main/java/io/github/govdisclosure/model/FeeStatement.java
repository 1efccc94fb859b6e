package io.github.govdisclosure.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the report says about the information-processing fee (信息处理费), usually in section 六:
 * {@code 未收取政府信息公开信息处理费} is a statement that no fee was charged.
 */
@Value.Immutable
public interface FeeStatement {

  /** Whether the text says a fee was charged. */
  boolean isCharged();

  /** The phrase the statement was read from. */
  String getPhrase();

  /** Where the phrase was read; not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> getSpan();

  /** Builds a fee statement. */
  class Builder extends ImmutableFeeStatement.Builder {}
}
