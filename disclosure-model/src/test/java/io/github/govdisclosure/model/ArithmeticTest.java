package io.github.govdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArithmeticTest {

  @Test
  void listsOneEquationPerColumnRowOrGroup() {
    assertThat(Arithmetic.TABLE3_BALANCE.equations(Edition.V2021)).hasSize(7);
    assertThat(Arithmetic.TABLE3_RESULTS_TOTAL.equations(Edition.V2021)).hasSize(7);
    assertThat(Arithmetic.TABLE3_APPLICANT_TOTAL.equations(Edition.V2021)).hasSize(25);
    assertThat(Arithmetic.TABLE3_APPLICANT_TOTAL.equations(Edition.V2019)).hasSize(23);
    assertThat(Arithmetic.TABLE4_TOTAL.equations(Edition.V2019)).hasSize(3);
    assertThat(Arithmetic.of(Table.APPLICATIONS, Edition.V2021)).hasSize(39);
    assertThat(Arithmetic.of(Table.ACTIVE_DISCLOSURE, Edition.V2021)).isEmpty();
    assertThat(Arithmetic.TABLE3_BALANCE.equations(Edition.PRE_2019)).isEmpty();
  }

  @Test
  void printsEquationsWithTheCanonicalKeys() {
    Equation balance = Arithmetic.TABLE3_BALANCE.equations(Edition.V2021).get(0);
    assertThat(balance).hasToString("NEW_RECEIVED + CARRIED_OVER = TOTAL_HANDLED + CARRIED_FORWARD");
    assertThat(balance.defined()).isEqualTo(CellRef.of(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.NATURAL_PERSON));
    assertThat(balance.name()).isEqualTo("table3.balance");
    assertThat(Arithmetic.TABLE3_RESULTS_TOTAL.equations(Edition.V2021).get(6)).hasToString(
        "TOTAL_HANDLED = DISCLOSED + PARTIALLY_DISCLOSED + Σ WITHHELD_* + Σ UNAVAILABLE_* + Σ NOT_PROCESSED_* + Σ OTHER_*");
    assertThat(Arithmetic.TABLE3_RESULTS_TOTAL.equations(Edition.V2019).get(6)).hasToString(
        "TOTAL_HANDLED = DISCLOSED + PARTIALLY_DISCLOSED + Σ WITHHELD_* + Σ UNAVAILABLE_* + Σ NOT_PROCESSED_* + OTHER_HANDLING");
    assertThat(Arithmetic.TABLE4_TOTAL.equations(Edition.V2021).get(2))
        .hasToString("TOTAL = UPHELD + CORRECTED + OTHER + PENDING");
  }

  @Test
  void aBlankOperandLeavesTheDifferenceUnknown() {
    ApplicationTable table3 = ApplicationTable.builder(Edition.V2021)
        .row(ApplicationRow.NEW_RECEIVED, 1, 0, 0, 0, 0, 0, 1)
        .put(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, Cell.blank())
        .build();
    Equation row = Arithmetic.TABLE3_APPLICANT_TOTAL.equations(Edition.V2021).get(0);
    assertThat(row.difference(table3)).isEmpty();
  }

  @Test
  void relationsCompareTheSidesAsTheirSymbolSays() {
    assertThat(Relation.EQUAL.holds(0)).isTrue();
    assertThat(Relation.EQUAL.holds(1)).isFalse();
    assertThat(Relation.AT_MOST.holds(-1)).isTrue();
    assertThat(Relation.AT_MOST.holds(1)).isFalse();
    assertThat(Relation.AT_LEAST.holds(1)).isTrue();
    assertThat(Relation.AT_LEAST.holds(-1)).isFalse();
  }

  @Test
  void anEquationRelatesTheCellsOfOneTable() {
    CellRef review = CellRef.of(ReviewGroup.REVIEW, Outcome.TOTAL);
    CellRef received = CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
    assertThatThrownBy(() -> new Equation("x", review, List.of(Term.of("a", review)), Relation.AT_MOST,
        List.of(Term.of("b", received))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("APPLICATIONS[NEW_RECEIVED][TOTAL] is not a cell of REVIEW_LITIGATION");
  }
}
