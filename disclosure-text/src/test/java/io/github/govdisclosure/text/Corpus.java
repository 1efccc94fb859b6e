package io.github.govdisclosure.text;

import io.github.govdisclosure.model.FormatKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The corpus fixtures and their truth files, read from the test resources. */
final class Corpus {
  static final List<String> FILES = List.of("2017_pingtan-scj.txt", "2019_pingtan.txt", "2020_pingtan-hzs.txt",
      "2020_pingtan-zrz.txt", "2021_pingtan.txt", "2021_weiyuan-county.txt", "2022_pingtan-jtj.txt",
      "2023_pingtan.txt", "2025_shanghai-bgt.txt");

  private Corpus() {}

  static byte[] bytes(String resource) {
    try (InputStream in = Corpus.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode truth(String file) {
    try {
      return new ObjectMapper().readTree(bytes("corpus/truth/" + file + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One cell the truth states: the reference and the expected value (null = blank). */
  record Expected(CellRef ref, BigDecimal value) {
    boolean matches(Report report) {
      Cell cell = report.cell(ref);
      if (value == null) {
        return cell.getKind() == Cell.Kind.BLANK;
      }
      return cell.getValue().map(v -> v.compareTo(value) == 0).orElse(false);
    }

    String describe(Report report) {
      Cell cell = report.cell(ref);
      return ref + " expected " + (value == null ? "blank" : value.toPlainString()) + " but was "
          + cell.getKind() + " '" + cell.getRaw() + "'";
    }
  }

  /** Every cell of tables 2, 3 and 4 the truth states. */
  static List<Expected> expectedCells(JsonNode truth) {
    List<Expected> cells = new ArrayList<>();
    JsonNode applications = truth.path("applications");
    if (applications.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = applications.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> row = it.next();
        for (int c = 0; c < 7; c++) {
          cells.add(new Expected(CellRef.of(FormatKey.parse(ApplicationRow.class, row.getKey()), Applicant.values()[c]),
              number(row.getValue().get(c))));
        }
      }
    }
    JsonNode review = truth.path("reviewLitigation");
    if (review.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = review.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> group = it.next();
        for (int c = 0; c < 5; c++) {
          cells.add(new Expected(CellRef.of(ReviewGroup.valueOf(group.getKey()), Outcome.values()[c]),
              number(group.getValue().get(c))));
        }
      }
    }
    JsonNode active = truth.path("activeDisclosure");
    if (active.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> items = active.fields(); items.hasNext(); ) {
        for (Iterator<Map.Entry<String, JsonNode>> rows = items.next().getValue().fields(); rows.hasNext(); ) {
          Map.Entry<String, JsonNode> row = rows.next();
          for (Iterator<Map.Entry<String, JsonNode>> cols = row.getValue().fields(); cols.hasNext(); ) {
            Map.Entry<String, JsonNode> col = cols.next();
            cells.add(new Expected(CellRef.of(FormatKey.parse(DisclosureRow.class, row.getKey()), DisclosureColumn.valueOf(col.getKey())),
                number(col.getValue())));
          }
        }
      }
    }
    return cells;
  }

  private static BigDecimal number(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return new BigDecimal(node.asText());
  }
}
