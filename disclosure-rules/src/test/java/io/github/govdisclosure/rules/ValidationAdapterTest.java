package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationAdapterTest {

  @Test
  void negativeCountIsACellCountErrorAtItsCell() {
    Report report = Fixtures.report(Fixtures.smallTable()
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.RESEARCH_INSTITUTION, Cell.of(-1)).build()).build();
    CheckResult result = Rules.standard().validate(report);
    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "cell.count error at APPLICATIONS[CARRIED_OVER][RESEARCH_INSTITUTION]: -1 is not a whole number ≥ 0");
    assertThat(result.failures().get(0).getActual()).contains(BigDecimal.valueOf(-1));
    assertThat(result.byRule("cell.count")).hasSize((int) Fixtures.numberCells(report));
    assertThat(Rules.standard().check(report).byRule("cell.count")).filteredOn(f -> f.getStatus() == Status.FAIL)
        .hasSize(1);
  }

  @Test
  void fractionalCountAndNegativeAmountFailPerColumnKind() {
    Report report = Fixtures.report(Fixtures.smallTable()
            .put(ApplicationRow.DISCLOSED, Applicant.TOTAL, Cell.of(new BigDecimal("5.5"))).build())
        .activeDisclosure(io.github.govdisclosure.model.ActiveDisclosureTable.builder(Edition.V2021)
            .from(Fixtures.zeroActive(Edition.V2021))
            .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.AMOUNT, Cell.of(new BigDecimal("-12.5")))
            .build())
        .build();
    assertThat(Rules.standard().validate(report).failures()).extracting(Finding::message).containsExactlyInAnyOrder(
        "5.5 is not a whole number ≥ 0", "-12.5 is not an amount ≥ 0");
  }

  @Test
  void signedNetChangeMayBeNegative() {
    Report report = Fixtures.report(Fixtures.zeroTable(Edition.V2019).build())
        .activeDisclosure(io.github.govdisclosure.model.ActiveDisclosureTable.builder(Edition.V2019)
            .from(Fixtures.zeroActive(Edition.V2019))
            .put(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE, -2).build())
        .build();
    assertThat(Rules.standard().validate(report).failures()).isEmpty();
  }

  @Test
  void yearOutOfRangeIsAValidationConstraintFinding() {
    Report report = Fixtures.report(Fixtures.smallTable().build()).year(1999).build();
    CheckResult result = Rules.standard().validate(report);
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("validation.constraint");
      assertThat(f.getLocation()).contains("year");
      assertThat(f.render()).isEqualTo("validation.constraint warning at year: year must be greater than or equal to 2008 (value 1999)");
    });
  }

  @Test
  void callerMayPassTheirOwnValidator() {
    Validator refuseAll = new Validator() {
      @Override
      public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
        return Set.of();
      }

      @Override
      public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
        return Set.of();
      }

      @Override
      public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
          Class<?>... groups) {
        return Set.of();
      }

      @Override
      public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
        throw new UnsupportedOperationException();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }

      @Override
      public ExecutableValidator forExecutables() {
        throw new UnsupportedOperationException();
      }
    };
    Report report = Fixtures.report(Fixtures.smallTable()
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.RESEARCH_INSTITUTION, Cell.of(-1)).build()).build();
    CheckResult result = Rules.builder().validator(refuseAll).build().validate(report);
    assertThat(result.failures()).isEmpty();
    assertThat(result.byRule("cell.count")).isNotEmpty();
  }

  @Test
  void theDefaultValidatorDoesNotPrintItsVersion() {
    // a report on which a constraint fails: the default validator runs
    Report report = Fixtures.report(Fixtures.smallTable()
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.RESEARCH_INSTITUTION, Cell.of(-1)).build()).build();
    assertThat(Rules.standard().validate(report).failures()).isNotEmpty();
    // Hibernate Validator logs "HV000001: Hibernate Validator <version>" at INFO through this logger
    assertThat(java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version")
        .isLoggable(java.util.logging.Level.INFO)).isFalse();
  }
}
