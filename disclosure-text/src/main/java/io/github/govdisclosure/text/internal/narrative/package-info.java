/**
 * Reading the facts a report's narrative states (counts, shares, breakdowns, the fee statement).
 * Not API: the parser calls {@link io.github.govdisclosure.text.internal.narrative.NarrativeReader}
 * and stores the facts in the report.
 */
package io.github.govdisclosure.text.internal.narrative;
