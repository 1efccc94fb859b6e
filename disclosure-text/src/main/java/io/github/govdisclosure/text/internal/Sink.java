package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what the parser notices, with source offsets; capped like jsoup's error list. Not API. */
public final class Sink {
  /** The most diagnostics one parse keeps by default. */
  public static final int CAP = 500;

  /** One noted event, before it is turned into a public diagnostic. */
  public record Note(String code, Severity severity, int offset, int length, String message, int order) {}

  private final List<Note> notes = new ArrayList<>();
  private final int cap;
  private boolean capped;

  /** A sink keeping at most {@link #CAP} notes. */
  public Sink() {
    this(CAP);
  }

  /** A sink keeping at most {@code cap} notes. */
  public Sink(int cap) {
    this.cap = cap;
  }

  /** Whether the cap is reached: callers may skip building messages that would be dropped. */
  public boolean full() {
    return capped;
  }

  /** Notes an event at {@code offset}, {@code length} UTF-16 units long. */
  public void add(String code, Severity severity, int offset, int length, String message) {
    if (notes.size() >= cap) {
      if (!capped) {
        capped = true;
        notes.add(new Note(Codes.TOO_MANY, Severity.WARNING, offset, 0,
            "more than " + cap + " diagnostics; the rest are dropped", notes.size()));
      }
      return;
    }
    notes.add(new Note(code, severity, offset, length, message, notes.size()));
  }

  /** The notes in source order (ties keep the order they were noted in). */
  public List<Note> sorted() {
    List<Note> copy = new ArrayList<>(notes);
    copy.sort(Comparator.comparingInt(Note::offset).thenComparingInt(Note::order));
    return copy;
  }
}
