package io.github.govdisclosure.text.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Unit;
import io.github.govdisclosure.text.TextFormat;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void printsTheRawTokenAsWritten() {
    assertThat(Texts.token(Cell.of(35), "?")).isEqualTo("35");
    assertThat(Texts.token(Cell.text("/"), "?")).isEqualTo("/");
    assertThat(Texts.token(Cell.amount(new BigDecimal("12.5"), Unit.WAN_YUAN), "?")).isEqualTo("12.5万元");
    assertThat(Texts.token(new Cell.Builder().kind(Cell.Kind.NUMBER).raw("1,234").value(BigDecimal.valueOf(1234)).build(), "?"))
        .isEqualTo("1,234");
  }

  @Test
  void printsBlankAsNothingAndMissingAsTheMark() {
    assertThat(Texts.token(Cell.blank(), "?")).isEmpty();
    assertThat(Texts.token(Cell.missing(), "?")).isEqualTo("?");
    assertThat(Texts.token(Cell.missing(), "")).isEmpty();
  }

  @Test
  void appendsTheNoteWhenTheRawTokenLacksIt() {
    Cell bare = new Cell.Builder().kind(Cell.Kind.NUMBER).raw("22").value(BigDecimal.valueOf(22)).note("其中修订16件").build();
    Cell full = new Cell.Builder().kind(Cell.Kind.NUMBER).raw("22（其中修订16件）").value(BigDecimal.valueOf(22))
        .note("其中修订16件").build();

    assertThat(Texts.token(bare, "?")).isEqualTo("22（其中修订16件）");
    assertThat(Texts.token(full, "?")).isEqualTo("22（其中修订16件）");
  }

  @Test
  void putsATokenWithLineBreaksOnOneLine() {
    assertThat(Texts.token(Cell.text("见\r\n附件\n说明"), "?")).isEqualTo("见 附件 说明");
    assertThat(Texts.written(Cell.text("见\n附件"), "?")).isEqualTo("见\n附件");
  }

  @Test
  void replacesFullWidthPunctuationOnlyWhenAsked() {
    TextFormat ascii = TextFormat.PIPE.builder().asciiPunctuation(true).build();

    assertThat(Texts.label("本年收费金额（单位：万元）", TextFormat.PIPE)).isEqualTo("本年收费金额（单位：万元）");
    assertThat(Texts.label("本年收费金额（单位：万元）", ascii)).isEqualTo("本年收费金额(单位:万元)");
    assertThat(Texts.label(ApplicationTable.FOOTNOTE, ascii))
        .isEqualTo("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)");
    assertThat(Texts.label("3.危及“三安全一稳定”", ascii)).isEqualTo("3.危及“三安全一稳定”");
  }

  @Test
  void composesTheTitleFromAgencyAndYear() {
    Report both = new Report.Builder().edition(Edition.V2021).agency("威远县人民政府").year(2021).build();
    Report agency = new Report.Builder().edition(Edition.V2021).agency("威远县人民政府").build();
    Report year = new Report.Builder().edition(Edition.V2021).year(2022).build();
    Report neither = new Report.Builder().edition(Edition.V2021).build();

    assertThat(Texts.title(both)).isEqualTo("威远县人民政府2021年政府信息公开工作年度报告");
    assertThat(Texts.title(agency)).isEqualTo("威远县人民政府政府信息公开工作年度报告");
    assertThat(Texts.title(year)).isEqualTo("2022年政府信息公开工作年度报告");
    assertThat(Texts.title(neither)).isNull();
  }
}
