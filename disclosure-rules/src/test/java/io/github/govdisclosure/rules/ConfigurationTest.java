package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

  private static Report inconsistent() {
    return Fixtures.report(Fixtures.smallTable()
            .put(ApplicationRow.WITHHELD_THIRD_PARTY, Applicant.COMMERCIAL_ENTERPRISE, Cell.of(2))
            .put(ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON, Cell.of(-1))
            .build())
        .addStatedFigures(Fixtures.figure(Quantity.DISCLOSED, 5, "50.00", "予以公开5件，占50.00%"))
        .addStatedFigures(Fixtures.figure(Quantity.PARTIALLY_DISCLOSED, 1, "99.00", "部分公开1件，占99.00%"))
        .build();
  }

  @Test
  void severityOverrideAppliesToEveryApi() {
    Rules rules = Rules.builder()
        .severity("cell.count", Severity.WARNING)
        .severity("narrative.percentage", Severity.ERROR)
        .severity("cross-year.carry-over", Severity.ERROR)
        .severity("table3.results-total", Severity.INFO)
        .build();
    CheckResult checked = rules.check(inconsistent());
    assertThat(checked.byRule("cell.count")).allMatch(f -> f.getSeverity() == Severity.WARNING);
    assertThat(checked.byRule("narrative.percentage")).allMatch(f -> f.getSeverity() == Severity.ERROR);
    assertThat(checked.byRule("table3.wrong-cell")).isNotEmpty().allSatisfy(f -> assertThat(f.getExplains())
        .filteredOn(e -> e.getRuleId().equals("table3.results-total"))
        .allMatch(e -> e.getSeverity() == Severity.INFO));
    assertThat(rules.validate(inconsistent()).byRule("cell.count"))
        .isNotEmpty().allMatch(f -> f.getSeverity() == Severity.WARNING);
    assertThat(Percentages.recompute(inconsistent(), rules))
        .hasSize(2).allMatch(f -> f.getSeverity() == Severity.ERROR);
    Report of2022 = Fixtures.report(Fixtures.zeroTable(Edition.V2021)
        .row(ApplicationRow.CARRIED_FROM_LAST_YEAR, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.DISCLOSED, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.TOTAL_HANDLED, 1, 0, 0, 0, 0, 0, 1).build()).year(2022).build();
    Report of2021 = Fixtures.report(Fixtures.zeroTable(Edition.V2021).build()).build();
    CheckResult series = rules.checkSeries(List.of(of2021, of2022));
    assertThat(series.failures()).isNotEmpty().allMatch(f -> f.getSeverity() == Severity.ERROR);
    assertThat(series.getVerdict()).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void disabledRuleIsSilentInEveryApi() {
    Rules rules = Rules.builder()
        .disable("cell.count").disable("narrative.percentage").disable("cross-year.carry-over").build();
    assertThat(rules.check(inconsistent()).byRule("cell.count")).isEmpty();
    assertThat(rules.check(inconsistent()).byRule("narrative.percentage")).isEmpty();
    assertThat(rules.validate(inconsistent()).getFindings()).isEmpty();
    assertThat(Percentages.recompute(inconsistent(), rules)).isEmpty();
    assertThat(rules.checkSeries(List.of(Fixtures.report(Fixtures.zeroTable(Edition.V2021).build()).build(),
        Fixtures.report(Fixtures.zeroTable(Edition.V2021).build()).year(2022).build())).byRule("cross-year.carry-over"))
        .isEmpty();
    assertThat(Rules.standard().isEnabled("cell.count")).isTrue();
    assertThat(rules.toBuilder().enable("cell.count").build().check(inconsistent()).byRule("cell.count")).isNotEmpty();
  }

  @Test
  void customRuleRunsWithTheStandardOnesAndIsConfigurable() {
    Rule agencyNamed = new Rule() {
      @Override
      public String id() {
        return "acme.agency";
      }

      @Override
      public Severity severity() {
        return Severity.INFO;
      }

      @Override
      public List<Finding> check(Report report, BlankCells blanks) {
        return List.of(Finding.builder().ruleId(id()).severity(severity())
            .status(report.getAgency().isPresent() ? Status.PASS : Status.FAIL)
            .messageKey("agency named: {agency}")
            .putArguments("agency", report.getAgency().orElse("?")).build());
      }
    };
    Rules rules = Rules.builder().add(agencyNamed).severity("acme.agency", Severity.WARNING).build();
    Finding finding = rules.check(Fixtures.weiyuan()).byRule("acme.agency").get(0);
    assertThat(finding.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(finding.render()).isEqualTo("acme.agency pass: agency named: 威远县人民政府");
    assertThat(rules.severity("acme.agency")).isEqualTo(Severity.WARNING);
    assertThat(rules.toBuilder().disable("acme.agency").build().check(Fixtures.weiyuan()).byRule("acme.agency")).isEmpty();
  }

  @Test
  void unknownIdsAndClashesAreProgrammerErrors() {
    assertThatThrownBy(() -> Rules.builder().disable("table3.balanse").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown rule id: table3.balanse");
    Rule clash = new Rule() {
      @Override
      public String id() {
        return "table3.balance";
      }

      @Override
      public Severity severity() {
        return Severity.ERROR;
      }

      @Override
      public List<Finding> check(Report report, BlankCells blanks) {
        return List.of();
      }
    };
    assertThatThrownBy(() -> Rules.builder().add(clash).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rules.standard().check(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void everyStandardIdIsStableAndUnique() {
    assertThat(StandardRule.values()).extracting(StandardRule::id).doesNotHaveDuplicates().contains(
        "table3.balance", "table3.results-total", "table3.applicant-total", "table3.wrong-cell", "table4.total",
        "cell.count", "validation.constraint", "structure.section-missing", "structure.table-missing",
        "structure.row-missing", "structure.row-unknown", "edition.year-mismatch", "narrative.count",
        "narrative.percentage", "narrative.breakdown", "narrative.fee", "cross-year.carry-over", "cross-year.in-force");
    assertThat(StandardRule.byId("narrative.fee")).contains(StandardRule.NARRATIVE_FEE);
    assertThat(StandardRule.NARRATIVE_FEE.severity()).isEqualTo(Severity.INFO);
  }
}
