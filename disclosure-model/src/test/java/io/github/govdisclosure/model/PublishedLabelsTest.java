package io.github.govdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labels, numerals and keywords the enums carry for readers of report text agree with the labels. */
class PublishedLabelsTest {

  @Test
  void everyRowOfTable3OpensWithItsOfficialNumeralAndFirstKeyword() {
    for (ApplicationRow row : ApplicationRow.values()) {
      assertThat(row.label()).as("%s", row).startsWith(row.numerals().get(0) + row.keywords().get(0));
    }
  }

  /** Keywords that are no part of a label: misprints of published reports, each with where it was seen. */
  private static final List<String> MISPRINTS = List.of(
      "其他法律行政止公开"); // 2024_hongze-qzf.pdf, table 3

  @Test
  void everyKeywordIsAPartOfOneOfTheRowsLabelsOrAKnownMisprint() {
    for (ApplicationRow row : ApplicationRow.values()) {
      for (String keyword : row.keywords()) {
        if (!MISPRINTS.contains(keyword)) {
          assertThat(row.labels()).as("%s %s", row, keyword).anySatisfy(label -> assertThat(label).contains(keyword));
        }
      }
    }
    for (DisclosureRow row : DisclosureRow.values()) {
      for (String keyword : row.keywords()) {
        assertThat(row.labels()).as("%s %s", row, keyword).anySatisfy(label -> assertThat(label).contains(keyword));
      }
    }
  }

  @Test
  void subItemsArePrintedWithThreeNumerals() {
    assertThat(ApplicationRow.WITHHELD_STATE_SECRET.numerals()).containsExactly("1.", "1、", "（1）");
    assertThat(ApplicationRow.OTHER_UNSPECIFIED.numerals()).containsExactly("3.", "3、", "（3）");
    assertThat(ApplicationRow.DISCLOSED.numerals()).containsExactly("（一）");
    assertThat(ApplicationRow.TOTAL_HANDLED.numerals()).containsExactly("（七）", "七、");
    assertThat(ApplicationRow.CARRIED_TO_NEXT_YEAR.numerals()).containsExactly("四、");
  }

  @Test
  void onlyOtherAndTotalAreNamedByAWordThatIsAlsoAColumnLabel() {
    List<String> columns = new ArrayList<>();
    for (Applicant applicant : Applicant.values()) {
      columns.add(applicant.label());
    }
    List<ApplicationRow> ambiguous = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row.keywords().stream().anyMatch(columns::contains)) {
        ambiguous.add(row);
      }
    }
    assertThat(ambiguous).containsExactly(ApplicationRow.OTHER_UNSPECIFIED, ApplicationRow.TOTAL_HANDLED);
  }

  @Test
  void printsTheLabelsOfTheEditionsLayout() {
    assertThat(DisclosureRow.NORMATIVE_DOCUMENTS.label(Edition.V2019)).isEqualTo("规范性文件");
    assertThat(DisclosureRow.NORMATIVE_DOCUMENTS.label(Edition.V2021)).isEqualTo("行政规范性文件");
    assertThat(DisclosureRow.LICENSING.label(Edition.V2019)).isEqualTo("行政许可");
    assertThat(DisclosureColumn.DECISIONS.label(Edition.V2019)).isEqualTo("处理决定数量");
    assertThat(DisclosureColumn.DECISIONS.label(Edition.V2021)).isEqualTo("本年处理决定数量");
    assertThat(DisclosureColumn.NET_CHANGE.label(Edition.V2019)).isEqualTo("本年增/减");
  }

  @Test
  void everySectionHeadingIsRecognisedAsItsOwnSectionByTheFirstKeywordThatOpensIt() {
    for (Section section : Section.values()) {
      for (String heading : section.headings()) {
        String words = heading.substring(heading.indexOf('、') + 1);
        Section recognised = null;
        for (Section candidate : Section.values()) {
          if (recognised == null && candidate.keywords().stream().anyMatch(words::startsWith)) {
            recognised = candidate;
          }
        }
        assertThat(recognised).as(heading).isEqualTo(section);
      }
    }
  }

  @Test
  void table4sHeaderRowReadsReviewThenLitigation() {
    assertThat(ReviewGroup.REVIEW.heading()).isEqualTo("行政复议");
    assertThat(ReviewGroup.LITIGATION_DIRECT.heading()).isEqualTo("行政诉讼");
    assertThat(ReviewGroup.LITIGATION_AFTER_REVIEW.heading()).isEqualTo("行政诉讼");
  }
}
