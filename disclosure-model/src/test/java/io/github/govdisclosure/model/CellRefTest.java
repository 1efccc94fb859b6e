package io.github.govdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellRefTest {

  @Test
  void rendersTheCanonicalKeys() {
    assertThat(CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL))
        .hasToString("APPLICATIONS[NEW_RECEIVED][TOTAL]");
    assertThat(CellRef.of(ReviewGroup.REVIEW, Outcome.TOTAL)).hasToString("REVIEW_LITIGATION[REVIEW][TOTAL]");
    assertThat(CellRef.of(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.IN_FORCE))
        .hasToString("ACTIVE_DISCLOSURE[ITEM_1][RULES][IN_FORCE]");
  }

  @Test
  void parsesEveryRenderingBack() {
    List<CellRef> all = new ArrayList<>();
    for (Edition edition : List.of(Edition.V2019, Edition.V2021)) {
      all.addAll(ActiveDisclosureTable.builder(edition).build().layout());
      all.addAll(ApplicationTable.builder(edition).build().layout());
      all.addAll(ReviewLitigationTable.builder(edition).build().layout());
    }

    assertThat(all).hasSize(22 + 161 + 15 + 10 + 175 + 15);
    all.forEach(ref -> assertThat(CellRef.parse(ref.toString())).isEqualTo(ref));
  }

  @Test
  void rejectsWhatIsNotACellReference() {
    assertThatThrownBy(() -> CellRef.parse("APPLICATIONS[NEW_RECEIVED]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a cell reference: APPLICATIONS[NEW_RECEIVED]");
    assertThatThrownBy(() -> CellRef.parse("ACTIVE_DISCLOSURE[ITEM_5][RULES][ISSUED]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CellRef(Table.APPLICATIONS, ReviewGroup.REVIEW, Outcome.TOTAL))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
