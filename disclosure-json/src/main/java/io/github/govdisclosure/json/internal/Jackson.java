package io.github.govdisclosure.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;

/** The one Jackson configuration of the module, and the number rendering. Not API. */
final class Jackson {
  private Jackson() {}

  /**
   * Numbers are BigDecimal end to end: floats are never read as double, decimals are written
   * plain. Chinese text is not escaped. Streams are left open for the caller.
   */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  static JsonFactory factory() {
    return MAPPER.getFactory();
  }

  /**
   * The JSON text of a decimal: plain digits ({@code 4221.6528}, never {@code 4.2216528E+3}) so
   * that the scale survives the round trip; a negative scale (which no parser produces) keeps the
   * exponent, since plain digits would lose it.
   */
  static String number(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }

  /** The value a {@code Cell} stores: the model's scale normalisation ({@code 1.50} → {@code 1.5}). */
  static BigDecimal normalize(BigDecimal value) {
    BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return normal.scale() < 0 ? normal.setScale(0) : normal;
  }

  /**
   * Jackson's description of a syntax error, without the parts that only make sense to Jackson
   * users (source references, feature names), e.g. "Unexpected end-of-input: expected close
   * marker for Object".
   */
  static String message(String original) {
    String text = original == null ? "unreadable input" : original;
    int newline = text.indexOf('\n');
    if (newline >= 0) {
      text = text.substring(0, newline);
    }
    return text.replaceAll("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)", "").trim();
  }
}
