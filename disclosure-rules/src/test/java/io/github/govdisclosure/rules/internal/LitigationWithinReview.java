package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Equation;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Relation;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.model.Term;
import java.util.List;

/**
 * {@code table4.litigation-within-review} (WARNING), TEST ONLY: {@code LITIGATION_AFTER_REVIEW[TOTAL]
 * ≤ REVIEW[TOTAL]}. Not a rule of the format (table 4 has no link between its groups, docs/rules.md):
 * it exists to prove the recipe of CONTRIBUTING.md, a new standard rule being one class like this
 * one, one test ({@code LitigationWithinReviewTest}) and its lines in the message bundles (none
 * for an equation rule, whose messages are the shared {@code equation.*} and {@code inequality.*}).
 * Shipping it would take one more line, its constant in {@code StandardRule}.
 */
public final class LitigationWithinReview extends EquationRule {
  /** The id. */
  public static final String ID = "table4.litigation-within-review";
  private static final CellRef AFTER_REVIEW = CellRef.of(ReviewGroup.LITIGATION_AFTER_REVIEW, Outcome.TOTAL);
  private static final CellRef REVIEW = CellRef.of(ReviewGroup.REVIEW, Outcome.TOTAL);
  private static final List<Equation> EQUATIONS = List.of(new Equation(ID, AFTER_REVIEW,
      List.of(Term.of("LITIGATION_AFTER_REVIEW[TOTAL]", AFTER_REVIEW)), Relation.AT_MOST,
      List.of(Term.of("REVIEW[TOTAL]", REVIEW))));

  /** The rule. */
  public LitigationWithinReview() {
    super(ID, Severity.WARNING, Table.REVIEW_LITIGATION, edition -> EQUATIONS);
  }
}
