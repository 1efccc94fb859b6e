package io.github.govdisclosure.json.internal;

import io.github.govdisclosure.model.FormatKey;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.govdisclosure.diff.CellChange;
import io.github.govdisclosure.diff.ReportDiff;
import io.github.govdisclosure.diff.SectionDiff;
import io.github.govdisclosure.diff.SentenceEdit;
import io.github.govdisclosure.diff.Unmatched;
import io.github.govdisclosure.json.JsonDocument;
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
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Acceptance;
import io.github.govdisclosure.rules.Baseline;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.rules.Status;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a document member by member in the documented order. Maps of the model are never
 * iterated: every key is taken from the enums in layout order, so the output does not depend on
 * how the report was built. Not API.
 */
public final class DocumentWriter {
  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

  private final JsonGenerator out;
  private final boolean spans;

  private DocumentWriter(JsonGenerator out, boolean spans) {
    this.out = out;
    this.spans = spans;
  }

  /** Writes the document; a pretty document ends with a newline. */
  public static void write(JsonDocument document, Writer writer, boolean pretty, boolean spans)
      throws IOException {
    write(writer, pretty, spans, json -> json.document(document));
  }

  /** Writes the document of a comparison (docs/json.md); a pretty document ends with a newline. */
  public static void write(ReportDiff diff, Locale locale, Writer writer, boolean pretty) throws IOException {
    write(writer, pretty, false, json -> json.diff(diff, locale));
  }

  /** What writes one JSON value with a document writer. */
  private interface Writing {
    void write(DocumentWriter json) throws IOException;
  }

  /** Writes one JSON value, pretty or compact; a pretty value ends with a newline. */
  private static void write(Writer writer, boolean pretty, boolean spans, Writing writing) throws IOException {
    try (JsonGenerator out = Jackson.factory().createGenerator(writer)) {
      if (pretty) {
        out.setPrettyPrinter(PRETTY.createInstance());
      }
      writing.write(new DocumentWriter(out, spans));
    }
    if (pretty) {
      writer.write('\n');
    }
    writer.flush();
  }

