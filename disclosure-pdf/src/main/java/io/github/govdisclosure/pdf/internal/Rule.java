package io.github.govdisclosure.pdf.internal;

/**
 * A horizontal or vertical ruling line drawn on a page (a stroked segment or a thin filled
 * rectangle), in page space with the origin at the top left. Not API.
 *
 * @param horizontal whether the line is horizontal
 * @param at its y (horizontal) or x (vertical)
 * @param from where it starts along its direction
 * @param to where it ends along its direction, {@code >= from}
 */
record Rule(boolean horizontal, float at, float from, float to) {

  /** Whether the line passes {@code along} within a tolerance. */
  boolean covers(float along, float tolerance) {
    return along >= from - tolerance && along <= to + tolerance;
  }
}
