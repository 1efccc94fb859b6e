package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs a Bean Validation {@link Validator} on a report and turns the violations into findings.
 * Not API.
 *
 * <p>A violation whose property path has a node keyed by a {@link CellRef} (the model's
 * {@code @CellValues}) becomes a {@code cell.count} failure at that cell; every other violation a
 * {@code validation.constraint} failure located at its property path. Number cells without a
 * violation are {@code cell.count} passes.
 */
public final class ValidationAdapter {
  private ValidationAdapter() {}

  private static final class DefaultValidator {
    // Hibernate Validator with parameter-only interpolation: no Jakarta EL needed. English
    // messages whatever the JVM's locale, so findings do not depend on the machine.
    static final Validator INSTANCE = Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .defaultLocale(Locale.ENGLISH)
        .buildValidatorFactory()
        .getValidator();
  }

  /** The default validator, built once on first use. */
  public static Validator defaultValidator() {
    return DefaultValidator.INSTANCE;
  }

  /** The {@code cell.count} and {@code validation.constraint} findings of a report. */
  public static List<Finding> validate(Validator validator, Report report) {
    List<ConstraintViolation<Report>> violations = new ArrayList<>(validator.validate(report));
    violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
    Map<CellRef, ConstraintViolation<Report>> byCell = new LinkedHashMap<>();
    List<Finding> others = new ArrayList<>();
    for (ConstraintViolation<Report> violation : violations) {
      Optional<CellRef> ref = cellOf(violation.getPropertyPath());
      if (ref.isPresent()) {
        byCell.putIfAbsent(ref.get(), violation);
      } else {
        others.add(constraint(violation));
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Table table : Table.values()) {
      Optional<? extends StandardTable> present = report.getEdition().hasTables() ? report.table(table) : Optional.empty();
      if (present.isEmpty()) {
        continue;
      }
      for (CellRef ref : present.get().layout()) {
        Cell cell = present.get().get(ref);
        if (cell.isNumber()) {
          findings.add(count(ref, cell, byCell.remove(ref)));
        }
      }
    }
    for (Map.Entry<CellRef, ConstraintViolation<Report>> rest : byCell.entrySet()) {
      findings.add(count(rest.getKey(), report.cell(rest.getKey()), rest.getValue()));
    }
    findings.addAll(others);
    return findings;
  }

  private static Optional<CellRef> cellOf(Path path) {
    for (Path.Node node : path) {
      if (node.getKey() instanceof CellRef) {
        return Optional.of((CellRef) node.getKey());
      }
    }
    return Optional.empty();
  }

  private static Finding count(CellRef ref, Cell cell, ConstraintViolation<Report> violation) {
    String kind = ref.column() instanceof DisclosureColumn
        ? ((DisclosureColumn) ref.column()).kind().name()
        : DisclosureColumn.Kind.COUNT.name();
    Status status = violation == null ? Status.PASS : Status.FAIL;
    Finding.Builder finding = new Finding.Builder()
        .ruleId(StandardRule.CELL_COUNT.id())
        .severity(StandardRule.CELL_COUNT.severity())
        .status(status)
        .addCells(ref)
        .messageKey("cell.count." + status.name() + "." + kind)
        .putArguments("value", cell.getRaw().isEmpty() ? cell.getValue().map(Operands::plain).orElse("") : cell.getRaw());
    cell.getValue().ifPresent(finding::actual);
    cell.getSpan().ifPresent(finding::span);
    if (violation != null) {
      finding.putArguments("constraint", violation.getMessage());
    }
    return finding.build();
  }

  private static Finding constraint(ConstraintViolation<Report> violation) {
    String path = violation.getPropertyPath().toString();
    Object invalid = violation.getInvalidValue();
    return new Finding.Builder()
        .ruleId(StandardRule.VALIDATION_CONSTRAINT.id())
        .severity(StandardRule.VALIDATION_CONSTRAINT.severity())
        .status(Status.FAIL)
        .location(path)
        .messageKey("validation.constraint.FAIL")
        .putArguments("path", path)
        .putArguments("constraint", violation.getMessage())
        .putArguments("value", String.valueOf(invalid))
        .build();
  }
}
