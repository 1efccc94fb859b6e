package io.github.govdisclosure.model.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.CellValues;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.StandardTable;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Map;

/** Checks each number of a table against its column's kind. Not API. */
public final class CellValuesValidator implements ConstraintValidator<CellValues, StandardTable> {

  @Override
  public boolean isValid(StandardTable table, ConstraintValidatorContext context) {
    if (table == null) {
      return true;
    }
    boolean valid = true;
    context.disableDefaultConstraintViolation();
    for (Map.Entry<CellRef, Cell> entry : table.getCells().entrySet()) {
      if (entry.getValue().getValue().isEmpty()) {
        continue;
      }
      String problem = problem(entry.getKey(), entry.getValue().getValue().get());
      if (problem != null) {
        valid = false;
        context.buildConstraintViolationWithTemplate(problem)
            .addPropertyNode("cells")
            .addBeanNode()
            .inIterable()
            .atKey(entry.getKey())
            .addConstraintViolation();
      }
    }
    return valid;
  }

  private static String problem(CellRef ref, BigDecimal value) {
    DisclosureColumn.Kind kind = DisclosureColumn.Kind.of(ref);
    if (kind.admits(value)) {
      return null;
    }
    switch (kind) {
      case AMOUNT:
        return "an amount must be ≥ 0";
      case SIGNED_COUNT:
        return "must be a whole number";
      default:
        return "must be a whole number ≥ 0";
    }
  }
}
