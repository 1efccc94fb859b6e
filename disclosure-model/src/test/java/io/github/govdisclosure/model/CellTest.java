package io.github.govdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellTest {

  @Test
  void blankIsNotZero() {
    assertThat(Cell.blank().asLong()).isEmpty();
    assertThat(Cell.blank()).isNotEqualTo(Cell.of(0));
    assertThat(Cell.text("/").asLong()).isEmpty();
  }

  @Test
  void normalisesTheScaleOfValues() {
    Cell a = new Cell.Builder().kind(Cell.Kind.NUMBER).raw("1.0").value(new BigDecimal("1.0")).build();
    Cell b = new Cell.Builder().kind(Cell.Kind.NUMBER).raw("1.0").value(new BigDecimal("1.00")).build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.getValue()).contains(BigDecimal.ONE);
    assertThat(Cell.of(new BigDecimal("1E+3")).getValue()).contains(new BigDecimal("1000"));
    assertThat(Cell.of(new BigDecimal("0.000")).getValue()).contains(BigDecimal.ZERO);
  }

  @Test
  void keepsTheRawTokenUnitAndAnnotation() {
    Cell annotated = new Cell.Builder().kind(Cell.Kind.NUMBER).raw("22（其中修订16件）")
        .value(BigDecimal.valueOf(22)).note("其中修订16件").build();
    Cell amount = Cell.amount(new BigDecimal("12.5"), Unit.WAN_YUAN);

    assertThat(annotated.asLong()).hasValue(22);
    assertThat(annotated.getNote()).contains("其中修订16件");
    assertThat(amount.getRaw()).isEqualTo("12.5万元");
    assertThat(amount.getUnit()).contains(Unit.WAN_YUAN);
    assertThat(amount.asLong()).isEmpty();
  }

  @Test
  void leavesTheSourceSpanOutOfEquality() {
    Cell here = new Cell.Builder().from(Cell.of(35)).span(new SourceSpan(10, 2, 3, 4)).build();
    Cell there = new Cell.Builder().from(Cell.of(35)).span(new SourceSpan(99, 2, 9, 1)).build();

    assertThat(here).isEqualTo(there).isEqualTo(Cell.of(35));
    assertThat(here.getSpan()).hasValueSatisfying(span -> assertThat(span).hasToString("3:4"));
  }

  @Test
  void aNumberHasAValueAndNothingElseDoes() {
    assertThatThrownBy(() -> new Cell.Builder().kind(Cell.Kind.NUMBER).raw("x").build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Cell.Builder().kind(Cell.Kind.TEXT).raw("1").value(BigDecimal.ONE).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMissingCellIsNeverStored() {
    ApplicationTable.Builder builder = ApplicationTable.builder(Edition.V2021)
        .put(ApplicationRow.DISCLOSED, Applicant.TOTAL, Cell.missing());

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MISSING");
  }

  @Test
  void wholeNumbersBeyondLongAreNotLongs() {
    Cell huge = Cell.of(new BigDecimal("99999999999999999999"));

    assertThat(huge.asLong()).isEmpty();
    assertThat(huge.isNumber()).isTrue();
  }

  @Test
  void reportsAMissingCellAsMissingNotZero() {
    ApplicationTable partial = ApplicationTable.builder(Edition.V2021)
        .row(ApplicationRow.NEW_RECEIVED, 35, 0, 0, 0, 0, 0, 35)
        .build();

    assertThat(partial.get(ApplicationRow.DISCLOSED, Applicant.TOTAL).getKind()).isEqualTo(Cell.Kind.MISSING);
    assertThat(partial.groupTotal(ApplicationGroup.WITHHELD, Applicant.TOTAL)).isEmpty();
    assertThat(partial.missingCells()).hasSize(175 - 7)
        .startsWith(CellRef.of(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.NATURAL_PERSON));
    assertThat(partial.isComplete()).isFalse();
  }
}
