package io.github.govdisclosure.json.internal;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Unit;
import io.github.govdisclosure.rules.Acceptance;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.model.Diagnostic;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The values inside a document, each read from the cursor on its first token: cells, spans, cell
 * references, stated figures and breakdowns, the fee statement, findings, review decisions and
 * diagnostics. {@link DocumentReader} reads the document around them. Not API.
 */
final class ValueReader {
  private final Cursor in;

  ValueReader(Cursor in) {
    this.in = in;
  }

  /** A cell: a number (written plainly), {@code null} (blank) or an object with the raw token. */
  Cell cell() throws IOException {
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

  StatedFigure figure() throws IOException {
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

  StatedBreakdown breakdown() throws IOException {
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

  FeeStatement fee() throws IOException {
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

  SourceSpan span() throws IOException {
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
  Finding finding(java.util.function.Consumer<Acceptance> accepted) throws IOException {
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
          accepted.accept(acceptance());
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
  Acceptance acceptance() throws IOException {
    return acceptance(in);
  }

  static Acceptance acceptance(Cursor in) throws IOException {
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
  CellRef cellRef() throws IOException {
    Cursor.Mark at = in.mark();
    String text = in.string();
    try {
      return CellRef.parse(text);
    } catch (IllegalArgumentException e) {
      throw at.fail(e.getMessage());
    }
  }

  Diagnostic diagnostic() throws IOException {
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

  static void require(Cursor.Mark at, boolean[] seen, String... names) {
    for (int i = 0; i < names.length; i++) {
      if (!seen[i]) {
        throw at.fail("missing required member \"" + names[i] + "\"");
      }
    }
  }
}
