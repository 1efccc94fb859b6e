package io.github.govdisclosure.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a corpus truth file into the expected value of every cell (null = blank). */
final class Truth {
  private Truth() {}

  static JsonNode load(String name) {
    try (InputStream in = Truth.class.getResourceAsStream("/truth/" + name)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Expected numbers by cell, in the truth file's order; a null value means the cell is blank. */
  static Map<CellRef, BigDecimal> cells(JsonNode truth) {
    Map<CellRef, BigDecimal> cells = new LinkedHashMap<>();
    JsonNode active = truth.path("activeDisclosure");
    active.fields().forEachRemaining(block -> block.getValue().fields().forEachRemaining(row ->
        row.getValue().fields().forEachRemaining(column -> cells.put(
            CellRef.of(FormatKey.parse(DisclosureRow.class, row.getKey()), DisclosureColumn.valueOf(column.getKey())),
            number(column.getValue())))));
    truth.path("applications").fields().forEachRemaining(row -> {
      for (Applicant applicant : Applicant.values()) {
        cells.put(CellRef.of(FormatKey.parse(ApplicationRow.class, row.getKey()), applicant),
            number(row.getValue().get(applicant.ordinal())));
      }
    });
    truth.path("reviewLitigation").fields().forEachRemaining(group -> {
      for (Outcome outcome : Outcome.values()) {
        cells.put(CellRef.of(ReviewGroup.valueOf(group.getKey()), outcome),
            number(group.getValue().get(outcome.ordinal())));
      }
    });
    return cells;
  }

  private static BigDecimal number(JsonNode node) {
    return node == null || node.isNull() ? null : new BigDecimal(node.asText());
  }
}
