package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.CellValues;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.StandardTable;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The standard rules start Hibernate Validator only for a report on which a model constraint may
 * fail; on every other report they read the model's constraints directly. These tests keep the two
 * ways one: the direct reading covers every constraint Hibernate Validator finds on the model, and
 * on reports with numbers and years on both sides of every bound the findings are the same as with
 * a Hibernate Validator passed in (which always runs).
 */
class ModelConstraintsTest {
  private static final long SEED = 20261207L;
  private static final List<BigDecimal> VALUES = List.of(new BigDecimal("-3"), new BigDecimal("-1"),
      BigDecimal.ZERO, new BigDecimal("0.5"), new BigDecimal("2.50"), new BigDecimal("7"), new BigDecimal("7.0"),
      new BigDecimal("1E+3"), new BigDecimal("-12.5"), new BigDecimal("12.25"));
  private static final List<Integer> YEARS = List.of(1999, 2007, 2008, 2019, 2100, 2101);

  private static final Validator HIBERNATE = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .defaultLocale(Locale.ENGLISH)
      .buildValidatorFactory()
      .getValidator();

  @Test
  void theConstraintsReadDirectlyAreEveryConstraintOfTheModel() {
    BeanDescriptor report = HIBERNATE.getConstraintsForClass(Report.class);
    assertThat(report.getConstraintDescriptors()).isEmpty();
    Map<String, Set<Class<? extends Annotation>>> properties = new TreeMap<>();
    for (PropertyDescriptor property : report.getConstrainedProperties()) {
      properties.put(property.getPropertyName(), annotations(property.getConstraintDescriptors()));
    }
    assertThat(properties).containsOnlyKeys("year", "activeDisclosure", "applications", "reviewLitigation");
    assertThat(properties.get("year")).containsExactlyInAnyOrder(Min.class, Max.class);
    assertThat(properties.get("applications")).isEmpty();
    for (Class<?> table : List.of(ActiveDisclosureTable.class, ApplicationTable.class, ReviewLitigationTable.class,
        StandardTable.class)) {
      BeanDescriptor descriptor = HIBERNATE.getConstraintsForClass(table);
      assertThat(annotations(descriptor.getConstraintDescriptors())).as(table.getSimpleName())
          .containsExactly(CellValues.class);
      assertThat(descriptor.getConstrainedProperties()).as(table.getSimpleName()).isEmpty();
    }
  }

  @Test
  void findingsAreThoseOfHibernateValidatorOnReportsWithNumbersOnBothSidesOfEveryBound() {
    List<Report> reports = List.of(Fixtures.weiyuan(), Fixtures.zrz());
    Rules direct = Rules.standard();
    Rules hibernate = Rules.builder().validator(HIBERNATE).build();
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(integers().between(0, reports.size() - 1),
            lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(0, 3),
            integers().between(-1, YEARS.size() - 1))
        .checkAssert((which, mutations, year) -> {
          Report report = mutate(reports.get(which), mutations, year);
          assertThat(renders(direct.validate(report))).isEqualTo(renders(hibernate.validate(report)));
        });
  }

  private static Report mutate(Report report, List<Integer> mutations, int year) {
    Report.Builder builder = new Report.Builder().from(report);
    if (year >= 0) {
      builder.year(YEARS.get(year));
    }
    ApplicationTable.Builder applications = ApplicationTable.builder(report.getApplications().get().getEdition())
        .from(report.getApplications().get());
    ActiveDisclosureTable.Builder active = ActiveDisclosureTable.builder(report.getActiveDisclosure().get().getEdition())
        .from(report.getActiveDisclosure().get());
    List<CellRef> cells = report.getApplications().get().layout();
    List<CellRef> activeCells = report.getActiveDisclosure().get().layout();
    for (int mutation : mutations) {
      Cell cell = Cell.of(VALUES.get(mutation % VALUES.size()));
      int at = mutation / VALUES.size();
      if (at % 2 == 0) {
        applications.putCells(cells.get((at / 2) % cells.size()), cell);
      } else {
        active.putCells(activeCells.get((at / 2) % activeCells.size()), cell);
      }
    }
    return builder.applications(applications.build()).activeDisclosure(active.build()).build();
  }

  private static List<String> renders(CheckResult result) {
    return result.getFindings().stream().map(Finding::render).collect(Collectors.toList());
  }

  private static Set<Class<? extends Annotation>> annotations(Set<ConstraintDescriptor<?>> descriptors) {
    return descriptors.stream().map(d -> d.getAnnotation().annotationType()).collect(Collectors.toSet());
  }
}
