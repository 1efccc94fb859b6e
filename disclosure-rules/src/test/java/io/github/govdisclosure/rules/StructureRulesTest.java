package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructureRulesTest {

  @Test
  void allSectionsAndTablesPresentPass() {
    CheckResult result = Rules.standard().check(Fixtures.report(Fixtures.smallTable().build()).build());
    assertThat(result.byRule("structure.section-missing")).hasSize(Section.values().length)
        .allMatch(f -> f.getStatus() == Status.PASS);
    assertThat(result.byRule("structure.table-missing")).hasSize(Table.values().length)
        .allMatch(f -> f.getStatus() == Status.PASS);
    // one per row of tables 2 and 3, one per group of table 4
    int rows = DisclosureRow.rows(Edition.V2021).size() + ApplicationRow.rows(Edition.V2021).size()
        + ReviewGroup.values().length;
    assertThat(result.byRule("structure.row-missing")).hasSize(rows).allMatch(f -> f.getStatus() == Status.PASS);
    assertThat(result.byRule("structure.row-unknown")).isEmpty();
  }

  @Test
  void missingSectionIsAWarningThatNeverBlocksTheVerdict() {
    Report full = Fixtures.report(Fixtures.smallTable().build()).build();
    Map<Section, String> sections = new java.util.EnumMap<>(full.getSections());
    sections.remove(Section.PROBLEMS);
    Report report = new Report.Builder().from(full).sections(sections).build();
    CheckResult result = Rules.standard().check(report);
    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "structure.section-missing warning at PROBLEMS: section 五、存在的主要问题及改进情况 not found");
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void missingTableFailsAndTheVerdictIsNotAssessable() {
    Report full = Fixtures.report(Fixtures.smallTable().build()).build();
    Report report = new Report.Builder().from(full).reviewLitigation(java.util.Optional.empty()).build();
    CheckResult result = Rules.standard().check(report);
    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "structure.table-missing error at REVIEW_LITIGATION: table of 四、政府信息公开行政复议、行政诉讼情况 not found");
    assertThat(result.byRule("table4.total")).isEmpty();
    assertThat(result.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
    CheckResult lenient = Rules.builder().disable("structure.table-missing").build().check(report);
    assertThat(lenient.failures()).isEmpty();
    assertThat(lenient.isComplete()).isFalse();
    assertThat(lenient.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
  }

  @Test
  void unknownRowIsAWarningAndKept() {
    ApplicationTable table = ApplicationTable.builder(Edition.V2021).from(Fixtures.smallTable().build())
        .addExtraRows(ExtraRow.of("（八）其他情形", List.of(Cell.of(1), Cell.blank())))
        .build();
    CheckResult result = Rules.standard().check(Fixtures.report(table).build());
    assertThat(result.failures()).extracting(Finding::render).containsExactly(
        "structure.row-unknown warning at APPLICATIONS: row “（八）其他情形” is not in the layout of APPLICATIONS (kept: 1 | )");
    assertThat(result.getVerdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void editionMustMatchTheYear() {
    Report v2019In2021 = Fixtures.report(Fixtures.zeroTable(Edition.V2019).build()).year(2021).build();
    assertThat(Rules.standard().check(v2019In2021).byRule("edition.year-mismatch")).singleElement()
        .satisfies(f -> assertThat(f.render()).isEqualTo(
            "edition.year-mismatch warning: V2019 tables in a report of 2021, which prescribes V2021"));
    Report v2019In2020 = Fixtures.report(Fixtures.zeroTable(Edition.V2019).build()).year(2020).build();
    assertThat(Rules.standard().check(v2019In2020).byRule("edition.year-mismatch")).singleElement()
        .extracting(Finding::getStatus).isEqualTo(Status.PASS);
    Report noYear = new Report.Builder().from(v2019In2020).year(java.util.OptionalInt.empty()).build();
    assertThat(Rules.standard().check(noYear).byRule("edition.year-mismatch")).singleElement()
        .extracting(Finding::getStatus).isEqualTo(Status.NOT_ASSESSABLE);
  }

  @Test
  void pre2019ReportIsNotAssessable() {
    Report report = new Report.Builder().edition(Edition.PRE_2019).year(2017).agency("平潭综合实验区市场监督管理局")
        .preamble("2017年政府信息公开工作年度报告…").build();
    CheckResult result = Rules.standard().check(report);
    assertThat(result.getVerdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
    assertThat(result.isComplete()).isFalse();
    assertThat(result.failures()).isEmpty();
    assertThat(result.getFindings()).extracting(Finding::render).containsExactly(
        "edition.out-of-scope not-assessable: a report of 2017 predates the national format (2019): out of scope,"
            + " nothing is checked");
  }
}
