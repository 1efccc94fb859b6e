package io.github.govdisclosure.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.govdisclosure.json.JsonDocument;
import io.github.govdisclosure.json.JsonEncodingException;
import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Baseline;
import io.github.govdisclosure.model.Diagnostic;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a document with a streaming parser, so that every error carries the path and position of
 * the offending token. Members may come in any order: cells are collected first and checked
 * against the edition's layout once the whole document (and so the edition) has been read. Not API.
 */
public final class DocumentReader {
  private static final String DOCUMENT_MEMBERS = "edition, year, agency, title, preamble, sections, tables, "
      + "layouts, extraRows, statedFigures, statedBreakdowns, feeStatement, findings, diagnostics, verdict";

  private final Cursor in;
  private final ValueReader values;

  // what the document holds, collected while reading
  private Edition edition;
  private Cursor.Mark start;
  private final Report.Builder report = new Report.Builder();
  private final JsonDocument.Builder document = new JsonDocument.Builder();
  private final Map<Table, Map<CellRef, Cell>> cells = new EnumMap<>(Table.class);
  private final Map<CellRef, Cursor.Mark> cellMarks = new LinkedHashMap<>();
  private final Map<Table, List<ExtraRow>> extraRows = new EnumMap<>(Table.class);
  private final Map<Table, Cursor.Mark> extraRowMarks = new EnumMap<>(Table.class);
  /** The layout of a table that does not follow the report's edition ({@code "layouts"}). */
  private final Map<Table, Edition> layouts = new EnumMap<>(Table.class);

  private DocumentReader(Cursor in) {
    this.in = in;
    this.values = new ValueReader(in);
  }

