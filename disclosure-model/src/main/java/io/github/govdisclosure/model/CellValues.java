package io.github.govdisclosure.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint on a {@link StandardTable}: every number is admissible for its column.
 * A count is a whole number ≥ 0 (V2019 {@link DisclosureColumn#NET_CHANGE} may be negative); an
 * amount is a decimal ≥ 0. Blank and text cells are not checked.
 *
 * <p>Each violation is reported at the property path {@code cells[<cell reference>]}; the path
 * node's key is the {@link CellRef} itself.
 */
@Documented
@Constraint(validatedBy = io.github.govdisclosure.model.internal.CellValuesValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CellValues {
  /** The message template. */
  String message() default "must be a whole number ≥ 0";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload, e.g. a severity. */
  Class<? extends Payload>[] payload() default {};
}
