/**
 * The immutable model of a government information disclosure annual report.
 *
 * <p>A {@link io.github.govdisclosure.model.Report} holds the edition, year, agency, the six
 * sections' text, the three standard tables and the figures its narrative states. Every table
 * cell is a {@link io.github.govdisclosure.model.Cell} that keeps what was written: a number, a
 * blank, or other text, with the raw token and any annotation. Blank is not zero.
 *
 * <p>Values are built with nested builders ({@code new Report.Builder()},
 * {@code ApplicationTable.builder(Edition.V2021)}); the generated implementation classes are not
 * part of the API. Building never validates data: a wrong report must be representable so that
 * the rules can report it. Bean Validation constraints (non-negative counts, plausible year) are
 * checked only when a {@code jakarta.validation.Validator} is run.
 */
@ValueStyle
package io.github.govdisclosure.model;

import io.github.govdisclosure.model.internal.style.ValueStyle;
