/**
 * Parsing annual report text into the model, and printing the standard tables.
 *
 * <p>{@link io.github.govdisclosure.text.DisclosureText#parse(String)} never throws on content: it
 * returns the best report it could build and {@link io.github.govdisclosure.model.Diagnostic}s that
 * say what was uncertain, each with a line:column position.
 */
@ValueStyle
package io.github.govdisclosure.text;

import io.github.govdisclosure.model.internal.style.ValueStyle;
