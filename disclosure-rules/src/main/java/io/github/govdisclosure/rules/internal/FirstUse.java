package io.github.govdisclosure.rules.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Values by index, each made at its first use and kept: what the rules work out per edition (and
 * severity, table…) of the format, so that a run over reports of one edition never makes the
 * other's. Two threads may both make a value; the values are immutable and equal, and one of them
 * is kept. Not API.
 *
 * @param <T> the values
 */
final class FirstUse<T> {
  private final AtomicReferenceArray<T> made;
  private final IntFunction<T> make;

  /**
   * @param size how many indexes
   * @param make makes the value of an index
   */
  FirstUse(int size, IntFunction<T> make) {
    this.made = new AtomicReferenceArray<>(size);
    this.make = make;
  }

  /** The value of an index, made now if this is its first use. */
  T get(int index) {
    T value = made.get(index);
    if (value == null) {
      made.compareAndSet(index, null, make.apply(index));
      value = made.get(index);
    }
    return value;
  }
}
