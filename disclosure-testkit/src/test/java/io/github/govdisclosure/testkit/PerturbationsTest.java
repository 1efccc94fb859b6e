package io.github.govdisclosure.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Equation;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PerturbationsTest {

  private static List<CellRef> differences(Report a, Report b) {
    List<CellRef> refs = new ArrayList<>();
    for (Table t : Table.values()) {
      for (CellRef ref : a.table(t).orElseThrow().layout()) {
        if (!a.cell(ref).equals(b.cell(ref))) {
          refs.add(ref);
        }
      }
    }
    return refs;
  }

  @Test
  void changesExactlyOneTable3CellByTheStatedDelta() {
    int totals = 0;
    for (long seed = 0; seed < 300; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed));
      Perturbation p = Perturbations.perturb(report, new SplittableRandom(seed + 1000));
      assertThat(p.getOriginal()).isSameAs(report);
      assertThat(differences(report, p.getReport())).containsExactly(p.getCell());
      assertThat(p.getCell().table()).isEqualTo(Table.APPLICATIONS);
      assertThat(report.cell(p.getCell()).asLong()).hasValue(p.getOriginalValue());
      assertThat(p.getReport().cell(p.getCell()).asLong()).hasValue(p.getPerturbedValue());
      assertThat(p.delta()).isNotZero().isEqualTo(p.getPerturbedValue() - p.getOriginalValue());
      assertThat(p.getPerturbedValue()).isNotNegative();
      assertThat(p.getReport().getStatedFigures()).isEqualTo(report.getStatedFigures());
      assertThat(Equations.failures(p.getReport())).isNotEmpty();
      totals += p.isTotalCell() ? 1 : 0;
    }
    assertThat(totals).as("total cells chosen").isBetween(90, 210);
  }

  @Test
  void interiorChangeBreaksOneRowAndOneColumnBySameDifference() {
    for (long seed = 0; seed < 100; seed++) {
      Perturbation p = Perturbations.perturb(
          Reports.consistent(new SplittableRandom(seed)), new SplittableRandom(seed));
      List<Equation> broken = Equations.broken(p.getReport());
      if (p.isTotalCell()) {
        assertThat(broken).isNotEmpty();
      } else {
        assertThat(broken).hasSize(2);
        assertThat(broken).anySatisfy(e -> {
          assertThat(e.name()).isEqualTo("table3.applicant-total");
          assertThat(e.defined()).isEqualTo(CellRef.of((ApplicationRow) p.getCell().row(), Applicant.TOTAL));
        });
        assertThat(broken).anySatisfy(e -> {
          assertThat(e.name()).isIn("table3.balance", "table3.results-total");
          assertThat(e.defined().column()).isEqualTo(p.getCell().column());
        });
      }
    }
  }

  @Test
  void sameSeedGivesTheSamePerturbation() {
    Report report = Reports.consistent(new SplittableRandom(5), new ReportOptions.Builder()
        .editions(java.util.Set.of(Edition.V2019)).build());
    assertThat(Perturbations.perturb(report, new SplittableRandom(9)))
        .isEqualTo(Perturbations.perturb(report, new SplittableRandom(9)));
  }

  @Test
  void skipsCellsWithoutAValue() {
    ReportOptions options = new ReportOptions.Builder().blanks(true).textCells(true).build();
    for (long seed = 0; seed < 100; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed), options);
      Perturbation p = Perturbations.perturb(report, new SplittableRandom(seed));
      assertThat(report.cell(p.getCell()).isNumber()).isTrue();
    }
  }

  @Test
  void refusesAReportWithoutTable3() {
    Report empty = new Report.Builder().edition(Edition.V2021).build();
    assertThatThrownBy(() -> Perturbations.perturb(empty, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the report has no table 3");
    assertThatThrownBy(() -> Perturbations.perturb(null, new SplittableRandom(1)))
        .isInstanceOf(NullPointerException.class);
    assertThat(Cell.of(0).isNumber()).isTrue();
  }
}
