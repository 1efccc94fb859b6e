package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Table;
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
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs a Bean Validation {@link Validator} on a report for {@link CellCount} and
 * {@link ValidationConstraint}: the violations whose property path has a node keyed by a
 * {@link CellRef} (the model's {@code @CellValues}) by cell, every other one apart. Not API.
 */
public final class ValidationAdapter {
  private ValidationAdapter() {}

  private static final class DefaultValidator {
    /**
     * Hibernate Validator logs its version at INFO the first time it is used; a library must not
     * print that on its user's console. Kept here so that the level stays set; left alone when the
     * application has set it.
     */
    static final Logger VERSION_LOG = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    // Hibernate Validator with parameter-only interpolation: no Jakarta EL needed. English
    // messages whatever the JVM's locale, so findings do not depend on the machine. Built at the
    // first report on which a model constraint may fail (ModelConstraints), or when asked for.
    static final Validator INSTANCE;

    static {
      if (VERSION_LOG.getLevel() == null) {
        VERSION_LOG.setLevel(Level.WARNING);
      }
      INSTANCE = Validation.byProvider(HibernateValidator.class)
          .providerResolver(() -> List.of(new HibernateValidator()))
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .defaultLocale(Locale.ENGLISH)
          .buildValidatorFactory()
          .getValidator();
    }
  }

  /** The default validator, built once on first use. */
  public static Validator defaultValidator() {
    return DefaultValidator.INSTANCE;
  }

  /** The violations of a report, sorted by property path: those at a cell by cell (the first), the others apart. */
  static final class Violations {
    static final Violations NONE = new Violations(Map.of(), List.of());

    final Map<CellRef, ConstraintViolation<Report>> byCell;
    final List<ConstraintViolation<Report>> others;

    private Violations(Map<CellRef, ConstraintViolation<Report>> byCell, List<ConstraintViolation<Report>> others) {
      this.byCell = byCell;
      this.others = others;
    }
  }

  /**
   * Runs the validator on the report of a check; {@code null} for the default, which runs only
   * when a model constraint may fail (a report on which all evidently hold has no violations to
   * find).
   */
  static Violations violations(Validator validator, RuleContext context) {
    Report report = context.report();
    if (validator == null && ModelConstraints.evidentlyHold(context)) {
      return Violations.NONE;
    }
    Set<ConstraintViolation<Report>> found = (validator != null ? validator : defaultValidator()).validate(report);
    if (found.isEmpty()) {
      return Violations.NONE;
    }
    List<ConstraintViolation<Report>> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
    Map<CellRef, ConstraintViolation<Report>> byCell = new LinkedHashMap<>();
    List<ConstraintViolation<Report>> others = new ArrayList<>();
    for (ConstraintViolation<Report> violation : sorted) {
      CellRef ref = cellOf(violation.getPropertyPath());
      if (ref != null) {
        byCell.putIfAbsent(ref, violation);
      } else {
        others.add(violation);
      }
    }
    return new Violations(byCell, others);
  }

  /** About how many findings {@link CellCount} makes: one per cell of the tables present. */
  public static int expected(Report report) {
    if (!report.getEdition().hasTables()) {
      return 4;
    }
    int cells = 4;
    for (Table table : Table.values()) {
      if (report.table(table).isPresent()) {
        cells += EditionCells.of(report.table(table).get().getEdition()).cells(table).size();
      }
    }
    return cells;
  }

  private static CellRef cellOf(Path path) {
    for (Path.Node node : path) {
      if (node.getKey() instanceof CellRef) {
        return (CellRef) node.getKey();
      }
    }
    return null;
  }
}
