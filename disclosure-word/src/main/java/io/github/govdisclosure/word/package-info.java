/**
 * Reading annual reports published as Word documents.
 *
 * <p>{@link io.github.govdisclosure.word.DisclosureWord#parse(byte[])} takes a {@code .docx} file's
 * paragraphs and tables in document order, cells straight from the table grid (merged cells
 * included), reads the result with the text parser and returns the text module's
 * {@link io.github.govdisclosure.text.ParseResult}.
 */
package io.github.govdisclosure.word;
