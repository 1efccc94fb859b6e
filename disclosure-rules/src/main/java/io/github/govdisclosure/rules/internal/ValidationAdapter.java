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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  /** {@code cell.count.<PASS|FAIL>.<kind>}, by status (pass, fail) and kind ordinal. */
  private static final String[][] COUNT_KEYS = countKeys();
  private static final String[] FAIL_KEYS = {"value", "constraint"};

  private ValidationAdapter() {}

  private static String[][] countKeys() {
    DisclosureColumn.Kind[] kinds = DisclosureColumn.Kind.values();
    String[][] keys = new String[2][kinds.length];
    for (DisclosureColumn.Kind kind : kinds) {
      keys[0][kind.ordinal()] = "cell.count." + Status.PASS.name() + "." + kind.name();
      keys[1][kind.ordinal()] = "cell.count." + Status.FAIL.name() + "." + kind.name();
    }
    return keys;
  }

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
  public static List<Finding> validate(Validator validator, Report report, Maker maker) {
    List<Finding> findings = new ArrayList<>(expected(report));
    validate(validator, report, maker, findings, null, null);
    return findings;
  }

  /** About how many findings {@link #validate} makes: one per cell of the tables present. */
  static int expected(Report report) {
    if (!report.getEdition().hasTables()) {
      return 4;
    }
    Layout layout = Layout.of(report.getEdition());
    int cells = 4;
    for (Table table : Table.values()) {
      if (report.table(table).isPresent()) {
        cells += layout.cells(table).size();
      }
    }
    return cells;
  }

  /**
   * Adds the {@code cell.count} and {@code validation.constraint} findings of a report to a list:
   * a pass per number cell without a violation, made straight from the cell; a failure per
   * violation. The slots of tables 3 and 4, when the caller has read them, spare reading their
   * values again.
   */
  static void validate(Validator validator, Report report, Maker maker, List<Finding> findings,
      Layout.Slots applications, Layout.Slots reviewLitigation) {
    Set<ConstraintViolation<Report>> found = validator.validate(report);
    Map<CellRef, ConstraintViolation<Report>> byCell = Map.of();
    List<Finding> others = List.of();
    if (!found.isEmpty()) {
      List<ConstraintViolation<Report>> violations = new ArrayList<>(found);
      violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
      byCell = new LinkedHashMap<>();
      others = new ArrayList<>();
      for (ConstraintViolation<Report> violation : violations) {
        CellRef ref = cellOf(violation.getPropertyPath());
        if (ref != null) {
          byCell.putIfAbsent(ref, violation);
        } else {
          others.add(constraint(violation));
        }
      }
    }
    if (report.getEdition().hasTables()) {
      Layout layout = Layout.of(report.getEdition());
      for (Table table : Table.values()) {
        Optional<? extends StandardTable> present = report.table(table);
        if (present.isEmpty()) {
          continue;
        }
        Layout.Slots slots = table == Table.APPLICATIONS ? applications
            : table == Table.REVIEW_LITIGATION ? reviewLitigation : null;
        Map<CellRef, Cell> held = slots == null ? present.get().getCells() : null;
        List<CellRef> refs = layout.cells(table);
        List<List<CellRef>> singletons = layout.singletons(table);
        for (int i = 0, n = refs.size(); i < n; i++) {
          CellRef ref = refs.get(i);
          Cell cell;
          BigDecimal value;
          if (slots == null) {
            cell = held.get(ref);
            value = cell == null || !cell.isNumber() ? null : cell.getValue().get();
          } else {
            int slot = Layout.slot(ref);
            cell = slots.cells[slot];
            value = slots.values[slot];
          }
          if (value != null) {
            findings.add(count(ref, singletons.get(i), cell, value, byCell.isEmpty() ? null : byCell.remove(ref),
                maker));
          }
        }
      }
    }
    for (Map.Entry<CellRef, ConstraintViolation<Report>> rest : byCell.entrySet()) {
      Cell cell = report.cell(rest.getKey());
      findings.add(count(rest.getKey(), List.of(rest.getKey()), cell, cell.getValue().orElse(null), rest.getValue(),
          maker));
    }
    findings.addAll(others);
  }

  private static CellRef cellOf(Path path) {
    for (Path.Node node : path) {
      if (node.getKey() instanceof CellRef) {
        return (CellRef) node.getKey();
      }
    }
    return null;
  }

  private static Finding count(CellRef ref, List<CellRef> cells, Cell cell, BigDecimal value,
      ConstraintViolation<Report> violation, Maker maker) {
    DisclosureColumn.Kind kind = ref.column() instanceof DisclosureColumn
        ? ((DisclosureColumn) ref.column()).kind()
        : DisclosureColumn.Kind.COUNT;
    Status status = violation == null ? Status.PASS : Status.FAIL;
    String raw = cell.getRaw();
    String shown = raw.isEmpty() ? (value == null ? "" : Operands.plain(value)) : raw;
    Map<String, String> arguments = violation == null
        ? Map.of("value", shown)
        : Arguments.of(FAIL_KEYS, shown, violation.getMessage());
    return maker.make(StandardRule.CELL_COUNT.id(), StandardRule.CELL_COUNT.severity(), status, cells, null,
        null, value, COUNT_KEYS[status == Status.PASS ? 0 : 1][kind.ordinal()], arguments, false,
        cell.getSpan().orElse(null));
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
