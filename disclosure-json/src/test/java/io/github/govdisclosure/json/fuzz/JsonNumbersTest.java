package io.github.govdisclosure.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.govdisclosure.json.DisclosureJson;
import io.github.govdisclosure.json.JsonDataException;
import io.github.govdisclosure.json.JsonDocument;
import io.github.govdisclosure.json.JsonEncodingException;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Numbers at the edges of what JSON can spell: overflow, huge exponents, NaN-like tokens. Each is
 * read or refused with a {@code JsonDataException} (well-formed JSON, number out of range) or a
 * {@code JsonEncodingException} (not JSON), never another exception.
 */
class JsonNumbersTest {
  private static final CellRef NEW_RECEIVED = CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);

  private static String cell(String number) {
    return "{\"edition\":\"V2021\",\"tables\":{\"APPLICATIONS\":{\"NEW_RECEIVED\":{\"TOTAL\":" + number + "}}}}";
  }

  private static String percent(String number) {
    return "{\"edition\":\"V2021\",\"statedFigures\":[{\"quantity\":\"DISCLOSED\",\"percent\":" + number
        + ",\"phrase\":\"占总数的\"}]}";
  }

  private static Throwable readFailure(String json) {
    return catchThrowable(() -> DisclosureJson.read(json));
  }

  @Test
  void exponentBeyondTheScaleRangeIsOutOfRange() {
    // found by JsonReadFuzzTest: Jackson's NumberFormatException escaped DisclosureJson.read
    Throwable e = readFailure(cell("1E-2147483648"));

    assertThat(e).isInstanceOf(JsonDataException.class)
        .hasMessageStartingWith("number 1E-2147483648 is out of range at $.tables.APPLICATIONS.NEW_RECEIVED.TOTAL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "-1E+2147483647", "1e1001", "1e-1001"})
  void hugeExponentsAreRefusedBeforeAnyDigitIsWrittenOut(String number) {
    assertThat(readFailure(cell(number))).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("is out of range (more than 1000 digits written out)");
    assertThat(readFailure(percent(number))).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("at $.statedFigures[0].percent");
  }

  @Test
  void largeButWritableNumbersReadAndRoundTrip() {
    JsonDocument document = DisclosureJson.read(cell("1e400"));

    assertThat(document.getReport().cell(NEW_RECEIVED).getValue()).contains(BigDecimal.TEN.pow(400));
    assertThat(DisclosureJson.read(DisclosureJson.write(document))).isEqualTo(document);
  }

  @Test
  void negativeZeroReadsAsZero() {
    assertThat(DisclosureJson.read(cell("-0.0")).getReport().cell(NEW_RECEIVED).getValue()).contains(BigDecimal.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999999999999", "9223372036854775808", "-9223372036854775809", "2147483648"})
  void yearBeyondTheIntRangeIsTooLarge(String number) {
    assertThat(readFailure("{\"edition\":\"V2021\",\"year\":" + number + "}")).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("is too large at $.year");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "1e30"})
  void countsBeyondTheLongRangeAreRefused(String number) {
    String json = "{\"edition\":\"V2021\",\"statedFigures\":[{\"quantity\":\"DISCLOSED\",\"count\":" + number
        + ",\"phrase\":\"p\"}]}";

    assertThat(readFailure(json)).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("at $.statedFigures[0].count");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+1", "0x10", ".5", "1.", "1e", "--1", "01"})
  void nanLikeTokensAreMalformed(String token) {
    assertThat(readFailure(cell(token))).isInstanceOf(JsonEncodingException.class)
        .hasMessageStartingWith("malformed JSON: ");
    assertThat(readFailure(percent(token))).isInstanceOf(JsonEncodingException.class);
  }

  @Test
  void numberLongerThanJacksonAllowsIsMalformed() {
    assertThat(readFailure(cell("1".repeat(1001)))).isInstanceOf(JsonEncodingException.class)
        .hasMessageContaining("exceeds the maximum");
  }

  @Test
  void nanAsAStringIsAWrongType() {
    assertThat(readFailure(cell("\"NaN\""))).isInstanceOf(JsonDataException.class);
  }
}
