package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Denominator;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link ReaderNames}: cells, tables and places named as a reader says them. */
class ReaderNamesTest {
  private static final Locale ZH = Locale.CHINESE;

  @Test
  void namesACellByItsTableRowAndColumnLabels() {
    assertThat(ReaderNames.cell(CellRef.of(ApplicationRow.TOTAL_HANDLED, Applicant.LEGAL_SERVICE_INSTITUTION),
        Edition.V2021, ZH)).isEqualTo("「表三·（七）总计·法律服务机构」");
    assertThat(ReaderNames.cell(CellRef.of(ReviewGroup.REVIEW, Outcome.TOTAL), Edition.V2021, ZH))
        .isEqualTo("「表四·行政复议·总计」");
    assertThat(ReaderNames.cell(CellRef.of(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.IN_FORCE), Edition.V2021,
        ZH)).isEqualTo("「表二·第二十条第（一）项·规章·现行有效件数」");
  }

  @Test
  void aRowOfAGroupIsNamedUnderItsGroup() {
    assertThat(ReaderNames.cell(CellRef.of(ApplicationRow.WITHHELD_STATE_SECRET, Applicant.NATURAL_PERSON),
        Edition.V2021, ZH)).isEqualTo("「表三·（三）不予公开·1.属于国家秘密·自然人」");
    assertThat(ReaderNames.cell(CellRef.of(ApplicationRow.OTHER_UNSPECIFIED, Applicant.TOTAL), Edition.V2021, ZH))
        .isEqualTo("「表三·（六）其他处理·3.其他·总计」");
    // V2019's （六）其他处理 is one row, its own label
    assertThat(ReaderNames.cell(CellRef.of(ApplicationRow.OTHER_HANDLING, Applicant.TOTAL), Edition.V2019, ZH))
        .isEqualTo("「表三·（六）其他处理·总计」");
  }

  @Test
  void aShareOfAGroupIsPlacedAtTheGroupNotItsFirstRow() {
    io.github.govdisclosure.rules.Finding share = io.github.govdisclosure.rules.Finding.builder()
        .ruleId("narrative.percentage").severity(io.github.govdisclosure.model.Severity.WARNING)
        .status(io.github.govdisclosure.rules.Status.PASS).messageKey("narrative.percentage.PASS")
        .quantity(io.github.govdisclosure.model.Quantity.WITHHELD)
        .cells(java.util.List.of(CellRef.of(ApplicationRow.WITHHELD_STATE_SECRET, Applicant.TOTAL),
            CellRef.of(ApplicationRow.WITHHELD_INTERNAL_AFFAIRS, Applicant.TOTAL)))
        .build();
    FindingView view = new FindingView(share);
    assertThat(view.place(Edition.V2021, ZH)).contains("「表三·（三）不予公开·总计」");
    assertThat(view.place(Edition.V2021, Locale.ENGLISH)).contains("APPLICATIONS[WITHHELD][TOTAL]");
    // V2019's （六）其他处理 is one row: a share of it is at that row
    FindingView other = new FindingView(io.github.govdisclosure.rules.Finding.builder().from(share)
        .quantity(io.github.govdisclosure.model.Quantity.OTHER)
        .cells(java.util.List.of(CellRef.of(ApplicationRow.OTHER_HANDLING, Applicant.TOTAL))).build());
    assertThat(other.place(Edition.V2019, ZH)).contains("「表三·（六）其他处理·总计」");
  }

  @Test
  void litigationGroupsAreNamedUnderLitigation() {
    assertThat(ReaderNames.cell(CellRef.of(ReviewGroup.LITIGATION_AFTER_REVIEW, Outcome.PENDING), Edition.V2021, ZH))
        .isEqualTo("「表四·行政诉讼·复议后起诉·尚未审结」");
  }

  @Test
  void aLabelsNoteInBracketsIsLeftOut() {
    assertThat(ReaderNames.cell(CellRef.of(ApplicationRow.PARTIALLY_DISCLOSED, Applicant.TOTAL), Edition.V2021, ZH))
        .isEqualTo("「表三·（二）部分公开·总计」");
    assertThat(ReaderNames.cell(CellRef.of(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.AMOUNT), Edition.V2021,
        ZH)).isEqualTo("「表二·第二十条第（八）项·行政事业性收费·本年收费金额」");
  }

  @Test
  void englishKeepsTheCanonicalKeys() {
    CellRef ref = CellRef.of(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.TOTAL);

    assertThat(ReaderNames.cell(ref, Edition.V2021, Locale.ENGLISH)).isEqualTo("APPLICATIONS[CARRIED_FORWARD][TOTAL]");
    assertThat(ReaderNames.location("PROBLEMS", Locale.ENGLISH)).isEqualTo("PROBLEMS");
    assertThat(ReaderNames.quantity("CARRIED_FORWARD", Locale.ENGLISH)).isEqualTo("CARRIED_FORWARD");
    assertThat(ReaderNames.denominator(Denominator.NEW_RECEIVED_PLUS_CARRIED_FROM_LAST_YEAR, Locale.ENGLISH))
        .isEqualTo("NEW_RECEIVED + CARRIED_OVER");
  }

  @Test
  void namesTablesSectionsQuantitiesAndRoundingsInChinese() {
    assertThat(ReaderNames.table(Table.ACTIVE_DISCLOSURE, ZH)).isEqualTo("表二");
    assertThat(ReaderNames.table(Table.REVIEW_LITIGATION, Locale.ENGLISH)).isEqualTo("table 4");
    assertThat(ReaderNames.location("REVIEW_LITIGATION", ZH)).isEqualTo("表四");
    assertThat(ReaderNames.location("PROBLEMS", ZH)).isEqualTo("五、存在的主要问题及改进情况");
    assertThat(ReaderNames.location("year", ZH)).isEqualTo("year");
    assertThat(ReaderNames.quantity("CARRIED_FORWARD", ZH)).isEqualTo("结转下年度继续办理");
    assertThat(ReaderNames.quantity("NOT_A_QUANTITY", ZH)).isEqualTo("NOT_A_QUANTITY");
    assertThat(ReaderNames.denominator(Denominator.TOTAL_HANDLED, ZH)).isEqualTo("办理结果总计");
    assertThat(ReaderNames.rounding(RoundingMode.DOWN, ZH)).isEqualTo("直接舍去");
    assertThat(ReaderNames.format("html", ZH)).isEqualTo("网页");
  }
}
