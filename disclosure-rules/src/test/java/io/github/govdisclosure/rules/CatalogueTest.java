package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.rules.internal.EquationRule;
import io.github.govdisclosure.rules.internal.StandardRuleBase;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The catalogue names one class per rule id; the table equation rules are the model's arithmetic. */
class CatalogueTest {

  @Test
  void everyStandardRuleIsItsOwnClass() {
    assertThat(StandardRule.values()).allSatisfy(rule -> {
      assertThat(rule.rule()).isInstanceOf(StandardRuleBase.class);
      assertThat(rule.rule().id()).isEqualTo(rule.id()).isEqualTo(rule.toString());
      assertThat(rule.rule().severity()).isEqualTo(rule.severity());
      assertThat(StandardRule.byId(rule.id())).contains(rule);
    });
    assertThat(Arrays.stream(StandardRule.values()).map(r -> r.rule().getClass())).doesNotHaveDuplicates()
        .hasSize(StandardRule.values().length);
  }

  @Test
  void everyFamilyOfTheModelsArithmeticIsAnEquationRuleOfTheSameId() {
    for (Arithmetic family : Arithmetic.values()) {
      assertThat(StandardRule.byId(family.id())).as(family.name())
          .hasValueSatisfying(rule -> assertThat(rule.rule()).isInstanceOf(EquationRule.class));
    }
    assertThat(StandardRule.values()).filteredOn(rule -> rule.rule() instanceof EquationRule)
        .hasSize(Arithmetic.values().length);
  }
}
