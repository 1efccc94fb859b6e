package io.github.govdisclosure.model;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Table 4, {@code 四、政府信息公开行政复议、行政诉讼情况}: one row of 15 counts, three groups of five
 * outcomes.
 */
@Value.Immutable
public interface ReviewLitigationTable extends StandardTable {

  @Override
  default Table table() {
    return Table.REVIEW_LITIGATION;
  }

  @Override
  default List<CellRef> layout() {
    List<CellRef> refs = new ArrayList<>();
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        refs.add(CellRef.of(group, outcome));
      }
    }
    return List.copyOf(refs);
  }

  /** The cell of a group and outcome, {@link Cell#missing()} if it was not found. */
  default Cell get(ReviewGroup group, Outcome outcome) {
    return get(CellRef.of(group, outcome));
  }

  /** Checks that every cell is in the layout. */
  @Value.Check
  default void check() {
    Layouts.check(this);
  }

  /** A builder for a table of the edition. */
  static Builder builder(Edition edition) {
    return new Builder().edition(edition);
  }

  /** Builds a table 4; {@link #group} fills a group's five outcomes. */
  class Builder extends ImmutableReviewLitigationTable.Builder {
    /** Sets one cell. */
    public Builder put(ReviewGroup group, Outcome outcome, Cell cell) {
      putCells(CellRef.of(group, outcome), cell);
      return this;
    }

    /** Sets a group's five counts, UPHELD to TOTAL. */
    public Builder group(ReviewGroup group, long... counts) {
      Outcome[] outcomes = Outcome.values();
      if (counts.length != outcomes.length) {
        throw new IllegalArgumentException(group + ": " + outcomes.length + " counts expected, got " + counts.length);
      }
      for (int i = 0; i < counts.length; i++) {
        put(group, outcomes[i], Cell.of(counts[i]));
      }
      return this;
    }
  }
}
