package io.github.govdisclosure.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas as the jar ships them ({@code META-INF/govdisclosure/schema/}, copied by the
 * build from {@code docs/schema}), loaded by their {@code $id} so that their {@code $ref}s between
 * files resolve without a network.
 */
final class Schemas {
  static final String BASE = "https://github.com/govdisclosure/govdisclosure/blob/main/docs/schema/";
  static final List<String> NAMES = List.of("common", "document", "baseline", "comparison");

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(byId()));

  private Schemas() {}

  /** The text of a shipped schema, e.g. {@code document}. */
  static String text(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream("/META-INF/govdisclosure/schema/" + name + ".schema.json")) {
      if (in == null) {
        throw new IllegalStateException(name + ".schema.json is not in the jar's META-INF/govdisclosure/schema");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> byId() {
    Map<String, String> schemas = new LinkedHashMap<>();
    for (String name : NAMES) {
      schemas.put(BASE + name + ".schema.json", text(name));
    }
    return schemas;
  }

  /** What the schema {@code name} finds wrong with a JSON text; empty when it is valid. */
  static List<Error> errors(String name, String json) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + name + ".schema.json"));
    return schema.validate(json, InputFormat.JSON);
  }
}
