package io.github.govdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the reading noticed, and how each cell came to be, travel with the report without changing its equality. */
class ReadTravelsWithTheReportTest {

  private static Diagnostic cut() {
    return new Diagnostic.Builder().code("TEXT-INPUT-TRUNCATED").severity(Severity.ERROR)
        .span(new SourceSpan(0, 0, 1, 1)).message("the input was cut at the limit").excerpt("").build();
  }

  @Test
  void aReportReadWithAnErrorSaysSoAndStillEqualsTheReportComposedInCode() {
    Report composed = new Report.Builder().edition(Edition.V2021).year(2021).build();
    Report read = new Report.Builder().from(composed).addDiagnostics(cut()).build();

    assertThat(read.hasReadErrors()).isTrue();
    assertThat(composed.hasReadErrors()).isFalse();
    assertThat(read).isEqualTo(composed).hasSameHashCodeAs(composed);
  }

  @Test
  void aDiagnosticRendersPositionCodeSeverityMessageAndExcerpt() {
    Diagnostic diagnostic = new Diagnostic.Builder().code("TEXT-SPLIT-AMBIGUOUS").severity(Severity.WARNING)
        .span(new SourceSpan(120, 7, 12, 5)).message("two splits fit the sums").excerpt("3501035").build();

    assertThat(diagnostic.render()).isEqualTo("<12:5> TEXT-SPLIT-AMBIGUOUS warning: two splits fit the sums [3501035]");
  }

  @Test
  void aCellSaysHowItsValueCameToBeWithoutChangingItsEquality() {
    Cell split = new Cell.Builder().from(Cell.of(35)).provenance(Provenance.SPLIT)
        .basis("split 3501035 by APPLICATIONS[NEW_RECEIVED][TOTAL] = sum of the applicant columns").build();
    Cell guessed = new Cell.Builder().from(Cell.of(350)).provenance(Provenance.GUESSED)
        .basis("two splits fit the sums").addAlternatives("35").build();

    assertThat(Cell.of(35).getProvenance()).isEqualTo(Provenance.READ);
    assertThat(split).isEqualTo(Cell.of(35));
    assertThat(split.getProvenance()).isEqualTo(Provenance.SPLIT);
    assertThat(guessed.isGuessed()).isTrue();
    assertThat(guessed.getAlternatives()).containsExactly("35");
  }

  @Test
  void aCellReadAsWrittenHasNoBasisNorAlternatives() {
    Cell.Builder builder = new Cell.Builder().from(Cell.of(35)).addAlternatives("350");

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("a cell read as written has no basis and no alternatives");
  }

  @Test
  void headingsKeepTheirNumeralAndTheSectionTheirWordsName() {
    Heading fee = Heading.of("五", "信息处理费收取情况", Optional.empty());
    Heading problems = Heading.of("6", "存在的主要问题及改进情况", Optional.of(Section.PROBLEMS));
    Heading bare = Heading.of("", "其他需要报告的事项", Optional.of(Section.OTHER_MATTERS));
    Report report = new Report.Builder().edition(Edition.V2021).headings(List.of(fee, problems, bare)).build();

    assertThat(fee.ordinal()).hasValue(5);
    assertThat(problems.ordinal()).hasValue(6);
    assertThat(Heading.of("十二", "x", Optional.empty()).ordinal()).hasValue(12);
    assertThat(bare.ordinal()).isEmpty();
    assertThat(report).isEqualTo(new Report.Builder().edition(Edition.V2021).build());
    assertThat(report.getHeadings()).extracting(Heading::getSection)
        .containsExactly(Optional.empty(), Optional.of(Section.PROBLEMS), Optional.of(Section.OTHER_MATTERS));
  }
}
