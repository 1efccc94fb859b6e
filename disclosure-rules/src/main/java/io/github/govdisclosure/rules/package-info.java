/**
 * The consistency rules of the annual report format (docs/rules.md): table arithmetic, structure and
 * edition, the narrative against the tables, percentages and checks across years.
 *
 * <p>Entry point: {@code Rules.standard().check(report)} returns a {@link
 * io.github.govdisclosure.rules.CheckResult} with one {@link io.github.govdisclosure.rules.Finding}
 * per evaluated rule instance and an overall {@link io.github.govdisclosure.rules.Verdict}. Rule
 * ids are the stable ids of {@link io.github.govdisclosure.rules.StandardRule}. Rules never throw on
 * data: an operand that is blank, text or missing makes an instance {@link
 * io.github.govdisclosure.rules.Status#NOT_ASSESSABLE}, never a guessed zero.
 */
@ValueStyle
package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.internal.style.ValueStyle;
