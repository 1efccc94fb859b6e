package io.github.govdisclosure.text.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Unit;
import io.github.govdisclosure.text.internal.Codes;
import io.github.govdisclosure.text.internal.Sink;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellReaderTest {
  private final Sink sink = new Sink();
  private final LineIndex spans = new LineIndex("x".repeat(100));

  private Cell read(String raw) {
    return CellReader.read(raw, 0, raw.length(), spans, sink);
  }

  @Test
  void readsBlankDashesAndNone() {
    assertThat(read("").getKind()).isEqualTo(Cell.Kind.BLANK);
    for (String dash : new String[] {"/", "／", "—", "——", "-", "－", "无"}) {
      Cell cell = read(dash);
      assertThat(cell.getKind()).as(dash).isEqualTo(Cell.Kind.TEXT);
      assertThat(cell.getRaw()).isEqualTo(dash);
    }
    assertThat(sink.sorted()).isEmpty();
  }

  @Test
  void readsNumbersAsWritten() {
    assertThat(read("0").asLong()).hasValue(0);
    assertThat(read("３５").asLong()).hasValue(35);
    assertThat(read("３５").getRaw()).isEqualTo("３５");
    assertThat(read("1,234").asLong()).hasValue(1234);
    assertThat(read("+4").asLong()).hasValue(4);
    assertThat(read("-2").asLong()).hasValue(-2);
    assertThat(read("4221.6528").getValue()).hasValue(new BigDecimal("4221.6528"));
  }

  @Test
  void readsUnits() {
    Cell yuan = read("251000元");
    assertThat(yuan.getValue()).hasValue(new BigDecimal("251000"));
    assertThat(yuan.getUnit()).hasValue(Unit.YUAN);
    Cell wan = read("12.5万元");
    assertThat(wan.getValue()).hasValue(new BigDecimal("12.5"));
    assertThat(wan.getUnit()).hasValue(Unit.WAN_YUAN);
  }

  @Test
  void readsAnnotations() {
    Cell cell = read("22（其中修订16件）");
    assertThat(cell.asLong()).hasValue(22);
    assertThat(cell.getNote()).hasValue("其中修订16件");
    assertThat(cell.getRaw()).isEqualTo("22（其中修订16件）");
    assertThat(read("55(含自然失效29件)").getNote()).hasValue("含自然失效29件");
  }

  @Test
  void keepsGarbageAsTextWithADiagnostic() {
    assertThat(read("3a").getKind()).isEqualTo(Cell.Kind.TEXT);
    assertThat(read("12345678901234567890").getKind()).isEqualTo(Cell.Kind.TEXT);
    assertThat(sink.sorted()).extracting(Sink.Note::code).containsExactly(Codes.NUMBER_INVALID, Codes.NUMBER_INVALID);
  }

  @Test
  void setsTheSpanOfTheToken() {
    Cell cell = CellReader.read("35", 10, 2, new LineIndex("ab\ncdefghijk35"), sink);
    assertThat(cell.getSpan()).hasValueSatisfying(span -> {
      assertThat(span.line()).isEqualTo(2);
      assertThat(span.column()).isEqualTo(8);
      assertThat(span.offset()).isEqualTo(10);
    });
  }
}
