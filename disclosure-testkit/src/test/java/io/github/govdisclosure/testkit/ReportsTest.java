package io.github.govdisclosure.testkit;

import io.github.govdisclosure.model.FormatKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ReportsTest {

  private static ReportOptions only(Edition edition) {
    return new ReportOptions.Builder().editions(Set.of(edition)).build();
  }

  private static List<StandardTable> tables(Report report) {
    List<StandardTable> tables = new ArrayList<>();
    for (Table t : Table.values()) {
      tables.add(report.table(t).orElseThrow());
    }
    return tables;
  }

  @ParameterizedTest
  @EnumSource(value = Edition.class, names = {"V2019", "V2021"})
  void generatedReportsSatisfyEveryEquation(Edition edition) {
    for (long seed = 0; seed < 250; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed), only(edition));
      assertThat(report.getEdition()).isEqualTo(edition);
      assertThat(Equations.failures(report)).as("seed %d", seed).isEmpty();
      assertThat(tables(report)).allSatisfy(t -> {
        assertThat(t.getEdition()).isEqualTo(edition);
        assertThat(t.isComplete()).isTrue();
        assertThat(t.getCells().values()).allMatch(Cell::isNumber);
      });
    }
  }

  @ParameterizedTest
  @EnumSource(value = Edition.class, names = {"V2019", "V2021"})
  void largeValuesStayBelowTheBoundWithoutOverflow(Edition edition) {
    ReportOptions options = new ReportOptions.Builder().editions(Set.of(edition)).largeValues(true).build();
    long largest = 0;
    for (long seed = 0; seed < 120; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed), options);
      assertThat(Equations.failures(report)).as("seed %d", seed).isEmpty();
      ApplicationTable t3 = report.getApplications().orElseThrow();
      for (ApplicationRow row : ApplicationRow.results(edition)) {
        for (Applicant c : Applicant.parts()) {
          long v = t3.get(row, c).asLong().orElseThrow();
          assertThat(v).isBetween(0L, ReportOptions.LARGE_VALUE);
          largest = Math.max(largest, v);
        }
      }
    }
    assertThat(largest).isGreaterThan(100_000_000L);
  }

  @Test
  void maxValueBoundsTheLeafCells() {
    ReportOptions options = new ReportOptions.Builder().maxValue(3).build();
    for (long seed = 0; seed < 100; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed), options);
      ApplicationTable t3 = report.getApplications().orElseThrow();
      for (ApplicationRow row : ApplicationRow.results(report.getEdition())) {
        for (Applicant c : Applicant.parts()) {
          assertThat(t3.get(row, c).asLong().orElseThrow()).isBetween(0L, 3L);
        }
      }
      assertThat(Equations.failures(report)).isEmpty();
    }
  }

  @Test
  void yearMatchesTheEditionAndTitleNamesAgencyAndYear() {
    for (long seed = 0; seed < 200; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed));
      int year = report.getYear().orElseThrow();
      assertThat(Edition.forYear(year)).isEqualTo(report.getEdition());
      assertThat(year).isBetween(2019, 2030);
      String agency = report.getAgency().orElseThrow();
      assertThat(report.getTitle()).hasValue(agency + year + "年政府信息公开工作年度报告");
      assertThat(report.getPreamble())
          .contains("本报告中所列数据的统计期限自" + year + "年1月1日至" + year + "年12月31日");
      assertThat(report.getSections()).containsOnlyKeys(Section.values());
      assertThat(report.getSections().values()).allMatch(text -> !text.isBlank());
    }
  }

  @Test
  void statedFiguresRestateTheTablesWithHalfUpSharesOverNewReceived() {
    for (long seed = 0; seed < 200; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed));
      ApplicationTable t3 = report.getApplications().orElseThrow();
      long received = t3.get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).asLong().orElseThrow();
      String overview = report.getSections().get(Section.OVERVIEW);
      assertThat(overview).contains("全年共收到政府信息公开申请" + received + "件，其中，“予以公开”");
      assertThat(report.getStatedFigures()).extracting(StatedFigure::getQuantity).containsExactly(
          Quantity.RECEIVED, Quantity.DISCLOSED, Quantity.PARTIALLY_DISCLOSED, Quantity.WITHHELD,
          Quantity.UNAVAILABLE, Quantity.NOT_PROCESSED, Quantity.OTHER, Quantity.CARRIED_TO_NEXT_YEAR,
          Quantity.REVIEW, Quantity.LITIGATION);
      for (StatedFigure figure : report.getStatedFigures()) {
        assertThat(overview).contains(figure.getPhrase());
        assertThat(figure.getSection()).hasValue(Section.OVERVIEW);
        long count = figure.getCount().orElseThrow();
        assertThat(count).isEqualTo(tableCount(report, figure.getQuantity()));
        if (figure.getPercent().isPresent()) {
          BigDecimal expected = BigDecimal.valueOf(100 * count)
              .divide(BigDecimal.valueOf(received), 2, RoundingMode.HALF_UP);
          assertThat(figure.getPercent().get()).isEqualTo(expected);
          assertThat(figure.getPhrase()).endsWith("占总数的" + expected.toPlainString() + "%");
        }
      }
    }
  }

  private static long tableCount(Report report, Quantity quantity) {
    ApplicationTable t3 = report.getApplications().orElseThrow();
    switch (quantity) {
      case RECEIVED:
        return t3.get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).asLong().orElseThrow();
      case DISCLOSED:
        return t3.get(ApplicationRow.DISCLOSED, Applicant.TOTAL).asLong().orElseThrow();
      case PARTIALLY_DISCLOSED:
        return t3.get(ApplicationRow.PARTIALLY_DISCLOSED, Applicant.TOTAL).asLong().orElseThrow();
      case CARRIED_TO_NEXT_YEAR:
        return t3.get(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.TOTAL).asLong().orElseThrow();
      case REVIEW:
        return report.cell(CellRef.parse("REVIEW_LITIGATION[REVIEW][TOTAL]")).asLong().orElseThrow();
      case LITIGATION:
        return report.cell(CellRef.parse("REVIEW_LITIGATION[LITIGATION_DIRECT][TOTAL]")).asLong().orElseThrow()
            + report.cell(CellRef.parse("REVIEW_LITIGATION[LITIGATION_AFTER_REVIEW][TOTAL]")).asLong().orElseThrow();
      default:
        return t3.groupTotal(ApplicationGroup.valueOf(quantity.name()), Applicant.TOTAL).orElseThrow();
    }
  }

  @Test
  void zeroDenominatorsGiveAnAllZeroTable3AndCountsWithoutShares() {
    ReportOptions options = new ReportOptions.Builder().zeroDenominators(true).build();
    for (long seed = 0; seed < 50; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed), options);
      assertThat(report.getApplications().orElseThrow().getCells().values())
          .allMatch(c -> c.asLong().orElseThrow() == 0);
      assertThat(Equations.failures(report)).isEmpty();
      assertThat(report.getStatedFigures()).allMatch(f -> f.getPercent().isEmpty());
      assertThat(report.getSections().get(Section.OVERVIEW)).doesNotContain("%");
    }
  }

  @Test
  void blanksAndTextCellsKeepEveryLayoutCellButSomeHaveNoValue() {
    ReportOptions options = new ReportOptions.Builder().blanks(true).textCells(true).build();
    for (long seed = 0; seed < 100; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed), options);
      List<Cell> cells = new ArrayList<>();
      for (StandardTable t : tables(report)) {
        assertThat(t.isComplete()).isTrue();
        cells.addAll(t.getCells().values());
      }
      assertThat(cells).anyMatch(c -> c.getKind() == Cell.Kind.BLANK);
      assertThat(cells).anyMatch(c -> c.getKind() == Cell.Kind.TEXT);
      assertThat(cells).filteredOn(c -> c.getKind() == Cell.Kind.TEXT)
          .extracting(Cell::getRaw).allMatch(raw -> Set.of("/", "—", "无").contains(raw));
    }
  }

  @Test
  void annotationsKeepTheValueAndCarryTheNote() {
    ReportOptions options = new ReportOptions.Builder().annotations(true).build();
    for (long seed = 0; seed < 100; seed++) {
      Report report = Reports.consistent(new SplittableRandom(seed), options);
      List<Cell> annotated = new ArrayList<>();
      for (Cell cell : report.getActiveDisclosure().orElseThrow().getCells().values()) {
        if (cell.getNote().isPresent()) {
          annotated.add(cell);
        }
      }
      assertThat(annotated).isNotEmpty().allSatisfy(cell -> {
        assertThat(cell.isNumber()).isTrue();
        assertThat(cell.getRaw()).isEqualTo(cell.asLong().orElseThrow() + "（" + cell.getNote().get() + "）");
        assertThat(cell.getNote().get()).matches("(其中修订|含自然失效)\\d+件");
      });
      assertThat(Equations.failures(report)).isEmpty();
    }
  }

  @Test
  void sameSeedGivesTheSameReport() {
    ReportOptions options = new ReportOptions.Builder()
        .blanks(true).textCells(true).annotations(true).build();
    for (long seed = 0; seed < 20; seed++) {
      assertThat(Reports.consistent(new SplittableRandom(seed), options))
          .isEqualTo(Reports.consistent(new SplittableRandom(seed), options));
    }
    assertThat(Reports.consistent(new SplittableRandom(1))).isNotEqualTo(Reports.consistent(new SplittableRandom(2)));
  }

  @Test
  void bothEditionsAreDrawnByDefault() {
    Set<Edition> seen = EnumSet.noneOf(Edition.class);
    for (long seed = 0; seed < 40; seed++) {
      seen.add(Reports.consistent(new SplittableRandom(seed)).getEdition());
    }
    assertThat(seen).containsExactlyInAnyOrder(Edition.V2019, Edition.V2021);
  }

  @Test
  void optionsRefusePre2019AndOutOfRangeMaxValue() {
    assertThatThrownBy(() -> new ReportOptions.Builder().editions(Set.of(Edition.PRE_2019)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("PRE_2019");
    assertThatThrownBy(() -> new ReportOptions.Builder().maxValue(ReportOptions.LARGE_VALUE + 1).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxValue");
    assertThatThrownBy(() -> Reports.consistent(null)).isInstanceOf(NullPointerException.class);
  }
}
