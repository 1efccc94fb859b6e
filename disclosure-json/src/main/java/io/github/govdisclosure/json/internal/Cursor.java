package io.github.govdisclosure.json.internal;

import io.github.govdisclosure.model.FormatKey;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.govdisclosure.json.JsonDataException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Jackson parser with the checks and messages of the document reader. Every read method starts
 * on the value's first token and leaves the parser on its last token. Not API.
 */
final class Cursor {
  /** The most digits a number may take written out plainly: Jackson's own limit on a number's length. */
  static final int MAX_DIGITS = 1000;


  /** Where a value started, for errors found after it was read (a cell outside the edition's layout). */
  record Mark(String path, int line, int column) {
    JsonDataException fail(String detail) {
      return new JsonDataException(detail, path, line, column);
    }
  }

  interface Members {
    void member(String name) throws IOException;
  }

  interface Elements {
    void element() throws IOException;
  }

  private final JsonParser parser;

  Cursor(JsonParser parser) {
    this.parser = parser;
  }

  JsonToken next() throws IOException {
    return parser.nextToken();
  }

  JsonToken token() {
    return parser.currentToken();
  }

  /** The position of the current token. */
  Mark mark() {
    JsonLocation at = parser.currentTokenLocation();
    return new Mark(path(), Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  /** The position the parser reached (for malformed input, where there is no current token). */
  Mark reached(JsonLocation at) {
    JsonLocation where = at != null ? at : parser.currentLocation();
    return new Mark(path(), Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
  }

  JsonDataException fail(String detail) {
    return mark().fail(detail);
  }

  /** The Moshi-style path of the current value: {@code $.tables.APPLICATIONS.NEW_RECEIVED}. */
  String path() {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        segments.push("." + c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        segments.push("[" + c.getCurrentIndex() + "]");
      }
    }
    return "$" + String.join("", segments);
  }

  /** Reads an object, calling {@code members} on each member's value; duplicate names are refused. */
  void object(Members members) throws IOException {
    expect(JsonToken.START_OBJECT, "an object");
    Set<String> seen = new HashSet<>();
    for (JsonToken t = next(); t != JsonToken.END_OBJECT; t = next()) {
      String name = parser.currentName();
      if (!seen.add(name)) {
        throw fail("duplicate member \"" + name + "\"");
      }
      next();
      members.member(name);
    }
  }

  /** Reads an array, calling {@code elements} on each element. */
  void array(Elements elements) throws IOException {
    expect(JsonToken.START_ARRAY, "an array");
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      elements.element();
    }
  }

  JsonDataException unknown(String name, String expected) {
    return fail("unknown member \"" + name + "\"; expected " + expected);
  }

  String string() throws IOException {
    expect(JsonToken.VALUE_STRING, "a string");
    return parser.getText();
  }

  boolean bool() throws IOException {
    if (token() != JsonToken.VALUE_TRUE && token() != JsonToken.VALUE_FALSE) {
      throw expected("true or false");
    }
    return token() == JsonToken.VALUE_TRUE;
  }

  long longValue() throws IOException {
    expect(JsonToken.VALUE_NUMBER_INT, "a whole number");
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw fail("number " + parser.getText() + " is too large");
    }
    return parser.getLongValue();
  }

  int intValue() throws IOException {
    long value = longValue();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw fail("number " + value + " is too large");
    }
    return (int) value;
  }

  /** Any JSON number, exactly as written (never through a double). */
  BigDecimal decimal() throws IOException {
    if (token() != JsonToken.VALUE_NUMBER_INT && token() != JsonToken.VALUE_NUMBER_FLOAT) {
      throw expected("a number");
    }
    BigDecimal value;
    try {
      value = parser.getDecimalValue();
    } catch (NumberFormatException e) { // an exponent beyond the int range of a BigDecimal scale
      throw fail("number " + parser.getText() + " is out of range");
    }
    // Jackson caps a number's length, not its exponent: 1e999999999 would take a billion digits to
    // write out (and to normalise), so a number must fit in MAX_DIGITS digits written plainly.
    if (Math.max(value.scale(), value.precision() - (long) value.scale()) > MAX_DIGITS) {
      throw fail("number " + parser.getText() + " is out of range (more than " + MAX_DIGITS + " digits written out)");
    }
    return value;
  }

  <E extends Enum<E>> E enumValue(Class<E> type, String what) throws IOException {
    String name = string();
    try {
      return FormatKey.parse(type, name);
    } catch (IllegalArgumentException e) {
      throw fail("unknown " + what + " \"" + name + "\"; expected one of " + names(type));
    }
  }

  /** An enum constant named by the current member name (a key of the document). */
  <E extends Enum<E>> E key(String name, Class<E> type, String what) {
    try {
      return FormatKey.parse(type, name);
    } catch (IllegalArgumentException e) {
      throw fail("unknown " + what + " \"" + name + "\"; expected one of " + names(type));
    }
  }

  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(FormatKey::of).collect(Collectors.joining(", "));
  }

  void expect(JsonToken token, String what) {
    if (token() != token) {
      throw expected(what);
    }
  }

  JsonDataException expected(String what) {
    return fail("expected " + what + " but was " + describe(token()));
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }
}
