package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govdisclosure.model.Table;
import org.junit.jupiter.api.Test;

class TextFormatTest {

  @Test
  void presetsHaveTheirSyntaxAndDefaults() {
    assertThat(TextFormat.PIPE.getSyntax()).isEqualTo(TextFormat.Syntax.PIPE);
    assertThat(TextFormat.PIPE.getMissingMark()).isEqualTo("?");
    assertThat(TextFormat.PLAIN.getMissingMark()).isEqualTo("?");
    assertThat(TextFormat.HTML.getLineSeparator()).isEqualTo("\n");
    assertThat(TextFormat.CSV.getTables()).containsExactly(Table.values());
    assertThat(TextFormat.MARKDOWN.isPrintTitle()).isTrue();
    assertThat(TextFormat.MARKDOWN.isPrintHeadings()).isTrue();
    for (TextFormat.Syntax syntax : TextFormat.Syntax.values()) {
      assertThat(TextFormat.preset(syntax).getSyntax()).isEqualTo(syntax);
    }
  }

  @Test
  void builderChangesOnlyWhatItIsTold() {
    TextFormat format = TextFormat.PLAIN.builder().tables(Table.REVIEW_LITIGATION, Table.APPLICATIONS)
        .asciiBorders(true).build();

    assertThat(format.getTables()).containsExactly(Table.APPLICATIONS, Table.REVIEW_LITIGATION);
    assertThat(format.prints(Table.ACTIVE_DISCLOSURE)).isFalse();
    assertThat(format.isAsciiBorders()).isTrue();
    assertThat(format.getMissingMark()).isEqualTo("?");
    assertThat(TextFormat.PLAIN.isAsciiBorders()).isFalse();
    assertThat(format.toString()).isEqualTo("TextFormat[PLAIN, tables=[APPLICATIONS, REVIEW_LITIGATION], asciiBorders=true]");
    assertThat(TextFormat.PIPE).hasToString("TextFormat[PIPE]");
  }

  @Test
  void equalsByValue() {
    assertThat(TextFormat.PLAIN.builder().build()).isEqualTo(TextFormat.PLAIN)
        .hasSameHashCodeAs(TextFormat.PLAIN);
    assertThat(TextFormat.PLAIN.builder().syntax(TextFormat.Syntax.MARKDOWN).build()).isEqualTo(TextFormat.MARKDOWN);
    assertThat(TextFormat.PLAIN.builder().lineSeparator("\r\n").build()).isNotEqualTo(TextFormat.PLAIN);
  }

  @Test
  void rejectsNullAndUnusableSettings() {
    assertThatThrownBy(() -> TextFormat.PLAIN.builder().lineSeparator(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the line separator is empty");
    assertThatThrownBy(() -> TextFormat.PLAIN.builder().missingMark("a\nb"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextFormat.PLAIN.builder().tables((Table) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DisclosureText.format(FormatFixtures.weiyuan(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("format");
  }

  @Test
  void printsOnlyTheTablesAsked() {
    TextFormat format = TextFormat.PIPE.builder().tables(Table.REVIEW_LITIGATION).printTitle(false).build();

    assertThat(DisclosureText.format(FormatFixtures.weiyuan(), format))
        .startsWith("四、政府信息公开行政复议、行政诉讼情况\n行政复议 |\n")
        .doesNotContain("第二十条");
  }

  @Test
  void usesTheLineSeparatorEverywhere() {
    for (TextFormat.Syntax syntax : TextFormat.Syntax.values()) {
      TextFormat format = TextFormat.preset(syntax).builder().lineSeparator("\r\n").build();
      String text = DisclosureText.format(FormatFixtures.assorted(), format);

      assertThat(text.replace("\r\n", "")).as(syntax.name()).doesNotContain("\n");
    }
  }
}
