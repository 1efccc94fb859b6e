/**
 * Reading annual reports published as PDF.
 *
 * <p>{@link io.github.govdisclosure.pdf.DisclosurePdf#parse(byte[])} takes the text layer of a PDF
 * with the position of every glyph, rebuilds its tables from the geometry (rows by baseline bands
 * and ruling lines, columns by x positions), reads the result with the text parser and returns the
 * text module's {@link io.github.govdisclosure.text.ParseResult}.
 */
package io.github.govdisclosure.pdf;
