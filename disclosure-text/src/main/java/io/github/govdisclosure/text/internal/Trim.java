package io.github.govdisclosure.text.internal;

/** Trimming a source range without making a string: the characters {@link String#trim()} removes. */
final class Trim {
  private Trim() {}

  /** The first index in {@code [from, to)} past the characters {@link String#trim()} removes, or {@code to}. */
  static int start(String text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) <= ' ') {
      i++;
    }
    return i;
  }

  /** The end of {@code [from, to)} without the characters {@link String#trim()} removes at its end. */
  static int end(String text, int from, int to) {
    int i = to;
    while (i > from && text.charAt(i - 1) <= ' ') {
      i--;
    }
    return i;
  }
}
