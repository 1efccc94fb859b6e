package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.util.EnumMap;
import java.util.Map;

/**
 * The pass and the failure about each constant of an enum (a section, a table), made once per
 * severity: they depend on nothing but the constant. Immutable. Not API.
 */
final class PassOrFail<E extends Enum<E>> {
  /** Makes the finding about a constant. */
  interface Maker<E> {
    Finding make(E constant, Status status, Severity severity);
  }

  /** By severity, by constant ordinal: the pass and the failure. */
  private final Map<Severity, Finding[][]> made = new EnumMap<>(Severity.class);

  PassOrFail(E[] constants, Maker<E> maker) {
    for (Severity severity : Severity.values()) {
      Finding[][] byConstant = new Finding[constants.length][];
      for (E constant : constants) {
        byConstant[constant.ordinal()] = new Finding[] {
            maker.make(constant, Status.PASS, severity), maker.make(constant, Status.FAIL, severity)};
      }
      made.put(severity, byConstant);
    }
  }

  /** The pass or the failure about a constant. */
  Finding of(Severity severity, E constant, boolean passes) {
    return made.get(severity)[constant.ordinal()][passes ? 0 : 1];
  }
}
