package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.text.internal.shared.LineIndex;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.Unit;
import io.github.govdisclosure.text.internal.Codes;
import io.github.govdisclosure.text.internal.NormalForm;
import io.github.govdisclosure.text.internal.Sink;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * Reads one cell token as published: blank, {@code 0}, {@code /}, {@code —}, {@code -}, {@code 无},
 * full-width digits {@code ３５}, thousands separators {@code 1,234}, units {@code 元}/{@code 万元},
 * signs {@code +4}, annotations {@code 22（其中修订16件）}. Garbage becomes a text cell and a
 * diagnostic, never an exception. Not API.
 */
public final class CellReader {
  /** More integer digits than this is not a plausible count or amount. */
  static final int MAX_DIGITS = 15;

  private CellReader() {}

  /** Whether the token is a dash-like placeholder, {@code 无} or {@code 不适用}: a text cell. */
  public static boolean isDash(CharSequence token) {
    return isDash(token, 0, token.length());
  }

  /** Whether {@code text[from, to)} is a dash-like placeholder or {@code 无}, as {@link #isDash(CharSequence)}. */
  static boolean isDash(CharSequence text, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return false;
    }
    if (n == 1 && text.charAt(from) == '无' || n == NOT_APPLICABLE.length() && startsWith(text, from, NOT_APPLICABLE)) {
      return true;
    }
    for (int i = from; i < to; i++) {
      char c = NormalForm.fold(text.charAt(i));
      if (c != '-' && c != '/' && c != '\\' && c != '\u2014' && c != '\u2013' && c != '_'
          && c != '\u2015' && c != '\u2500') {
        return false;
      }
    }
    return true;
  }

  /** The words a table 2 cell writes for "not applicable": a text cell, like a dash. */
  static final String NOT_APPLICABLE = "不适用";

  /**
   * Where a text-cell mark run into the words after it ends ({@code 不适用第二十条…},
   * {@code /第二十条…}, as crawler text writes a table 2 cell), or {@code from} when the word does
   * not start with one. A dash run before a digit is a sign, not a mark.
   */
  static int textCellMark(CharSequence text, int from, int to) {
    if (startsWith(text, from, NOT_APPLICABLE) && from + NOT_APPLICABLE.length() <= to) {
      return from + NOT_APPLICABLE.length();
    }
    int i = from;
    while (i < to && isDash(text, i, i + 1) && text.charAt(i) != '无') {
      i++;
    }
    return i < to && isDigit(text.charAt(i)) ? from : i;
  }

  private static boolean startsWith(CharSequence text, int from, String prefix) {
    if (from + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(from + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token is {@code ?}, the mark the formatter prints for a missing cell. */
  public static boolean isMissingMark(CharSequence token) {
    return token.length() == 1 && (token.charAt(0) == '?' || token.charAt(0) == '\uFF1F');
  }

  /** Spreadsheet and programming words for "no number", read as invalid cells rather than skipped. */
  private static final java.util.Set<String> NOT_A_NUMBER = java.util.Set.of("nan", "+nan", "-nan", "inf",
      "+inf", "-inf", "infinity", "+infinity", "-infinity", "null", "undefined", "n/a", "#n/a", "#div/0!",
      "#value!", "#num!", "#ref!");

  /** Whether the token is a word like {@code NaN}, {@code Infinity} or {@code #DIV/0!}. */
  public static boolean isNotANumber(String token) {
    return token.length() <= 10 && NOT_A_NUMBER.contains(token.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a folded character is a minus sign: {@code -}, {@code −} (U+2212) or {@code ﹣} (U+FE63). */
  static boolean isMinus(char c) {
    return c == '-' || c == '\u2212' || c == '\uFE63';
  }

  /** Whether a folded character is an ASCII digit after folding full-width forms. */
  public static boolean isDigit(char c) {
    char f = c >= '\uFF10' && c <= '\uFF19' ? (char) (c - 0xFEE0) : c;
    return f >= '0' && f <= '9';
  }

  /**
   * Reads a token into a cell with its span.
   *
   * @param raw the token as written, trimmed; empty for a blank
   * @param offset where the token starts in the source
   * @param length how long it is in the source
   */
  public static Cell read(String raw, int offset, int length, LineIndex spans, Sink sink) {
    return read(raw, offset, length, spans, sink, Provenance.READ, null, List.of());
  }

  /**
   * Reads a token into a cell that says how it came there, unless it is {@link Provenance#READ}:
   * a placed cell is built once rather than read and then copied. A cell marked missing is
   * {@link Cell#missing()} all the same.
   */
  static Cell read(String raw, int offset, int length, LineIndex spans, Sink sink, Provenance how, String basis,
      Collection<String> alternatives) {
    Cell.Builder cell = new Cell.Builder().raw(raw).span(spans.span(offset, length));
    if (how != Provenance.READ) {
      cell.provenance(how).basis(basis).alternatives(alternatives);
    }
    if (raw.isEmpty()) {
      return cell.kind(Cell.Kind.BLANK).build();
    }
    if (isDash(raw)) {
      return cell.kind(Cell.Kind.TEXT).build();
    }
    if (isMissingMark(raw)) {
      sink.add(Codes.CELL_MARKED_MISSING, Severity.INFO, offset, length,
          "cell '" + raw + "' marks a cell that is missing; it is left out");
      return Cell.missing();
    }
    Parsed parsed = parse(raw);
    if (parsed == null) {
      sink.add(Codes.NUMBER_INVALID, Severity.WARNING, offset, length,
          "cell '" + raw + "' is not a number, a blank or a dash; kept as text");
      return cell.kind(Cell.Kind.TEXT).build();
    }
    if (parsed.tooLong) {
      sink.add(Codes.NUMBER_INVALID, Severity.WARNING, offset, length,
          "cell '" + raw + "' has more than " + MAX_DIGITS + " digits; kept as text");
      return cell.kind(Cell.Kind.TEXT).build();
    }
    cell.kind(Cell.Kind.NUMBER).value(parsed.value);
    if (parsed.unit != null) {
      cell.unit(parsed.unit);
    }
    if (parsed.note != null) {
      cell.note(parsed.note);
    }
    return cell.build();
  }

  /** Reads a cell token (its text trimmed) into a cell with its span. */
  static Cell read(Tokenizer.Token token, LineIndex lines, Sink sink) {
    return read(token.raw().trim(), token.start(), token.end() - token.start(), lines, sink);
  }

  /** A number read from a token. */
  static final class Parsed {
    BigDecimal value;
    Unit unit;
    String note;
    boolean tooLong;
  }

  /** Parses a numeric token, or returns null if it is not one. */
  static Parsed parse(String raw) {
    int n = raw.length();
    int i = 0;
    boolean negative = false;
    char c0 = NormalForm.fold(raw.charAt(0));
    if (c0 == '+' || isMinus(c0)) {
      negative = c0 != '+';
      i++;
    }
    int intFrom = i;
    int intDigits = 0;
    long unscaled = 0;
    while (i < n) {
      char c = NormalForm.fold(raw.charAt(i));
      if (c >= '0' && c <= '9') {
        if (intDigits < 18) {
          unscaled = unscaled * 10 + (c - '0');
        }
        intDigits++;
        i++;
      } else if (c == ',' && intDigits > 0 && i + 1 < n && isDigit(raw.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    int intTo = i;
    if (intDigits == 0) {
      return null;
    }
    int fracFrom = -1;
    int fracDigits = 0;
    if (i < n && NormalForm.fold(raw.charAt(i)) == '.' && i + 1 < n && isDigit(raw.charAt(i + 1))) {
      i++;
      fracFrom = i;
      while (i < n && isDigit(raw.charAt(i))) {
        if (intDigits + fracDigits < 18) {
          unscaled = unscaled * 10 + (NormalForm.fold(raw.charAt(i)) - '0');
        }
        fracDigits++;
        i++;
      }
    }
    int fracTo = i;
    Parsed parsed = new Parsed();
    if (raw.startsWith("万元", i)) {
      parsed.unit = Unit.WAN_YUAN;
      i += 2;
    } else if (i < n && raw.charAt(i) == '元') {
      parsed.unit = Unit.YUAN;
      i++;
    }
    while (i < n && Character.isWhitespace(raw.charAt(i))) {
      i++;
    }
    if (i < n) {
      char open = NormalForm.fold(raw.charAt(i));
      char last = NormalForm.fold(raw.charAt(n - 1));
      if (open == '(' && last == ')' && n - 1 > i + 1) {
        parsed.note = raw.substring(i + 1, n - 1).trim();
        i = n;
      }
    }
    if (i != n) {
      return null;
    }
    if (intDigits > MAX_DIGITS) {
      parsed.tooLong = true;
      return parsed;
    }
    if (intDigits + fracDigits <= 18) {
      // the same value and scale as the decimal string would give, without making it
      parsed.value = BigDecimal.valueOf(negative ? -unscaled : unscaled, fracDigits);
      return parsed;
    }
    StringBuilder number = new StringBuilder(intDigits + fracDigits + 2);
    if (negative) {
      number.append('-');
    }
    for (int k = intFrom; k < intTo; k++) {
      char c = NormalForm.fold(raw.charAt(k));
      if (c >= '0' && c <= '9') {
        number.append(c);
      }
    }
    if (fracFrom >= 0) {
      number.append('.');
      for (int k = fracFrom; k < fracTo; k++) {
        number.append(NormalForm.fold(raw.charAt(k)));
      }
    }
    parsed.value = new BigDecimal(number.toString());
    return parsed;
  }
}
