package io.github.govdisclosure.text.internal.narrative;

import io.github.govdisclosure.text.internal.NormalForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A number in the normalised text: a count with its unit ({@code 35件}, {@code 7784条}), a percent
 * ({@code 48.57%}), or another number ({@code 2021年}, {@code 536万}, a table cell).
 *
 * @param kind what the number is
 * @param start first character (of the approximation word, if any)
 * @param numberStart first digit
 * @param numberEnd after the last digit
 * @param end after the unit or {@code %}
 * @param digits the number as normalised, e.g. {@code 48.57}; null for {@link Kind#OTHER} (never read)
 * @param unit the unit character of a count, {@code %} of a percent, else the following character
 * @param approximate whether the text says the number is not exact ({@code 5000余条}, {@code 近300个})
 */
record Token(
    Kind kind,
    int start,
    int numberStart,
    int numberEnd,
    int end,
    String digits,
    char unit,
    boolean approximate) {

  enum Kind {
    COUNT,
    PERCENT,
    OTHER
  }

  /** Units after which a whole number counts things. */
  private static final String COUNT_UNITS = "件条起宗个篇项次期场份家批部封";

  /** Longest numbers read as values; longer digit runs are table digit runs, not counts. */
  private static final int MAX_DIGITS = 15;

  long count() {
    return Long.parseLong(digits);
  }

  BigDecimal percent() {
    return new BigDecimal(digits);
  }

  static List<Token> scan(NormalForm text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!NormalForm.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int numberStart = i;
      while (i < n && NormalForm.isDigit(text.charAt(i))) {
        i++;
      }
      boolean decimal = false;
      if (i + 1 < n && text.charAt(i) == '.' && NormalForm.isDigit(text.charAt(i + 1))) {
        decimal = true;
        i++;
        while (i < n && NormalForm.isDigit(text.charAt(i))) {
          i++;
        }
      }
      int numberEnd = i;
      boolean approximate = false;
      int start = numberStart;
      if (text.startsWith("超过", numberStart - 2) || text.startsWith("多达", numberStart - 2)) {
        approximate = true;
        start = numberStart - 2;
      } else if (numberStart > 0 && "近约超逾".indexOf(text.charAt(numberStart - 1)) >= 0) {
        approximate = true;
        start = numberStart - 1;
      }
      int unitAt = numberEnd;
      if (unitAt < n && (text.charAt(unitAt) == '余' || text.charAt(unitAt) == '多')) {
        approximate = true;
        unitAt++;
      }
      char unit = unitAt < n ? text.charAt(unitAt) : '\0';
      Kind kind;
      int end;
      boolean tooLong = numberEnd - numberStart > MAX_DIGITS + (decimal ? 1 : 0);
      if (tooLong) {
        kind = Kind.OTHER;
        end = numberEnd;
      } else if (unit == '%' && unitAt == numberEnd) {
        kind = Kind.PERCENT;
        end = unitAt + 1;
      } else if (!decimal && COUNT_UNITS.indexOf(unit) >= 0 && unit != '\0') {
        kind = Kind.COUNT;
        end = unitAt + 1;
      } else {
        kind = Kind.OTHER;
        end = numberEnd;
      }
      String digits = kind == Kind.OTHER ? null : text.substring(numberStart, numberEnd);
      tokens.add(new Token(kind, start, numberStart, numberEnd, end, digits, unit, approximate));
      i = Math.max(i, end);
    }
    return tokens;
  }
}
