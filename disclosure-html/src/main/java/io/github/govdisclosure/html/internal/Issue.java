package io.github.govdisclosure.html.internal;

import io.github.govdisclosure.model.Severity;

/**
 * Something the HTML layer noticed, at a range of the HTML source; becomes a diagnostic once line
 * and column are known. Not API.
 *
 * @param code the stable code, {@code HTML-...}
 * @param severity how serious it is
 * @param start the source offset where it starts
 * @param end the source offset just past it
 * @param message what happened, in English
 */
public record Issue(String code, Severity severity, int start, int end, String message) {}
