package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A finding of a standard rule being put together, the builder's methods without its collections:
 * the named values in two small arrays, in the order put (a name put again keeps its place, as
 * in a {@code LinkedHashMap}). Made by a {@link Maker}. Used where it is made. Not API.
 */
final class Draft {
  private final StandardRule rule;
  private Status status;
  private List<CellRef> cells = List.of();
  private String location;
  private BigDecimal expected;
  private BigDecimal actual;
  private String messageKey;
  private boolean zeroRead;
  private SourceSpan span;
  private String[] keys = new String[8];
  private String[] values = new String[8];
  private int size;

  Draft(StandardRule rule) {
    this.rule = rule;
  }

  Draft status(Status status) {
    this.status = Objects.requireNonNull(status, "status");
    return this;
  }

  /** The cells; an unmodifiable list is kept as it is, another collection copied. */
  Draft cells(Collection<CellRef> cells) {
    this.cells = List.copyOf(cells);
    return this;
  }

  Draft location(String location) {
    this.location = Objects.requireNonNull(location, "location");
    return this;
  }

  Draft expected(BigDecimal expected) {
    this.expected = Objects.requireNonNull(expected, "expected");
    return this;
  }

  Draft actual(BigDecimal actual) {
    this.actual = Objects.requireNonNull(actual, "actual");
    return this;
  }

  Draft messageKey(String messageKey) {
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    return this;
  }

  Draft blanksReadAsZero(boolean zeroRead) {
    this.zeroRead = zeroRead;
    return this;
  }

  Draft span(SourceSpan span) {
    this.span = Objects.requireNonNull(span, "span");
    return this;
  }

  Draft putArguments(String key, String value) {
    Objects.requireNonNull(key, "arguments key");
    Objects.requireNonNull(value, "arguments value");
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        values[i] = value;
        return this;
      }
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size++] = value;
    return this;
  }

  Finding make(Maker maker) {
    return maker.make(rule.id(), rule.severity(), status, cells, location, expected, actual, messageKey,
        Arguments.of(Arrays.copyOf(keys, size), Arrays.copyOf(values, size)), zeroRead, span);
  }
}
