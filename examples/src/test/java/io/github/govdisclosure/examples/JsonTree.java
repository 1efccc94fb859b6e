package io.github.govdisclosure.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader for the shape tests: objects become {@link LinkedHashMap}s (member
 * order kept, duplicates refused), arrays {@link List}s, numbers {@link BigDecimal}s, and
 * {@code null} {@code null}. The examples module does not read Jackson on the module path.
 */
final class JsonTree {
  private final String text;
  private int at;

  private JsonTree(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    JsonTree reader = new JsonTree(text);
    Object value = reader.value();
    reader.space();
    if (reader.at != text.length()) {
      throw reader.error("content after the document");
    }
    return value;
  }

  private Object value() {
    space();
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    space();
    if (text.charAt(at) == '}') {
      at++;
      return members;
    }
    while (true) {
      space();
      String key = string();
      space();
      expect(':');
      if (members.containsKey(key)) {
        throw error("duplicate member " + key);
      }
      members.put(key, value());
      space();
      if (text.charAt(at) == ',') {
        at++;
        continue;
      }
      expect('}');
      return members;
    }
  }

  private List<Object> array() {
    List<Object> items = new ArrayList<>();
    at++;
    space();
    if (text.charAt(at) == ']') {
      at++;
      return items;
    }
    while (true) {
      items.add(value());
      space();
      if (text.charAt(at) == ',') {
        at++;
        continue;
      }
      expect(']');
      return items;
    }
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = text.charAt(at++);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = text.charAt(at++);
      switch (e) {
        case 'n': b.append('\n'); break;
        case 't': b.append('\t'); break;
        case 'r': b.append('\r'); break;
        case 'b': b.append('\b'); break;
        case 'f': b.append('\f'); break;
        case 'u': b.append((char) Integer.parseInt(text.substring(at, at + 4), 16)); at += 4; break;
        default: b.append(e);
      }
    }
  }

  private BigDecimal number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    try {
      return new BigDecimal(text.substring(start, at));
    } catch (NumberFormatException e) {
      throw error("not a value");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("not a value");
    }
    at += word.length();
    return value;
  }

  private void expect(char c) {
    if (at >= text.length() || text.charAt(at) != c) {
      throw error("expected " + c);
    }
    at++;
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at offset " + at);
  }
}
