package io.github.govdisclosure.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.govdisclosure.json.DisclosureJson;
import io.github.govdisclosure.json.JsonDocument;
import io.github.govdisclosure.json.JsonReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link DisclosureJson#read(java.io.InputStream)} and {@link DisclosureJson#read(String)}:
 * any input is either read or refused with a {@link JsonReadException} (a
 * {@code JsonEncodingException} or {@code JsonDataException} whose position is a real line and
 * column); any other exception fails the test. A document read is written back and read again to
 * an equal document.
 */
class JsonReadFuzzTest {

  @FuzzTest(maxDuration = "30m")
  @DictionaryEntries({"\"edition\"", "\"V2019\"", "\"V2021\"", "\"PRE_2019\"", "\"year\"", "\"agency\"", "\"title\"",
      "\"preamble\"", "\"sections\"", "\"tables\"", "\"ACTIVE_DISCLOSURE\"", "\"APPLICATIONS\"",
      "\"REVIEW_LITIGATION\"", "\"extraRows\"", "\"statedFigures\"", "\"statedBreakdowns\"", "\"feeStatement\"",
      "\"diagnostics\"", "\"findings\"", "\"verdict\"", "\"raw\"", "\"value\"", "\"note\"", "\"unit\"", "\"kind\"",
      "\"span\"", "\"offset\"", "\"length\"", "\"line\"", "\"column\"", "\"quantity\"", "\"count\"", "\"percent\"",
      "\"phrase\"", "\"section\"", "\"total\"", "\"parts\"", "\"complete\"", "\"charged\"", "\"NUMBER\"",
      "\"BLANK\"", "\"TEXT\"", "\"YUAN\"", "\"WAN_YUAN\"", "\"NEW_RECEIVED\"", "\"TOTAL\"", "\"NATURAL_PERSON\"",
      "\"REVIEW\"", "\"UPHELD\"", "\"ITEM_1\"", "\"RULES\"", "\"ISSUED\"", "1e400", "-0", "1E-2147483648",
      "9223372036854775808", "0.1e1", "NaN", "Infinity", "null", "true", "false", "\\u0000", "\"\\ud800\""})
  void readsOrRefusesWithAJsonReadException(byte[] input) {
    JsonDocument fromBytes = readOrRefuse(input);
    if (fromBytes != null) {
      assertRoundTrips(fromBytes);
    }
    String text = new String(input, StandardCharsets.UTF_8);
    JsonDocument fromText = readOrRefuse(text);
    if (fromText != null) {
      assertRoundTrips(fromText);
    }
  }

  private static JsonDocument readOrRefuse(byte[] input) {
    try {
      return DisclosureJson.read(new ByteArrayInputStream(input));
    } catch (JsonReadException e) {
      assertPosition(e);
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array stream does not fail", e);
    }
  }

  private static JsonDocument readOrRefuse(String input) {
    try {
      return DisclosureJson.read(input);
    } catch (JsonReadException e) {
      assertPosition(e);
      return null;
    }
  }

  private static void assertPosition(JsonReadException e) {
    assertThat(e.getLine()).isPositive();
    assertThat(e.getColumn()).isPositive();
    assertThat(e.getPath()).startsWith("$");
    assertThat(e.getMessage()).endsWith("(" + e.getLine() + ":" + e.getColumn() + ")");
  }

  private static void assertRoundTrips(JsonDocument document) {
    String written = DisclosureJson.write(document);
    assertThat(DisclosureJson.read(written)).isEqualTo(document);
    String pretty = DisclosureJson.writer().pretty().write(document);
    assertThat(DisclosureJson.read(pretty)).isEqualTo(document);
  }
}
