package io.github.govdisclosure.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A row found in a table that is not in the edition's layout; kept, never dropped. */
@Value.Immutable
public interface ExtraRow {

  /** The row label as written. */
  String getLabel();

  /** The row's cells, left to right. */
  List<Cell> getCells();

  /** Where the row label was read; not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> getSpan();

  /** A row with its label and cells. */
  static ExtraRow of(String label, List<Cell> cells) {
    return new Builder().label(label).cells(cells).build();
  }

  /** Builds an extra row. */
  class Builder extends ImmutableExtraRow.Builder {}
}
