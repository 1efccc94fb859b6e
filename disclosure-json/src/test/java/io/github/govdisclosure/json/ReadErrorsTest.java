package io.github.govdisclosure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class ReadErrorsTest {

  private static JsonEncodingException malformed(String json) {
    return (JsonEncodingException) assertThatThrownBy(() -> DisclosureJson.read(json))
        .isInstanceOf(JsonEncodingException.class).actual();
  }

  private static JsonDataException wrongShape(String json) {
    return (JsonDataException) assertThatThrownBy(() -> DisclosureJson.read(json))
        .isInstanceOf(JsonDataException.class).actual();
  }

  // ---- malformed input ----

  @Test
  void emptyInputIsMalformed() {
    assertThat(malformed("  ")).hasMessage("malformed JSON: no content at $ (1:1)");
  }

  @Test
  void trailingCommaIsMalformedWithItsPosition() {
    JsonEncodingException e = malformed("{\"edition\":\"V2021\",}");

    assertThat(e).hasMessage("malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote "
        + "to start field name at $.edition (1:20)");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo(20);
  }

  @Test
  void truncatedDocumentIsMalformed() {
    assertThat(malformed("{\"edition\":\"V2021\""))
        .hasMessage("malformed JSON: Unexpected end-of-input: expected close marker for Object at $.edition (1:19)");
  }

  @Test
  void missingCommaIsMalformedOnItsLine() {
    assertThat(malformed("{\"edition\":\n  \"V2021\" \"year\":2021}")).hasMessage("malformed JSON: Unexpected "
        + "character ('\"' (code 34)): was expecting comma to separate Object entries at $.edition (2:11)");
  }

  @Test
  void textThatIsNotJsonIsMalformed() {
    assertThat(malformed("not json")).hasMessage("malformed JSON: Unrecognized token 'not': was expecting "
        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false') at $ (1:1)");
  }

  @Test
  void secondDocumentAfterTheFirstIsMalformed() {
    assertThat(malformed("{\"edition\":\"V2021\"} {}")).hasMessage("malformed JSON: content after the document at $ (1:21)");
  }

  @Test
  void leadingZeroIsMalformed() {
    assertThat(malformed("{\"edition\":\"V2021\",\"year\":012}"))
        .hasMessage("malformed JSON: Invalid numeric value: Leading zeroes not allowed at $.year (1:28)");
  }

  @Test
  void bytesThatAreNotUtf8AreMalformed() {
    byte[] latin1 = {'{', '\n', '"', (byte) 0xC3, '"', '}'};

    assertThatThrownBy(() -> DisclosureJson.read(new ByteArrayInputStream(latin1)))
        .isInstanceOf(JsonEncodingException.class)
        .hasMessage("malformed UTF-8: byte 3 cannot be decoded at $ (2:2)");
  }

  // ---- well-formed JSON of the wrong shape ----

  @Test
  void documentMustBeAnObject() {
    assertThat(wrongShape("[1,2]")).hasMessage("expected an object but was an array at $ (1:1)");
  }

  @Test
  void editionIsRequired() {
    assertThat(wrongShape("{\"year\":2021}")).hasMessage("missing required member \"edition\" at $ (1:1)");
  }

  @Test
  void unknownEditionNamesTheKnownOnes() {
    JsonDataException e = wrongShape("{\"edition\":\"V2020\"}");

    assertThat(e).hasMessage("unknown edition \"V2020\"; expected one of PRE_2019, V2019, V2021 at $.edition (1:12)");
    assertThat(e.getPath()).isEqualTo("$.edition");
  }

  @Test
  void yearMustBeAWholeNumber() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"year\":\"2021\"}"))
        .hasMessage("expected a whole number but was a string at $.year (1:27)");
    assertThat(wrongShape("{\"edition\":\"V2021\",\"year\":2021.5}"))
        .hasMessage("expected a whole number but was a number at $.year (1:27)");
    assertThat(wrongShape("{\"edition\":\"V2021\",\"year\":99999999999}"))
        .hasMessage("number 99999999999 is too large at $.year (1:27)");
  }

  @Test
  void unknownMemberIsRefused() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"colour\":1}")).hasMessage("unknown member \"colour\"; expected "
        + "edition, year, agency, title, preamble, sections, tables, layouts, extraRows, statedFigures, statedBreakdowns, "
        + "feeStatement, findings, diagnostics, verdict at $.colour (1:29)");
  }

  @Test
  void duplicateMemberIsRefused() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"edition\":\"V2019\"}"))
        .hasMessage("duplicate member \"edition\" at $.edition (1:20)");
  }

  @Test
  void unknownColumnKeyIsRefusedAtItsPath() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"tables\":{\"APPLICATIONS\":{\"NEW_RECEIVED\":{\"TOTALS\":1}}}}"))
        .hasMessage("unknown applicant \"TOTALS\"; expected one of NATURAL_PERSON, COMMERCIAL_ENTERPRISE, "
            + "RESEARCH_INSTITUTION, SOCIAL_WELFARE_ORGANIZATION, LEGAL_SERVICE_INSTITUTION, OTHER_ORGANIZATION, "
            + "TOTAL at $.tables.APPLICATIONS.NEW_RECEIVED.TOTALS (1:71)");
  }

  @Test
  void cellMustBeANumberNullOrObject() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"tables\":{\"APPLICATIONS\":{\"NEW_RECEIVED\":{\"TOTAL\":\"35\"}}}}"))
        .hasMessage("expected a cell (a number, null or an object) but was a string "
            + "at $.tables.APPLICATIONS.NEW_RECEIVED.TOTAL (1:70)");
  }

  @Test
  void cellOutsideTheEditionsLayoutIsRefusedWhereverTheEditionComes() {
    assertThat(wrongShape("{\"tables\":{\"APPLICATIONS\":{\"OTHER_HANDLING\":{\"TOTAL\":0}}},\n\"edition\":\"V2021\"}"))
        .hasMessage("APPLICATIONS[OTHER_HANDLING][TOTAL] is not a cell of the V2021 layout "
            + "at $.tables.APPLICATIONS.OTHER_HANDLING.TOTAL (1:54)");
  }

  @Test
  void disclosureRowMustBeInItsBlock() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"tables\":{\"ACTIVE_DISCLOSURE\":{\"ITEM_5\":{\"RULES\":{\"ISSUED\":0}}}}}"))
        .hasMessage("row RULES belongs to ITEM_1, not ITEM_5 at $.tables.ACTIVE_DISCLOSURE.ITEM_5.RULES (1:69)");
  }

  @Test
  void cellObjectNeedsItsRawToken() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"tables\":{\"APPLICATIONS\":{\"NEW_RECEIVED\":{\"TOTAL\":{\"value\":3}}}}}"))
        .hasMessage("missing required member \"raw\" at $.tables.APPLICATIONS.NEW_RECEIVED.TOTAL (1:70)");
  }

  @Test
  void numberKindNeedsAValue() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"tables\":{\"APPLICATIONS\":{\"NEW_RECEIVED\":"
        + "{\"TOTAL\":{\"raw\":\"x\",\"kind\":\"NUMBER\"}}}}}"))
        .hasMessage("a NUMBER cell needs a \"value\" at $.tables.APPLICATIONS.NEW_RECEIVED.TOTAL.kind (1:88)");
  }

  @Test
  void extraRowsNeedTheirTable() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"extraRows\":{\"APPLICATIONS\":[{\"label\":\"x\",\"cells\":[]}]}}"))
        .hasMessage("extra rows of APPLICATIONS, which is not in \"tables\" at $.extraRows.APPLICATIONS (1:48)");
  }

  @Test
  void statedFigureNeedsItsPhraseAndArrayIndexIsInThePath() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"statedFigures\":[{\"quantity\":\"RECEIVED\"}]}"))
        .hasMessage("missing required member \"phrase\" at $.statedFigures[0] (1:37)");
  }

  @Test
  void diagnosticPositionMustBeASourceSpan() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"diagnostics\":[{\"code\":\"X\",\"severity\":\"WARNING\",\"line\":0,"
        + "\"column\":1,\"offset\":0,\"length\":0,\"message\":\"m\",\"excerpt\":\"\"}]}"))
        .hasMessage("bad span: offset=0 length=0 line=0 column=1 at $.diagnostics[0] (1:35)");
  }

  @Test
  void findingSeverityMustBeKnown() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"findings\":[{\"rule\":\"r\",\"severity\":\"FATAL\"}]}"))
        .hasMessage("unknown severity \"FATAL\"; expected one of ERROR, WARNING, INFO at $.findings[0].severity (1:55)");
  }

  @Test
  void findingStatusMustBeAStatus() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"findings\":[{\"rule\":\"r\",\"severity\":\"ERROR\","
        + "\"status\":\"WRONG\"}]}"))
        .hasMessage("unknown status \"WRONG\"; expected one of PASS, FAIL, NOT_ASSESSABLE at $.findings[0].status (1:72)");
  }

  @Test
  void findingCellsMustBeCellReferences() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"findings\":[{\"rule\":\"r\",\"severity\":\"ERROR\","
        + "\"status\":\"FAIL\",\"cells\":[\"APPLICATIONS[NEW_RECEIVED]\"]}]}"))
        .hasMessageStartingWith("not a cell reference: APPLICATIONS[NEW_RECEIVED] at $.findings[0].cells[0]");
  }

  @Test
  void findingRuleIdMustNotBeBlank() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"findings\":[{\"rule\":\" \",\"severity\":\"ERROR\","
        + "\"status\":\"FAIL\",\"cells\":[],\"message\":\"m\"}]}"))
        .hasMessageStartingWith("a finding needs a rule id at $.findings[0]");
  }

  @Test
  void sectionTextMustNotBeNull() {
    assertThat(wrongShape("{\"edition\":\"V2021\",\"sections\":{\"OVERVIEW\":null}}"))
        .hasMessage("expected a string but was null at $.sections.OVERVIEW (1:43)");
  }

  @Test
  void bothKindsOfErrorShareTheirBase() {
    assertThatThrownBy(() -> DisclosureJson.read("{")).isInstanceOf(JsonReadException.class);
    assertThatThrownBy(() -> DisclosureJson.read("{}")).isInstanceOf(JsonReadException.class);
  }
}
