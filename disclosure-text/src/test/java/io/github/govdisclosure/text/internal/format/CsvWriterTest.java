package io.github.govdisclosure.text.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.text.TextFormat;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static String field(String text) {
    StringBuilder out = new StringBuilder();
    CsvWriter.field(out, text);
    return out.toString();
  }

  @Test
  void leavesPlainFieldsUnquoted() {
    assertThat(field("22（其中修订16件）")).isEqualTo("22（其中修订16件）");
    assertThat(field("")).isEmpty();
    assertThat(field("a b")).isEqualTo("a b");
  }

  @Test
  void quotesFieldsWithCommaQuoteOrLineBreak() {
    assertThat(field("1,234")).isEqualTo("\"1,234\"");
    assertThat(field("说\"明\"")).isEqualTo("\"说\"\"明\"\"\"");
    assertThat(field("见\n附件")).isEqualTo("\"见\n附件\"");
    assertThat(field("见\r附件")).isEqualTo("\"见\r附件\"");
  }

  @Test
  void printsOneRecordPerCellFoundWithValueAndRaw() {
    ApplicationTable table = ApplicationTable.builder(Edition.V2019)
        .put(ApplicationRow.OTHER_HANDLING, Applicant.TOTAL, Cell.of(3))
        .put(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.NATURAL_PERSON, Cell.text("见\n附件"))
        .build();
    Report report = new Report.Builder().edition(Edition.V2019).applications(table).build();

    assertThat(TablePrinter.format(report, TextFormat.CSV.builder().lineSeparator("\r\n").build())).isEqualTo(
        "table,row,column,label,value,raw\r\n"
            + "APPLICATIONS,OTHER_HANDLING,TOTAL,（六）其他处理,3,3\r\n"
            + "APPLICATIONS,CARRIED_FORWARD,NATURAL_PERSON,四、结转下年度继续办理,,\"见\n附件\"\r\n");
  }
}
