package io.github.govdisclosure.json.internal;

import io.github.govdisclosure.model.FormatKey;
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
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.model.Unit;
import io.github.govdisclosure.rules.Acceptance;
import io.github.govdisclosure.rules.Baseline;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.model.Diagnostic;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        in.array(() -> baseline.addAccepted(acceptance(in)));
      });
      require(start, seen, "accepted");
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
          in.array(() -> report.addStatedFigures(figure()));
          break;
        case "statedBreakdowns":
          in.array(() -> report.addStatedBreakdowns(breakdown()));
          break;
        case "feeStatement":
          report.feeStatement(fee());
          break;
        case "findings":
          in.array(() -> document.addFindings(finding()));
          break;
        case "diagnostics":
          in.array(() -> {
            Diagnostic diagnostic = diagnostic();
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
    found.put(ref, cell());
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
          in.array(() -> row.addCells(cell()));
          seen[1] = true;
          break;
        case "span":
          row.span(span());
          break;
        default:
          throw in.unknown(name, "label, cells, span");
      }
    });
    require(at, seen, "label", "cells");
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

  /** A cell: a number (written plainly), {@code null} (blank) or an object with the raw token. */
  private Cell cell() throws IOException {
    switch (in.token()) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        BigDecimal value = Jackson.normalize(in.decimal());
        return new Cell.Builder().kind(Cell.Kind.NUMBER).raw(Jackson.number(value)).value(value).build();
      case VALUE_NULL:
        return Cell.blank();
      case START_OBJECT:
        return cellObject();
      default:
        throw in.expected("a cell (a number, null or an object)");
    }
  }

  private Cell cellObject() throws IOException {
    Cursor.Mark at = in.mark();
    String[] raw = new String[1];
    Cursor.Mark[] kindAt = new Cursor.Mark[1];
    Cell.Builder cell = new Cell.Builder();
    Cell.Kind[] kind = new Cell.Kind[1];
    BigDecimal[] value = new BigDecimal[1];
    in.object(name -> {
      switch (name) {
        case "raw":
          raw[0] = in.string();
          break;
        case "value":
          value[0] = in.decimal();
          break;
        case "note":
          cell.note(in.string());
          break;
        case "unit":
          cell.unit(in.enumValue(Unit.class, "unit"));
          break;
        case "kind":
          kindAt[0] = in.mark();
          kind[0] = in.enumValue(Cell.Kind.class, "cell kind");
          break;
        case "span":
          cell.span(span());
          break;
        case "provenance":
          cell.provenance(in.enumValue(Provenance.class, "provenance"));
          break;
        case "basis":
          cell.basis(in.string());
          break;
        case "alternatives":
          in.array(() -> cell.addAlternatives(in.string()));
          break;
        default:
          throw in.unknown(name, "raw, value, note, unit, kind, provenance, basis, alternatives, span");
      }
    });
    if (raw[0] == null) {
      throw at.fail("missing required member \"raw\"");
    }
    Cell.Kind implied = DocumentWriter.impliedKind(value[0] != null, raw[0]);
    if (kind[0] == null) {
      kind[0] = implied;
    } else if ((kind[0] == Cell.Kind.NUMBER) != (value[0] != null)) {
      throw kindAt[0].fail(value[0] == null ? "a NUMBER cell needs a \"value\"" : "a " + kind[0] + " cell has no \"value\"");
    }
    cell.kind(kind[0]).raw(raw[0]);
    if (value[0] != null) {
      cell.value(value[0]);
    }
    try {
      return cell.build();
    } catch (IllegalStateException e) {
      throw at.fail(e.getMessage()); // a READ cell with a basis or alternatives
    }
  }

  // ---- narrative facts ----

  private StatedFigure figure() throws IOException {
    Cursor.Mark at = in.mark();
    StatedFigure.Builder figure = new StatedFigure.Builder();
    boolean[] seen = new boolean[2];
    in.object(name -> {
      switch (name) {
        case "quantity":
          figure.quantity(in.enumValue(Quantity.class, "quantity"));
          seen[0] = true;
          break;
        case "count":
          figure.count(in.longValue());
          break;
        case "percent":
          figure.percent(in.decimal());
          break;
        case "phrase":
          figure.phrase(in.string());
          seen[1] = true;
          break;
        case "section":
          figure.section(in.enumValue(Section.class, "section"));
          break;
        case "span":
          figure.span(span());
          break;
        default:
          throw in.unknown(name, "quantity, count, percent, phrase, section, span");
      }
    });
    require(at, seen, "quantity", "phrase");
    return figure.build();
  }

  private StatedBreakdown breakdown() throws IOException {
    Cursor.Mark at = in.mark();
    StatedBreakdown.Builder breakdown = new StatedBreakdown.Builder();
    boolean[] seen = new boolean[4];
    in.object(name -> {
      switch (name) {
        case "total":
          breakdown.total(in.longValue());
          seen[0] = true;
          break;
        case "parts":
          in.array(() -> breakdown.addParts(in.longValue()));
          seen[1] = true;
          break;
        case "complete":
          breakdown.complete(in.bool());
          seen[2] = true;
          break;
        case "phrase":
          breakdown.phrase(in.string());
          seen[3] = true;
          break;
        case "section":
          breakdown.section(in.enumValue(Section.class, "section"));
          break;
        case "span":
          breakdown.span(span());
          break;
        default:
          throw in.unknown(name, "total, parts, complete, phrase, section, span");
      }
    });
    require(at, seen, "total", "parts", "complete", "phrase");
    return breakdown.build();
  }

  private FeeStatement fee() throws IOException {
    Cursor.Mark at = in.mark();
    FeeStatement.Builder fee = new FeeStatement.Builder();
    boolean[] seen = new boolean[2];
    in.object(name -> {
      switch (name) {
        case "charged":
          fee.charged(in.bool());
          seen[0] = true;
          break;
        case "phrase":
          fee.phrase(in.string());
          seen[1] = true;
          break;
        case "span":
          fee.span(span());
          break;
        default:
          throw in.unknown(name, "charged, phrase, span");
      }
    });
    require(at, seen, "charged", "phrase");
    return fee.build();
  }

  private SourceSpan span() throws IOException {
    Cursor.Mark at = in.mark();
    int[] values = new int[4];
    boolean[] seen = new boolean[4];
    in.object(name -> {
      int i = List.of("offset", "length", "line", "column").indexOf(name);
      if (i < 0) {
        throw in.unknown(name, "offset, length, line, column");
      }
      values[i] = in.intValue();
      seen[i] = true;
    });
    require(at, seen, "offset", "length", "line", "column");
    return newSpan(at, values[0], values[1], values[2], values[3]);
  }

  private static SourceSpan newSpan(Cursor.Mark at, int offset, int length, int line, int column) {
    try {
      return new SourceSpan(offset, length, line, column);
    } catch (IllegalArgumentException e) {
      throw at.fail(e.getMessage());
    }
  }

  // ---- findings and diagnostics ----

  /** A finding as the JSON form carries it: its message as its template. */
  private Finding finding() throws IOException {
    Cursor.Mark at = in.mark();
    FindingBuilder finding = Finding.builder();
    boolean[] seen = new boolean[5];
    in.object(name -> {
      switch (name) {
        case "rule":
          finding.ruleId(in.string());
          seen[0] = true;
          break;
        case "severity":
          finding.severity(in.enumValue(Severity.class, "severity"));
          seen[1] = true;
          break;
        case "status":
          finding.status(in.enumValue(Status.class, "status"));
          seen[2] = true;
          break;
        case "cells":
          in.array(() -> finding.addCells(cellRef()));
          seen[3] = true;
          break;
        case "expected":
          finding.expected(in.decimal());
          break;
        case "actual":
          finding.actual(in.decimal());
          break;
        case "message":
          finding.messageKey(in.string());
          seen[4] = true;
          break;
        case "key":
          finding.key(in.string());
          break;
        case "accepted":
          document.addAcceptances(acceptance());
          break;
        default:
          throw in.unknown(name, "rule, severity, status, cells, expected, actual, message, key, accepted");
      }
    });
    require(at, seen, "rule", "severity", "status", "cells", "message");
    try {
      return finding.build();
    } catch (IllegalStateException e) {
      throw at.fail(e.getMessage());
    }
  }

  /** A review decision: an element of a baseline's {@code accepted}, or a finding's {@code accepted}. */
  private Acceptance acceptance() throws IOException {
    return acceptance(in);
  }

  private static Acceptance acceptance(Cursor in) throws IOException {
    Cursor.Mark at = in.mark();
    Acceptance.Builder acceptance = new Acceptance.Builder();
    boolean[] seen = new boolean[5];
    in.object(name -> {
      switch (name) {
        case "key":
          acceptance.key(in.string());
          seen[0] = true;
          break;
        case "rule":
          acceptance.ruleId(in.string());
          seen[1] = true;
          break;
        case "cell":
          acceptance.cell(in.string());
          break;
        case "agency":
          acceptance.agency(in.string());
          break;
        case "year":
          acceptance.year(in.intValue());
          break;
        case "file":
          acceptance.file(in.string());
          break;
        case "message":
          acceptance.message(in.string());
          break;
        case "acceptedBy":
          acceptance.acceptedBy(in.string());
          seen[2] = true;
          break;
        case "reason":
          acceptance.reason(in.string());
          seen[3] = true;
          break;
        case "acceptedOn":
          acceptance.acceptedOn(date(in));
          seen[4] = true;
          break;
        default:
          throw in.unknown(name, "key, rule, cell, agency, year, file, message, acceptedBy, reason, acceptedOn");
      }
    });
    require(at, seen, "key", "rule", "acceptedBy", "reason", "acceptedOn");
    return acceptance.build();
  }

  private static LocalDate date(Cursor in) throws IOException {
    Cursor.Mark at = in.mark();
    String text = in.string();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw at.fail("not a date (YYYY-MM-DD): \"" + text + "\"");
    }
  }



  /** A cell reference such as {@code APPLICATIONS[NEW_RECEIVED][TOTAL]}. */
  private CellRef cellRef() throws IOException {
    Cursor.Mark at = in.mark();
    String text = in.string();
    try {
      return CellRef.parse(text);
    } catch (IllegalArgumentException e) {
      throw at.fail(e.getMessage());
    }
  }

  private Diagnostic diagnostic() throws IOException {
    Cursor.Mark at = in.mark();
    Diagnostic.Builder diagnostic = new Diagnostic.Builder();
    int[] position = new int[4];
    boolean[] seen = new boolean[8];
    List<String> positions = List.of("line", "column", "offset", "length");
    in.object(name -> {
      switch (name) {
        case "code":
          diagnostic.code(in.string());
          seen[0] = true;
          break;
        case "severity":
          diagnostic.severity(in.enumValue(Severity.class, "severity"));
          seen[1] = true;
          break;
        case "line":
        case "column":
        case "offset":
        case "length":
          int i = positions.indexOf(name);
          position[i] = in.intValue();
          seen[2 + i] = true;
          break;
        case "message":
          diagnostic.message(in.string());
          seen[6] = true;
          break;
        case "excerpt":
          diagnostic.excerpt(in.string());
          seen[7] = true;
          break;
        default:
          throw in.unknown(name, "code, severity, line, column, offset, length, message, excerpt");
      }
    });
    require(at, seen, "code", "severity", "line", "column", "offset", "length", "message", "excerpt");
    return diagnostic.span(newSpan(at, position[2], position[3], position[0], position[1])).build();
  }

  private static void require(Cursor.Mark at, boolean[] seen, String... names) {
    for (int i = 0; i < names.length; i++) {
      if (!seen[i]) {
        throw at.fail("missing required member \"" + names[i] + "\"");
      }
    }
  }
}
