/**
 * Writing and reading the stable JSON form of a report (see {@code docs/json.md}).
 *
 * <p>{@link io.github.govdisclosure.json.DisclosureJson#write(io.github.govdisclosure.model.Report)}
 * writes a report; {@link io.github.govdisclosure.json.DisclosureJson#read(String)} reads a
 * {@link io.github.govdisclosure.json.JsonDocument} back, equal to the one written. Input that is
 * not JSON throws a {@link io.github.govdisclosure.json.JsonEncodingException}; JSON of the wrong
 * shape throws a {@link io.github.govdisclosure.json.JsonDataException}. Both messages end with the
 * JSON path and {@code line:column} of the offending token.
 */
@ValueStyle
package io.github.govdisclosure.json;

import io.github.govdisclosure.model.internal.style.ValueStyle;
