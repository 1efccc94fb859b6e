package io.github.govdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();
  private final Validator validator = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void reportsEachViolationAtItsCell() {
    Report report = new Report.Builder()
        .edition(Edition.V2019)
        .year(1999)
        .applications(ApplicationTable.builder(Edition.V2019)
            .put(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, Cell.of(-3))
            .put(ApplicationRow.DISCLOSED, Applicant.TOTAL, Cell.of(new BigDecimal("2.5")))
            .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.TOTAL, Cell.blank())
            .build())
        .reviewLitigation(ReviewLitigationTable.builder(Edition.V2019)
            .put(ReviewGroup.REVIEW, Outcome.PENDING, Cell.of(-1))
            .build())
        .activeDisclosure(ActiveDisclosureTable.builder(Edition.V2019)
            .put(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE, Cell.of(-4))
            .put(DisclosureRow.PENALTY, DisclosureColumn.DECISIONS, Cell.of(-1))
            .put(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.TOTAL_AMOUNT,
                Cell.amount(new BigDecimal("-0.5"), Unit.WAN_YUAN))
            .build())
        .build();

    Set<ConstraintViolation<Report>> violations = validator.validate(report);

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            tuple("year", "must be greater than or equal to 2008"),
            tuple("applications.cells[APPLICATIONS[NEW_RECEIVED][TOTAL]]", "must be a whole number ≥ 0"),
            tuple("applications.cells[APPLICATIONS[DISCLOSED][TOTAL]]", "must be a whole number ≥ 0"),
            tuple("reviewLitigation.cells[REVIEW_LITIGATION[REVIEW][PENDING]]", "must be a whole number ≥ 0"),
            tuple("activeDisclosure.cells[ACTIVE_DISCLOSURE[ITEM_6][PENALTY][DECISIONS]]", "must be a whole number ≥ 0"),
            tuple("activeDisclosure.cells[ACTIVE_DISCLOSURE[ITEM_9][CENTRALIZED_PROCUREMENT][TOTAL_AMOUNT]]",
                "an amount must be ≥ 0"));
  }

  @Test
  void thePathNodeKeyIsTheCellReference() {
    Report report = new Report.Builder()
        .edition(Edition.V2021)
        .applications(ApplicationTable.builder(Edition.V2021)
            .put(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.NATURAL_PERSON, Cell.of(-1))
            .build())
        .build();

    ConstraintViolation<Report> violation = validator.validate(report).iterator().next();
    Path.Node last = null;
    for (Path.Node node : violation.getPropertyPath()) {
      last = node;
    }

    assertThat(last).isNotNull();
    assertThat(last.getKey()).isEqualTo(CellRef.of(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.NATURAL_PERSON));
  }

  @Test
  void aPlausibleYearPasses() {
    Report report = new Report.Builder().edition(Edition.V2021).year(2100).build();

    assertThat(validator.validate(report)).isEmpty();
    assertThat(validator.validate(new Report.Builder().edition(Edition.V2021).year(2101).build()))
        .extracting(v -> v.getPropertyPath().toString()).containsExactly("year");
  }
}
