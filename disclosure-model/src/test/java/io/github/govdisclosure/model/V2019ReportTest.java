package io.github.govdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class V2019ReportTest {

  @Test
  void v2019LayoutHas22Plus161Plus15Cells() {
    assertThat(ActiveDisclosureTable.builder(Edition.V2019).build().layout()).hasSize(22);
    assertThat(ApplicationTable.builder(Edition.V2019).build().layout()).hasSize(161);
    assertThat(ReviewLitigationTable.builder(Edition.V2019).build().layout()).hasSize(15);
    assertThat(ApplicationRow.rows(Edition.V2019)).hasSize(23).contains(ApplicationRow.OTHER_HANDLING)
        .doesNotContain(ApplicationRow.OTHER_UNSPECIFIED);
    assertThat(ApplicationRow.rows(Edition.V2021)).hasSize(25).doesNotContain(ApplicationRow.OTHER_HANDLING);
  }

  @Test
  void v2019TableCarriesV2019OnlyColumns() {
    ActiveDisclosureTable table = ActiveDisclosureTable.builder(Edition.V2019)
        .put(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE, Cell.of(-2))
        .put(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.TOTAL_AMOUNT,
            Cell.amount(new BigDecimal("251000"), Unit.YUAN))
        .build();

    assertThat(table.get(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE).asLong()).hasValue(-2);
    assertThat(table.get(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.TOTAL_AMOUNT).getRaw())
        .isEqualTo("251000元");
  }

  @Test
  void aV2021TableCannotHoldAV2019OnlyRow() {
    ApplicationTable.Builder builder = ApplicationTable.builder(Edition.V2021)
        .put(ApplicationRow.OTHER_HANDLING, Applicant.TOTAL, Cell.of(1));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("APPLICATIONS[OTHER_HANDLING][TOTAL] is not in the V2021 layout");
  }

  @Test
  void aV2021TableCannotHoldAV2019OnlyColumn() {
    ActiveDisclosureTable.Builder builder = ActiveDisclosureTable.builder(Edition.V2021)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.NEWLY_MADE, 1);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("ACTIVE_DISCLOSURE[ITEM_1][RULES][NEWLY_MADE] is not in the V2021 layout");
  }

  @Test
  void aReportsTablesFollowItsEdition() {
    Report.Builder builder = new Report.Builder()
        .edition(Edition.V2021)
        .activeDisclosure(ActiveDisclosureTable.builder(Edition.V2019).build());

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("ACTIVE_DISCLOSURE follows V2019 but the report is V2021");
  }

  @Test
  void aV2021ReportMayHoldTable3InTheV2019LayoutTheHybridRealReportsPrint() {
    Report report = new Report.Builder()
        .edition(Edition.V2021)
        .activeDisclosure(ActiveDisclosureTable.builder(Edition.V2021).build())
        .applications(ApplicationTable.builder(Edition.V2019)
            .row(ApplicationRow.OTHER_HANDLING, 1, 0, 0, 0, 0, 0, 1).build())
        .build();

    assertThat(report.isLayoutMixed()).isTrue();
    assertThat(report.cell(CellRef.of(ApplicationRow.OTHER_HANDLING, Applicant.TOTAL)).asLong()).hasValue(1);
  }

  @Test
  void aV2019ReportCannotHoldTable3InTheV2021Layout() {
    Report.Builder builder = new Report.Builder()
        .edition(Edition.V2019)
        .applications(ApplicationTable.builder(Edition.V2021).build());

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("APPLICATIONS follows V2021 but the report is V2019");
  }

  @Test
  void aPre2019ReportIsRepresentableWithoutTables() {
    Report report = new Report.Builder()
        .edition(Edition.PRE_2019)
        .year(2017)
        .agency("平潭综合实验区市场监督管理局")
        .preamble("2017年政府信息公开工作年度报告……")
        .build();

    assertThat(report.getEdition().hasTables()).isFalse();
    assertThat(report.cell(CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL)).getKind())
        .isEqualTo(Cell.Kind.MISSING);
    assertThatThrownBy(() -> ApplicationTable.builder(Edition.PRE_2019).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void prescribesTheEditionByYear() {
    assertThat(Edition.forYear(2018)).isEqualTo(Edition.PRE_2019);
    assertThat(Edition.forYear(2019)).isEqualTo(Edition.V2019);
    assertThat(Edition.forYear(2020)).isEqualTo(Edition.V2019);
    assertThat(Edition.forYear(2021)).isEqualTo(Edition.V2021);
  }
}
