package io.github.govdisclosure.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The real report pages under {@code src/test/resources/corpus} and their truth files. */
public final class Fixtures {
  /** The Word-export page of 沭阳县发展和改革局, 2023. */
  public static final String SHUYANG = "2023_shuyang-fgj.html";

  private Fixtures() {}

  /** A page's bytes. */
  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/corpus/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page decoded as UTF-8. */
  public static String html(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** A page's truth file. */
  public static JsonNode truth(String name) {
    try {
      return new ObjectMapper().readTree(bytes("truth/" + name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The true values of a truth row ({@code null} for a blank cell). */
  public static List<Long> values(JsonNode row) {
    List<Long> values = new ArrayList<>();
    row.forEach(v -> values.add(v.isNull() ? null : v.asLong()));
    return values;
  }
}
