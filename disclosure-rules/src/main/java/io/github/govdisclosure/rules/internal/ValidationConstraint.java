package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import jakarta.validation.ConstraintViolation;
import java.util.List;

/**
 * {@code validation.constraint} (WARNING): any Bean Validation constraint of the model other than
 * those at a cell ({@link CellCount}) that fails, e.g. a report year outside 2008–2100, located at
 * its property path. Not API.
 */
public final class ValidationConstraint extends StandardRuleBase {

  /** The rule. */
  public ValidationConstraint() {
    super("validation.constraint", Severity.WARNING, List.of("validation.constraint.FAIL"));
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    for (ConstraintViolation<Report> violation : context.violations().others) {
      String path = violation.getPropertyPath().toString();
      findings.add(finding(context)
          .status(Status.FAIL)
          .location(path)
          .messageKey("validation.constraint.FAIL")
          .putArguments("path", path)
          .putArguments("constraint", violation.getMessage())
          .putArguments("value", String.valueOf(violation.getInvalidValue()))
          .build());
    }
  }
}
