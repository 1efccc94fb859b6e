package io.github.govdisclosure.model;

import java.util.Objects;

/**
 * The canonical keys of the format ({@code docs/format.md}): the UPPER_SNAKE names that JSON
 * documents, cell references ({@code APPLICATIONS[CARRIED_FORWARD][TOTAL]}) and the rule catalogue
 * use. A key is the enum constant's name, except for the few constants renamed so that a reader
 * tells them apart at sight; those keep their released key as an alias:
 *
 * <table>
 *   <caption>Constants whose key differs from their name</caption>
 *   <tr><th>constant</th><th>key</th><th>label</th></tr>
 *   <tr><td>{@link ApplicationRow#CARRIED_FROM_LAST_YEAR}</td><td>{@code CARRIED_OVER}</td><td>上年结转</td></tr>
 *   <tr><td>{@link ApplicationRow#CARRIED_TO_NEXT_YEAR}</td><td>{@code CARRIED_FORWARD}</td><td>结转下年度</td></tr>
 *   <tr><td>{@link ApplicationRow#OTHER_UNSPECIFIED}</td><td>{@code OTHER_OTHER}</td><td>3.其他</td></tr>
 *   <tr><td>{@link DisclosureRow#GOVERNMENT_RULES}</td><td>{@code RULES}</td><td>规章</td></tr>
 *   <tr><td>{@link Quantity#CARRIED_FROM_LAST_YEAR}</td><td>{@code CARRIED_OVER}</td><td>上年结转</td></tr>
 *   <tr><td>{@link Quantity#CARRIED_TO_NEXT_YEAR}</td><td>{@code CARRIED_FORWARD}</td><td>结转下年度</td></tr>
 * </table>
 */
public final class FormatKey {
  private FormatKey() {}

  /** The canonical key of a constant of any enum: its name, or its alias (see the table above). */
  public static String of(Enum<?> constant) {
    Objects.requireNonNull(constant, "constant");
    if (constant instanceof ApplicationRow) {
      return ((ApplicationRow) constant).key();
    }
    if (constant instanceof DisclosureRow) {
      return ((DisclosureRow) constant).key();
    }
    if (constant instanceof Quantity) {
      return ((Quantity) constant).key();
    }
    return constant.name();
  }

  /**
   * The constant of an enum whose canonical key is {@code key}.
   *
   * @throws IllegalArgumentException if no constant has that key (a constant's Java name is not
   *     accepted in place of its alias)
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String key) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(key)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("no " + type.getSimpleName() + " has the key " + key);
  }
}