  private void diff(ReportDiff diff, Locale locale) throws IOException {
    out.writeStartObject();
    out.writeFieldName("older");
    identity(diff.getOlder());
    out.writeFieldName("newer");
    identity(diff.getNewer());
    out.writeArrayFieldStart("cells");
    for (CellChange change : diff.getCells()) {
      out.writeStartObject();
      out.writeStringField("cell", change.key());
      if (change.isDerived()) {
        out.writeBooleanField("derived", true);
        refs("olderCells", change.getOlderCells());
        refs("newerCells", change.getNewerCells());
      }
      out.writeFieldName("older");
      cell(change.getOlder());
      out.writeFieldName("newer");
      cell(change.getNewer());
      if (change.getChange().isPresent()) {
        out.writeFieldName("change");
        number(change.getChange().get());
      }
      if (change.getRelativeChange().isPresent()) {
        out.writeFieldName("relativeChange");
        number(change.getRelativeChange().get());
      }
      out.writeStringField("kind", change.getKind().name());
      out.writeEndObject();
    }
    out.writeEndArray();
    if (!diff.getUnmatched().isEmpty()) {
      out.writeArrayFieldStart("unmatched");
      for (Unmatched unmatched : diff.getUnmatched()) {
        out.writeStartObject();
        out.writeStringField("cell", unmatched.getCell().toString());
        out.writeStringField("side", unmatched.getSide().name());
        out.writeStringField("reason", unmatched.getReason().name());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeArrayFieldStart("crossYear");
    for (Finding finding : diff.getCrossYear().getFindings()) {
      finding(JsonDocument.written(finding, locale));
    }
    out.writeEndArray();
    if (!diff.getSections().isEmpty()) {
      out.writeArrayFieldStart("sections");
      for (SectionDiff section : diff.getSections()) {
        out.writeStartObject();
        out.writeStringField("section", section.getSection().name());
        out.writeArrayFieldStart("edits");
        for (SentenceEdit edit : section.getEdits()) {
          out.writeStartObject();
          out.writeStringField("kind", edit.getKind().name());
          strings("older", edit.getOlder());
          strings("newer", edit.getNewer());
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  /** Edition, year and agency of a compared report. */
  private void identity(Report report) throws IOException {
    out.writeStartObject();
    out.writeStringField("edition", report.getEdition().name());
    if (report.getYear().isPresent()) {
      out.writeNumberField("year", report.getYear().getAsInt());
    }
    optionalString("agency", report.getAgency());
    out.writeEndObject();
  }

  private void refs(String name, List<CellRef> refs) throws IOException {
    out.writeArrayFieldStart(name);
    for (CellRef ref : refs) {
      out.writeString(ref.toString());
    }
    out.writeEndArray();
  }

  private void strings(String name, List<String> values) throws IOException {
    out.writeArrayFieldStart(name);
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private void document(JsonDocument document) throws IOException {
    Report report = document.getReport();
    out.writeStartObject();
    out.writeStringField("edition", report.getEdition().name());
    if (report.getYear().isPresent()) {
      out.writeNumberField("year", report.getYear().getAsInt());
    }
    optionalString("agency", report.getAgency());
    optionalString("title", report.getTitle());
    if (!report.getPreamble().isEmpty()) {
      out.writeStringField("preamble", report.getPreamble());
    }
    sections(report.getSections());
    tables(report);
    layouts(report);
    extraRows(report);
    if (!report.getStatedFigures().isEmpty()) {
      out.writeArrayFieldStart("statedFigures");
      for (StatedFigure figure : report.getStatedFigures()) {
        figure(figure);
      }
      out.writeEndArray();
    }
    if (!report.getStatedBreakdowns().isEmpty()) {
      out.writeArrayFieldStart("statedBreakdowns");
      for (StatedBreakdown breakdown : report.getStatedBreakdowns()) {
        breakdown(breakdown);
      }
      out.writeEndArray();
    }
    if (report.getFeeStatement().isPresent()) {
      out.writeFieldName("feeStatement");
      fee(report.getFeeStatement().get());
    }
    if (!document.getFindings().isEmpty()) {
      out.writeArrayFieldStart("findings");
      for (Finding finding : document.getFindings()) {
        finding(finding, document.getAcceptances());
      }
      out.writeEndArray();
    }
    // the document's diagnostics, else the report's own: the read travels with the report
    List<Diagnostic> diagnostics = document.getDiagnostics().isEmpty() ? report.getDiagnostics()
        : document.getDiagnostics();
    if (!diagnostics.isEmpty()) {
      out.writeArrayFieldStart("diagnostics");
      for (Diagnostic diagnostic : diagnostics) {
        diagnostic(diagnostic);
      }
      out.writeEndArray();
    }
    optionalString("verdict", document.getVerdict());
    out.writeEndObject();
  }

  /**
   * {@code "layouts": {"APPLICATIONS": "V2019"}}: the tables that do not follow the report's
   * edition (a V2019 table 3 in a V2021 report); absent when every table follows it.
   */
  private void layouts(Report report) throws IOException {
    if (!report.isLayoutMixed()) {
      return;
    }
    out.writeObjectFieldStart("layouts");
    for (Table table : Table.values()) {
      Optional<? extends StandardTable> present = report.table(table);
      if (present.isPresent() && present.get().getEdition() != report.getEdition()) {
        out.writeStringField(table.name(), present.get().getEdition().name());
      }
    }
    out.writeEndObject();
  }

  private void sections(Map<Section, String> sections) throws IOException {
    if (sections.isEmpty()) {
      return;
    }
    out.writeObjectFieldStart("sections");
    for (Section section : Section.values()) {
      String text = sections.get(section);
      if (text != null) {
        out.writeStringField(section.name(), text);
      }
    }
    out.writeEndObject();
  }

  private void tables(Report report) throws IOException {
    if (report.getActiveDisclosure().isEmpty() && report.getApplications().isEmpty()
        && report.getReviewLitigation().isEmpty()) {
      return;
    }
    out.writeObjectFieldStart("tables");
    if (report.getActiveDisclosure().isPresent()) {
      activeDisclosure(report.getActiveDisclosure().get());
    }
    if (report.getApplications().isPresent()) {
      applications(report.getApplications().get());
    }
    if (report.getReviewLitigation().isPresent()) {
      reviewLitigation(report.getReviewLitigation().get());
    }
    out.writeEndObject();
  }

  private void activeDisclosure(ActiveDisclosureTable table) throws IOException {
    Edition edition = table.getEdition();
    out.writeObjectFieldStart(Table.ACTIVE_DISCLOSURE.name());
    for (DisclosureItem item : DisclosureItem.values()) {
      boolean itemOpen = false;
      for (DisclosureRow row : DisclosureRow.rows(edition)) {
        if (row.item() != item) {
          continue;
        }
        boolean rowOpen = false;
        for (DisclosureColumn column : row.columns(edition)) {
          Cell cell = table.getCells().get(CellRef.of(row, column));
          if (cell == null) {
            continue;
          }
          if (!itemOpen) {
            out.writeObjectFieldStart(item.name());
            itemOpen = true;
          }
          if (!rowOpen) {
            out.writeObjectFieldStart(FormatKey.of(row));
            rowOpen = true;
          }
          out.writeFieldName(column.name());
          cell(cell);
        }
        if (rowOpen) {
          out.writeEndObject();
        }
      }
      if (itemOpen) {
        out.writeEndObject();
      }
    }
    out.writeEndObject();
  }

  private void applications(ApplicationTable table) throws IOException {
    out.writeObjectFieldStart(Table.APPLICATIONS.name());
    for (ApplicationRow row : ApplicationRow.rows(table.getEdition())) {
      List<Enum<?>> columns = List.of(Applicant.values());
      grid(table, row, columns, column -> CellRef.of(row, (Applicant) column));
    }
    out.writeEndObject();
  }

  private void reviewLitigation(ReviewLitigationTable table) throws IOException {
    out.writeObjectFieldStart(Table.REVIEW_LITIGATION.name());
    for (ReviewGroup group : ReviewGroup.values()) {
      List<Enum<?>> columns = List.of(Outcome.values());
      grid(table, group, columns, column -> CellRef.of(group, (Outcome) column));
    }
    out.writeEndObject();
  }

  private interface RefOf {
    CellRef at(Enum<?> column);
  }

  /** One row object of a two-level table, written only if the row holds a cell. */
  private void grid(StandardTable table, Enum<?> row, List<Enum<?>> columns, RefOf refs) throws IOException {
    boolean open = false;
    for (Enum<?> column : columns) {
      Cell cell = table.getCells().get(refs.at(column));
      if (cell == null) {
        continue;
      }
      if (!open) {
        out.writeObjectFieldStart(FormatKey.of(row));
        open = true;
      }
      out.writeFieldName(column.name());
      cell(cell);
    }
    if (open) {
      out.writeEndObject();
    }
  }

  private void extraRows(Report report) throws IOException {
    List<Table> withRows = new ArrayList<>();
    for (Table table : Table.values()) {
      if (report.table(table).map(t -> !t.getExtraRows().isEmpty()).orElse(false)) {
        withRows.add(table);
      }
    }
    if (withRows.isEmpty()) {
      return;
    }
    out.writeObjectFieldStart("extraRows");
    for (Table table : withRows) {
      out.writeArrayFieldStart(table.name());
      for (ExtraRow row : report.table(table).get().getExtraRows()) {
        out.writeStartObject();
        out.writeStringField("label", row.getLabel());
        out.writeArrayFieldStart("cells");
        for (Cell cell : row.getCells()) {
          cell(cell);
        }
        out.writeEndArray();
        span(row.getSpan());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  /**
   * A cell: a number when it is a plain number read as written, {@code null} when blank, else an
   * object (with {@code provenance}, {@code basis}, {@code alternatives} for a cell split or
   * guessed by the reader). The
   * {@code kind} member is written only when the kind does not follow from the other members
   * (a value means NUMBER, an empty raw BLANK, any other raw TEXT).
   */
  private void cell(Cell cell) throws IOException {
    boolean bare = cell.getUnit().isEmpty() && cell.getNote().isEmpty()
        && (!spans || cell.getSpan().isEmpty()) && cell.getProvenance() == Provenance.READ;
    if (bare && cell.getKind() == Cell.Kind.NUMBER
        && cell.getRaw().equals(Jackson.number(cell.getValue().get()))) {
      number(cell.getValue().get());
      return;
    }
    if (bare && cell.getKind() == Cell.Kind.BLANK && cell.getRaw().isEmpty()) {
      out.writeNull();
      return;
    }
    out.writeStartObject();
    out.writeStringField("raw", cell.getRaw());
    if (cell.getValue().isPresent()) {
      out.writeFieldName("value");
      number(cell.getValue().get());
    }
    optionalString("note", cell.getNote());
    if (cell.getUnit().isPresent()) {
      out.writeStringField("unit", cell.getUnit().get().name());
    }
    if (cell.getKind() != impliedKind(cell.getValue().isPresent(), cell.getRaw())) {
      out.writeStringField("kind", cell.getKind().name());
    }
    if (cell.getProvenance() != Provenance.READ) {
      out.writeStringField("provenance", cell.getProvenance().name());
      optionalString("basis", cell.getBasis());
      if (!cell.getAlternatives().isEmpty()) {
        out.writeArrayFieldStart("alternatives");
        for (String alternative : cell.getAlternatives()) {
          out.writeString(alternative);
        }
        out.writeEndArray();
      }
    }
    span(cell.getSpan());
    out.writeEndObject();
  }

  /** The kind a cell object has when it carries no {@code kind} member. */
  static Cell.Kind impliedKind(boolean hasValue, String raw) {
    if (hasValue) {
      return Cell.Kind.NUMBER;
    }
    return raw.isEmpty() ? Cell.Kind.BLANK : Cell.Kind.TEXT;
  }

  private void figure(StatedFigure figure) throws IOException {
    out.writeStartObject();
    out.writeStringField("quantity", figure.getQuantity().key());
    if (figure.getCount().isPresent()) {
      out.writeNumberField("count", figure.getCount().getAsLong());
    }
    if (figure.getPercent().isPresent()) {
      out.writeFieldName("percent");
      number(figure.getPercent().get());
    }
    out.writeStringField("phrase", figure.getPhrase());
    if (figure.getSection().isPresent()) {
      out.writeStringField("section", figure.getSection().get().name());
    }
    span(figure.getSpan());
    out.writeEndObject();
  }

  private void breakdown(StatedBreakdown breakdown) throws IOException {
    out.writeStartObject();
    out.writeNumberField("total", breakdown.getTotal());
    out.writeArrayFieldStart("parts");
    for (long part : breakdown.getParts()) {
      out.writeNumber(part);
    }
    out.writeEndArray();
    out.writeBooleanField("complete", breakdown.isComplete());
    out.writeStringField("phrase", breakdown.getPhrase());
    if (breakdown.getSection().isPresent()) {
      out.writeStringField("section", breakdown.getSection().get().name());
    }
    span(breakdown.getSpan());
    out.writeEndObject();
  }

  private void fee(FeeStatement fee) throws IOException {
    out.writeStartObject();
    out.writeBooleanField("charged", fee.isCharged());
    out.writeStringField("phrase", fee.getPhrase());
    span(fee.getSpan());
    out.writeEndObject();
  }

  /** A finding: its rule id as {@code rule}, its message in English unless it is text already. */
  private void finding(Finding finding) throws IOException {
    finding(finding, List.of());
  }

  /** A finding; with the decision that accepts it, if one of {@code acceptances} has its key. */
  private void finding(Finding finding, List<Acceptance> acceptances) throws IOException {
    out.writeStartObject();
    out.writeStringField("rule", finding.getRuleId());
    out.writeStringField("severity", finding.getSeverity().name());
    out.writeStringField("status", finding.getStatus().name());
    out.writeArrayFieldStart("cells");
    for (CellRef cell : finding.getCells()) {
      out.writeString(cell.toString());
    }
    out.writeEndArray();
    if (finding.getExpected().isPresent()) {
      out.writeFieldName("expected");
      number(finding.getExpected().get());
    }
    if (finding.getActual().isPresent()) {
      out.writeFieldName("actual");
      number(finding.getActual().get());
    }
    out.writeStringField("message", finding.message());
    String key = finding.getKey();
    out.writeStringField("key", key);
    if (finding.getStatus() == Status.FAIL) {
      for (Acceptance acceptance : acceptances) {
        if (acceptance.getKey().equals(key)) {
          out.writeFieldName("accepted");
          acceptance(acceptance);
          break;
        }
      }
    }
    out.writeEndObject();
  }

  /** Writes a baseline of review decisions (docs/json.md); a pretty document ends with a newline. */
  public static void write(Baseline baseline, Writer writer, boolean pretty) throws IOException {
    write(writer, pretty, false, json -> json.baseline(baseline));
  }

  private void baseline(Baseline baseline) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("accepted");
    for (Acceptance acceptance : baseline.getAccepted()) {
      acceptance(acceptance);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private void acceptance(Acceptance acceptance) throws IOException {
    out.writeStartObject();
    out.writeStringField("key", acceptance.getKey());
    out.writeStringField("rule", acceptance.getRuleId());
    optionalString("cell", acceptance.getCell());
    optionalString("agency", acceptance.getAgency());
    if (acceptance.getYear().isPresent()) {
      out.writeNumberField("year", acceptance.getYear().getAsInt());
    }
    optionalString("file", acceptance.getFile());
    optionalString("message", acceptance.getMessage());
    out.writeStringField("acceptedBy", acceptance.getAcceptedBy());
    out.writeStringField("reason", acceptance.getReason());
    out.writeStringField("acceptedOn", acceptance.getAcceptedOn().toString());
    out.writeEndObject();
  }

  private void diagnostic(Diagnostic diagnostic) throws IOException {
    SourceSpan span = diagnostic.getSpan();
    out.writeStartObject();
    out.writeStringField("code", diagnostic.getCode());
    out.writeStringField("severity", diagnostic.getSeverity().name());
    out.writeNumberField("line", span.line());
    out.writeNumberField("column", span.column());
    out.writeNumberField("offset", span.offset());
    out.writeNumberField("length", span.length());
    out.writeStringField("message", diagnostic.getMessage());
    out.writeStringField("excerpt", diagnostic.getExcerpt());
    out.writeEndObject();
  }

  private void span(Optional<SourceSpan> span) throws IOException {
    if (!spans || span.isEmpty()) {
      return;
    }
    SourceSpan s = span.get();
    out.writeObjectFieldStart("span");
    out.writeNumberField("offset", s.offset());
    out.writeNumberField("length", s.length());
    out.writeNumberField("line", s.line());
    out.writeNumberField("column", s.column());
    out.writeEndObject();
  }

  private void number(BigDecimal value) throws IOException {
    out.writeNumber(Jackson.number(value));
  }

  private void optionalString(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get());
    }
  }
}
