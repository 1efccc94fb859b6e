/**
 * Year over year: {@link io.github.govdisclosure.diff.ReportDiff#of ReportDiff.of(older, newer)}
 * compares two annual reports of one agency — every cell of tables 2–4 that means the same in
 * both editions, with both values, the change and the relative change; the cells that cannot be
 * compared; the findings of the cross-year rules; and the narrative sections diffed by sentence —
 * and prints the comparison in the syntaxes of the text module's
 * {@link io.github.govdisclosure.text.TextFormat}.
 */
@ValueStyle
package io.github.govdisclosure.diff;

import io.github.govdisclosure.model.internal.style.ValueStyle;
