package io.github.govdisclosure.rules.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The named values of a finding's message as an unmodifiable map in a fixed key order: the keys
 * an array shared by every finding of a kind (or a finding's own, as a builder's
 * {@code putArguments} gave them), the values given ({@link #of}) or worked out when read (a
 * subclass). Equal to any map with the same entries, as {@link Map} requires. Immutable:
 * a finding keeps it without a copy. Not API; only the rules make them.
 */
public abstract class Arguments extends AbstractMap<String, String> {
  private final String[] keys;

  /** The keys, in order; the array is shared, never changed. */
  Arguments(String[] keys) {
    this.keys = keys;
  }

  /** The values of the keys, in order; the array is kept, never changed. */
  public static Map<String, String> of(String[] keys, String... values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException(keys.length + " keys, " + values.length + " values");
    }
    return new Given(keys, values);
  }

  /**
   * The value of a single key: the common case (a cell's pass shows its value) without an array
   * of values.
   */
  public static Map<String, String> of(String[] keys, String value) {
    if (keys.length != 1) {
      throw new IllegalArgumentException(keys.length + " keys, 1 value");
    }
    return new One(keys, value);
  }

  /** The value of the key at an index, never {@code null}. */
  abstract String value(int index);

  private int index(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public final String get(Object key) {
    int index = index(key);
    return index < 0 ? null : value(index);
  }

  @Override
  public final boolean containsKey(Object key) {
    return index(key) >= 0;
  }

  @Override
  public final int size() {
    return keys.length;
  }

  @Override
  public final boolean isEmpty() {
    return keys.length == 0;
  }

  @Override
  public final Set<Map.Entry<String, String>> entrySet() {
    return new Entries();
  }

  private final class Entries extends AbstractSet<Map.Entry<String, String>> {
    @Override
    public Iterator<Map.Entry<String, String>> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < keys.length;
        }

        @Override
        public Map.Entry<String, String> next() {
          if (next >= keys.length) {
            throw new NoSuchElementException();
          }
          int index = next++;
          return new AbstractMap.SimpleImmutableEntry<>(keys[index], value(index));
        }
      };
    }

    @Override
    public int size() {
      return keys.length;
    }
  }

  /** One value given up front. */
  private static final class One extends Arguments {
    private final String value;

    One(String[] keys, String value) {
      super(keys);
      if (value == null) {
        throw new NullPointerException("argument value");
      }
      this.value = value;
    }

    @Override
    String value(int index) {
      return value;
    }
  }

  /** Values given up front. */
  private static final class Given extends Arguments {
    private final String[] values;

    Given(String[] keys, String[] values) {
      super(keys);
      for (String value : values) {
        if (value == null) {
          throw new NullPointerException("argument value");
        }
      }
      this.values = values;
    }

    @Override
    String value(int index) {
      return values[index];
    }
  }
}
