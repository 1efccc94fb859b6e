package io.github.govdisclosure.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestkitGensTest {

  @Test
  void generatedReportsAreConsistentForBothEditions() {
    for (Edition edition : List.of(Edition.V2019, Edition.V2021)) {
      ReportOptions options = new ReportOptions.Builder().editions(Set.of(edition)).build();
      qt().withFixedSeed(20240101L).withExamples(150)
          .forAll(TestkitGens.reports(options))
          .checkAssert(report -> {
            assertThat(report.getEdition()).isEqualTo(edition);
            assertThat(Equations.failures(report)).isEmpty();
            for (Table t : Table.values()) {
              assertThat(report.table(t).map(StandardTable::isComplete)).hasValue(true);
            }
          });
    }
  }

  @Test
  void largeValueReportsAreConsistent() {
    qt().withFixedSeed(7L).withExamples(100)
        .forAll(TestkitGens.reports(new ReportOptions.Builder().largeValues(true).build()))
        .checkAssert(report -> assertThat(Equations.failures(report)).isEmpty());
  }

  @Test
  void perturbationsBreakAnEquation() {
    qt().withFixedSeed(99L).withExamples(100)
        .forAll(TestkitGens.perturbations(new ReportOptions.Builder().blanks(true).build()))
        .checkAssert(p -> {
          assertThat(p.delta()).isNotZero();
          assertThat(p.getReport().cell(p.getCell()).asLong()).hasValue(p.getPerturbedValue());
        });
  }

  @Test
  void renderingsNameTheirNoise() {
    qt().withFixedSeed(3L).withExamples(60)
        .forAll(TestkitGens.renderings(ReportOptions.defaults(), Shape.MARKDOWN, EnumSet.allOf(Noise.class)))
        .checkAssert(r -> {
          assertThat(r.getNoise()).isEqualTo(Noise.applicableTo(Shape.MARKDOWN));
          assertThat(r.getText()).contains(r.getReport().getAgency().orElseThrow());
        });
  }

  @Test
  void fixedSeedGivesTheSameSequence() {
    List<Report> first = collect(11L);
    List<Report> second = collect(11L);
    assertThat(first).hasSize(20).isEqualTo(second);
  }

  @Test
  void randomRenderingsComeFromReportsOfTheOptions() {
    qt().withFixedSeed(5L).withExamples(40)
        .forAll(TestkitGens.renderings(new ReportOptions.Builder().editions(Set.of(Edition.V2019)).build()))
        .checkAssert(r -> {
          assertThat(r.getReport().getEdition()).isEqualTo(Edition.V2019);
          assertThat(Noise.applicableTo(r.getShape())).containsAll(r.getNoise());
        });
  }

  private static List<Report> collect(long seed) {
    List<Report> reports = new ArrayList<>();
    qt().withFixedSeed(seed).withExamples(20).forAll(TestkitGens.reports()).checkAssert(reports::add);
    return reports;
  }
}