  /** Decodes UTF-8 strictly, so that a wrong encoding is reported rather than replaced. */
  public static String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer source = ByteBuffer.wrap(bytes);
    CharBuffer target = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(source, target, true);
    if (result.isError()) {
      target.flip();
      String before = target.toString();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new JsonEncodingException("malformed UTF-8: byte " + source.position() + " cannot be decoded", "$",
          line, before.length() - lineStart + 1);
    }
    decoder.flush(target);
    target.flip();
    return target.toString();
  }

  /** Reads a whole document; a leading byte order mark is skipped. */
  public static JsonDocument read(String json) {
    return parse(json, in -> new DocumentReader(in).document());
  }

  /** Reads a baseline of review decisions: {@code {"accepted": [...]}}; a byte order mark is skipped. */
  public static Baseline readBaseline(String json) {
    return parse(json, in -> {
      Cursor.Mark start = in.mark();
      Baseline.Builder baseline = new Baseline.Builder();
      boolean[] seen = new boolean[1];
      in.object(name -> {
        if (!name.equals("accepted")) {
          throw in.unknown(name, "accepted");
        }
        seen[0] = true;
        in.array(() -> baseline.addAccepted(ValueReader.acceptance(in)));
      });
      ValueReader.require(start, seen, "accepted");
      return baseline.build();
    });
  }

  /** What reads one kind of document from the cursor on its first token. */
  private interface Reading<T> {
    T read(Cursor in) throws IOException;
  }

  /** Parses one JSON value with a reading; no content, trailing content or bad syntax are refused. */
  private static <T> T parse(String json, Reading<T> reading) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    try (JsonParser parser = Jackson.factory().createParser(new StringReader(text))) {
      Cursor in = new Cursor(parser);
      try {
        if (in.next() == null) {
          throw new JsonEncodingException("malformed JSON: no content", "$", 1, 1);
        }
        T result = reading.read(in);
        JsonToken trailing = in.next();
        if (trailing != null) {
          Cursor.Mark at = in.mark();
          throw new JsonEncodingException("malformed JSON: content after the document", "$", at.line(), at.column());
        }
        return result;
      } catch (JsonProcessingException e) {
        Cursor.Mark at = in.reached(e.getLocation());
        throw new JsonEncodingException("malformed JSON: " + Jackson.message(e.getOriginalMessage()),
            at.path(), at.line(), at.column());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does not fail; malformed input is handled above
    }
  }

  private JsonDocument document() throws IOException {
    start = in.mark();
    in.object(name -> {
      switch (name) {
        case "edition":
          edition = in.enumValue(Edition.class, "edition");
          report.edition(edition);
          break;
        case "year":
          report.year(in.intValue());
          break;
        case "agency":
          report.agency(in.string());
          break;
        case "title":
          report.title(in.string());
          break;
        case "preamble":
          report.preamble(in.string());
          break;
        case "sections":
          in.object(key -> report.putSections(in.key(key, Section.class, "section"), in.string()));
          break;
        case "tables":
          tables();
          break;
        case "layouts":
          in.object(key -> layouts.put(in.key(key, Table.class, "table"), in.enumValue(Edition.class, "edition")));
          break;
        case "extraRows":
          extraRows();
          break;
        case "statedFigures":
          in.array(() -> report.addStatedFigures(values.figure()));
          break;
        case "statedBreakdowns":
          in.array(() -> report.addStatedBreakdowns(values.breakdown()));
          break;
        case "feeStatement":
          report.feeStatement(values.fee());
          break;
        case "findings":
          in.array(() -> document.addFindings(values.finding(document::addAcceptances)));
          break;
        case "diagnostics":
          in.array(() -> {
            Diagnostic diagnostic = values.diagnostic();
            document.addDiagnostics(diagnostic);
            report.addDiagnostics(diagnostic); // the read travels with the report
          });
          break;
        case "verdict":
          document.verdict(in.string());
          break;
        default:
          throw in.unknown(name, DOCUMENT_MEMBERS);
      }
    });
    if (edition == null) {
      throw start.fail("missing required member \"edition\"");
    }
    buildTables();
    try {
      return document.report(report.build()).build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw start.fail(e.getMessage());
    }
  }

  // ---- tables ----

  private void tables() throws IOException {
    in.object(name -> {
      Table table = in.key(name, Table.class, "table");
      Map<CellRef, Cell> found = new LinkedHashMap<>();
      cells.put(table, found);
      switch (table) {
        case ACTIVE_DISCLOSURE:
          in.object(itemName -> {
            DisclosureItem item = in.key(itemName, DisclosureItem.class, "block");
            in.object(rowName -> {
              DisclosureRow row = in.key(rowName, DisclosureRow.class, "row of " + table);
              if (row.item() != item) {
                throw in.fail("row " + rowName + " belongs to " + row.item() + ", not " + item);
              }
              in.object(columnName -> {
                DisclosureColumn column = in.key(columnName, DisclosureColumn.class, "column of " + table);
                put(found, CellRef.of(row, column));
              });
            });
          });
          break;
        case APPLICATIONS:
          in.object(rowName -> {
            ApplicationRow row = in.key(rowName, ApplicationRow.class, "row of " + table);
            in.object(columnName -> put(found, CellRef.of(row, in.key(columnName, Applicant.class, "applicant"))));
          });
          break;
        default:
          in.object(groupName -> {
            ReviewGroup group = in.key(groupName, ReviewGroup.class, "group of " + table);
            in.object(outcomeName -> put(found, CellRef.of(group, in.key(outcomeName, Outcome.class, "outcome"))));
          });
      }
    });
  }

  private void put(Map<CellRef, Cell> found, CellRef ref) throws IOException {
    cellMarks.put(ref, in.mark());
    found.put(ref, values.cell());
  }

  private void extraRows() throws IOException {
    in.object(name -> {
      Table table = in.key(name, Table.class, "table");
      extraRowMarks.put(table, in.mark());
      List<ExtraRow> rows = new ArrayList<>();
      extraRows.put(table, rows);
      in.array(() -> rows.add(extraRow()));
    });
  }

  private ExtraRow extraRow() throws IOException {
    Cursor.Mark at = in.mark();
    ExtraRow.Builder row = new ExtraRow.Builder();
    boolean[] seen = new boolean[2];
    in.object(name -> {
      switch (name) {
        case "label":
          row.label(in.string());
          seen[0] = true;
          break;
        case "cells":
          in.array(() -> row.addCells(values.cell()));
          seen[1] = true;
          break;
        case "span":
          row.span(values.span());
          break;
        default:
          throw in.unknown(name, "label, cells, span");
      }
    });
    ValueReader.require(at, seen, "label", "cells");
    return row.build();
  }

  /** Checks the cells against the layout of the edition, now known, and builds the tables. */
  private void buildTables() {
    for (Map.Entry<Table, Map<CellRef, Cell>> entry : cells.entrySet()) {
      Edition layout = layouts.getOrDefault(entry.getKey(), edition);
      for (CellRef ref : entry.getValue().keySet()) {
        if (!ref.in(layout)) {
          throw cellMarks.get(ref).fail(ref + " is not a cell of the " + layout + " layout");
        }
      }
    }
    for (Map.Entry<Table, Cursor.Mark> entry : extraRowMarks.entrySet()) {
      if (!cells.containsKey(entry.getKey())) {
        throw entry.getValue().fail("extra rows of " + entry.getKey() + ", which is not in \"tables\"");
      }
    }
    for (Map.Entry<Table, Map<CellRef, Cell>> entry : cells.entrySet()) {
      List<ExtraRow> rows = extraRows.getOrDefault(entry.getKey(), List.of());
      switch (entry.getKey()) {
        case ACTIVE_DISCLOSURE:
          report.activeDisclosure(ActiveDisclosureTable.builder(layouts.getOrDefault(entry.getKey(), edition))
              .cells(entry.getValue()).extraRows(rows).build());
          break;
        case APPLICATIONS:
          report.applications(ApplicationTable.builder(layouts.getOrDefault(entry.getKey(), edition))
              .cells(entry.getValue()).extraRows(rows).build());
          break;
        default:
          report.reviewLitigation(ReviewLitigationTable.builder(layouts.getOrDefault(entry.getKey(), edition))
              .cells(entry.getValue()).extraRows(rows).build());
      }
    }
  }
}
