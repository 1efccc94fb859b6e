package io.github.govdisclosure.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A section heading as the report wrote it: its numeral, its words, and the standard section it
 * was recognised as (by its words, not its numeral), e.g. {@code 五、信息处理费收取情况}, an extra
 * section of 2024 and later reports, has number {@code 五} and no standard section.
 *
 * <p>The headings in source order are {@link Report#getHeadings()}: the rule
 * {@code structure.heading-numbering} compares their numerals with the standard order 一 to 六.
 */
@Value.Immutable
public interface Heading {

  /** The numeral as written, without its punctuation ({@code 三}, {@code 3}); empty when none. */
  String getNumber();

  /** The heading's words after the numeral, e.g. {@code 收到和处理政府信息公开申请情况}. */
  String getTitle();

  /** The standard section the heading was recognised as; empty for a section the format lacks. */
  Optional<Section> getSection();

  /** Where the heading was read; not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> getSpan();

  /** The numeral's value, 1 for {@code 一} or {@code 1}; empty when there is none or it is not a small numeral. */
  default OptionalInt ordinal() {
    String n = getNumber().strip();
    if (n.isEmpty()) {
      return OptionalInt.empty();
    }
    if (n.chars().allMatch(c -> c >= '0' && c <= '9') && n.length() <= 2) {
      return OptionalInt.of(Integer.parseInt(n));
    }
    String chinese = "一二三四五六七八九十";
    if (n.length() == 1 && chinese.indexOf(n.charAt(0)) >= 0) {
      return OptionalInt.of(chinese.indexOf(n.charAt(0)) + 1);
    }
    if (n.length() == 2 && n.charAt(0) == '十' && chinese.indexOf(n.charAt(1)) >= 0
        && n.charAt(1) != '十') {
      return OptionalInt.of(11 + chinese.indexOf(n.charAt(1)));
    }
    return OptionalInt.empty();
  }

  /** A heading with a numeral and words, recognised as a section or not. */
  static Heading of(String number, String title, Optional<Section> section) {
    return new Builder().number(number).title(title).section(section).build();
  }

  /** Builds a heading. */
  class Builder extends ImmutableHeading.Builder {}
}
