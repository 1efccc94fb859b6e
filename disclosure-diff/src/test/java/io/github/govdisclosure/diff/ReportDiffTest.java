package io.github.govdisclosure.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Status;
import io.github.govdisclosure.text.DisclosureText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDiffTest {

  private static Report corpus(String file) {
    return DisclosureText.parse(Corpus.text(file)).getReport();
  }

  @Test
  void comparesEveryCellOfTheSameEdition() {
    ReportDiff diff = ReportDiff.of(NextYear.of2021(), NextYear.of2022(1, 150));

    assertThat(diff.getCells()).hasSize(10 + 175 + 15);
    assertThat(diff.getUnmatched()).isEmpty();
    assertThat(diff.getCells()).noneMatch(CellChange::isDerived);
    assertThat(diff.isEditionChange()).isFalse();
  }

  @Test
  void givesTheChangeAndTheRelativeChangeInPercent() {
    ReportDiff diff = ReportDiff.of(NextYear.of2021(), NextYear.of2022(1, 150));

    CellChange received = find(diff, "APPLICATIONS[NEW_RECEIVED][TOTAL]");
    assertThat(received.getOlder().getRaw()).isEqualTo("35");
    assertThat(received.getNewer().getRaw()).isEqualTo("40");
    assertThat(received.getKind()).isEqualTo(CellChange.Kind.CHANGED);
    assertThat(received.getChange()).contains(new BigDecimal(5));
    assertThat(received.getRelativeChange()).contains(new BigDecimal("14.29"));
    CellChange forward = find(diff, "APPLICATIONS[CARRIED_FORWARD][TOTAL]");
    assertThat(forward.getChange()).contains(new BigDecimal(-1));
    assertThat(forward.getRelativeChange()).contains(new BigDecimal("-100.00"));
    assertThat(diff.changed()).extracting(CellChange::key).containsExactly(
        "ACTIVE_DISCLOSURE[ITEM_1][NORMATIVE_DOCUMENTS][ISSUED]",
        "ACTIVE_DISCLOSURE[ITEM_1][NORMATIVE_DOCUMENTS][REPEALED]",
        "ACTIVE_DISCLOSURE[ITEM_1][NORMATIVE_DOCUMENTS][IN_FORCE]",
        "APPLICATIONS[NEW_RECEIVED][NATURAL_PERSON]", "APPLICATIONS[NEW_RECEIVED][TOTAL]",
        "APPLICATIONS[CARRIED_OVER][NATURAL_PERSON]", "APPLICATIONS[CARRIED_OVER][TOTAL]",
        "APPLICATIONS[DISCLOSED][NATURAL_PERSON]", "APPLICATIONS[DISCLOSED][TOTAL]",
        "APPLICATIONS[TOTAL_HANDLED][NATURAL_PERSON]", "APPLICATIONS[TOTAL_HANDLED][TOTAL]",
        "APPLICATIONS[CARRIED_FORWARD][NATURAL_PERSON]", "APPLICATIONS[CARRIED_FORWARD][TOTAL]");
  }

  @Test
  void aChangeFromZeroHasNoRelativeChange() {
    ReportDiff diff = ReportDiff.of(NextYear.of2021(), NextYear.of2022(1, 150));

    CellChange carriedOver = find(diff, "APPLICATIONS[CARRIED_OVER][TOTAL]");
    assertThat(carriedOver.getChange()).contains(BigDecimal.ONE);
    assertThat(carriedOver.getRelativeChange()).isEmpty();
  }

  @Test
  void aBlankOrTextCellOnEitherSideGivesNoChange() {
    Report older = NextYear.of2021();
    Report newer = withCells(NextYear.of2022(1, 150),
        CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL), Cell.blank(),
        CellRef.of(ApplicationRow.DISCLOSED, Applicant.TOTAL), Cell.text("/"));

    ReportDiff diff = ReportDiff.of(older, newer);

    for (String key : List.of("APPLICATIONS[NEW_RECEIVED][TOTAL]", "APPLICATIONS[DISCLOSED][TOTAL]")) {
      CellChange change = find(diff, key);
      assertThat(change.getKind()).isEqualTo(CellChange.Kind.NOT_COMPARABLE);
      assertThat(change.getChange()).isEmpty();
      assertThat(change.getRelativeChange()).isEmpty();
    }
    assertThat(find(diff, "APPLICATIONS[DISCLOSED][TOTAL]").getNewer().getRaw()).isEqualTo("/");
  }

  @Test
  void aTableAbsentFromOneReportLeavesItsCellsNotComparable() {
    Report newer = new Report.Builder().from(NextYear.of2022(1, 150)).reviewLitigation(java.util.Optional.empty())
        .build();

    ReportDiff diff = ReportDiff.of(NextYear.of2021(), newer);

    assertThat(diff.getCells()).filteredOn(c -> c.getTable() == Table.REVIEW_LITIGATION).hasSize(15)
        .allMatch(c -> c.getKind() == CellChange.Kind.NOT_COMPARABLE && c.getNewer().getKind() == Cell.Kind.MISSING);
  }

  @Test
  void acrossTheEditionChangeComparesOnlyWhatMeansTheSame() {
    ReportDiff diff = ReportDiff.of(corpus("2019_pingtan.txt"), corpus("2021_pingtan.txt"));

    assertThat(diff.isEditionChange()).isTrue();
    assertThat(diff.getCells()).filteredOn(c -> c.getTable() == Table.ACTIVE_DISCLOSURE)
        .extracting(CellChange::key).containsExactly(
            "ACTIVE_DISCLOSURE[ITEM_5][LICENSING][DECISIONS]",
            "ACTIVE_DISCLOSURE[ITEM_6][PENALTY][DECISIONS]",
            "ACTIVE_DISCLOSURE[ITEM_6][COERCION][DECISIONS]");
    assertThat(diff.getCells()).filteredOn(c -> c.getTable() == Table.APPLICATIONS).hasSize(22 * 7 + 7);
    assertThat(diff.getCells()).filteredOn(c -> c.getTable() == Table.REVIEW_LITIGATION).hasSize(15);
    assertThat(find(diff, "ACTIVE_DISCLOSURE[ITEM_5][LICENSING][DECISIONS]").getChange())
        .contains(new BigDecimal(2112));
  }

  @Test
  void everyCellOfBothLayoutsIsComparedOrListedAsNotCompared() {
    Report older = corpus("2019_pingtan.txt");
    Report newer = corpus("2021_pingtan.txt");
    ReportDiff diff = ReportDiff.of(older, newer);

    List<CellRef> olderSeen = new ArrayList<>();
    List<CellRef> newerSeen = new ArrayList<>();
    for (CellChange change : diff.getCells()) {
      olderSeen.addAll(change.getOlderCells());
      newerSeen.addAll(change.getNewerCells());
    }
    for (Unmatched unmatched : diff.getUnmatched()) {
      (unmatched.getSide() == Unmatched.Side.OLDER ? olderSeen : newerSeen).add(unmatched.getCell());
    }

    assertThat(olderSeen).hasSize(layout(Edition.V2019).size() + 7)
        .containsExactlyInAnyOrderElementsOf(withGroupRowsTwice(layout(Edition.V2019)));
    assertThat(newerSeen).hasSize(layout(Edition.V2021).size() + 3 * 7)
        .containsExactlyInAnyOrderElementsOf(withGroupRowsTwice(layout(Edition.V2021)));
    assertThat(diff.getUnmatched()).filteredOn(u -> u.getReason() == Unmatched.Reason.GROUP_TOTAL_ONLY)
        .hasSize(4 * 7);
    assertThat(diff.getUnmatched()).filteredOn(u -> u.getSide() == Unmatched.Side.OLDER
        && u.getReason() == Unmatched.Reason.NOT_IN_OTHER_EDITION).hasSize(22 - 3);
    assertThat(diff.getUnmatched()).filteredOn(u -> u.getSide() == Unmatched.Side.NEWER
        && u.getReason() == Unmatched.Reason.NOT_IN_OTHER_EDITION).hasSize(10 - 3);
  }

  @Test
  void comparesTheV2019SingleOtherRowWithTheV2021GroupTotalAsADerivedComparison() {
    ReportDiff diff = ReportDiff.of(corpus("2019_pingtan.txt"), corpus("2021_pingtan.txt"));

    CellChange other = find(diff, "APPLICATIONS[OTHER][NATURAL_PERSON]");
    assertThat(other.isDerived()).isTrue();
    assertThat(other.getRow()).isEqualTo(ApplicationGroup.OTHER);
    assertThat(other.getOlderCells()).containsExactly(CellRef.of(ApplicationRow.OTHER_HANDLING, Applicant.NATURAL_PERSON));
    assertThat(other.getNewerCells()).containsExactly(
        CellRef.of(ApplicationRow.OTHER_NO_CORRECTION, Applicant.NATURAL_PERSON),
        CellRef.of(ApplicationRow.OTHER_FEE_UNPAID, Applicant.NATURAL_PERSON),
        CellRef.of(ApplicationRow.OTHER_UNSPECIFIED, Applicant.NATURAL_PERSON));
    assertThat(other.getOlder().getValue()).contains(BigDecimal.ZERO);
    assertThat(other.getNewer().getValue()).contains(BigDecimal.ONE);
    assertThat(diff.getCells()).filteredOn(CellChange::isDerived).hasSize(7);
  }

  @Test
  void aGroupTotalWithABlankPartIsNotComparable() {
    Report older = corpus("2019_pingtan.txt");
    Report newer = withCells(corpus("2021_pingtan.txt"),
        CellRef.of(ApplicationRow.OTHER_FEE_UNPAID, Applicant.TOTAL), Cell.blank());

    CellChange other = find(ReportDiff.of(older, newer), "APPLICATIONS[OTHER][TOTAL]");

    assertThat(other.getKind()).isEqualTo(CellChange.Kind.NOT_COMPARABLE);
    assertThat(other.getNewer().getKind()).isEqualTo(Cell.Kind.BLANK);
  }

  @Test
  void consecutiveYearsThatFollowOnPassTheCrossYearRules() {
    ReportDiff diff = ReportDiff.of(NextYear.of2021(), NextYear.of2022(1, 150));

    assertThat(diff.getCrossYear().failures()).isEmpty();
    assertThat(diff.getCrossYear().withStatus(Status.PASS)).hasSize(7 + 2);
  }

  @Test
  void consecutiveYearsThatDoNotFollowOnFailTheCrossYearRules() {
    ReportDiff diff = ReportDiff.of(NextYear.of2021(), NextYear.of2022(0, 151));

    assertThat(diff.getCrossYear().failures()).extracting(f -> f.render())
        .containsExactly(
            "cross-year.carry-over warning at APPLICATIONS[CARRIED_OVER][NATURAL_PERSON]: 2022: 0 but 1",
            "cross-year.carry-over warning at APPLICATIONS[CARRIED_OVER][TOTAL]: 2022: 0 but 1",
            "cross-year.in-force warning at ACTIVE_DISCLOSURE[ITEM_1][NORMATIVE_DOCUMENTS][IN_FORCE]: 2022: 151 but 147 + 5 − 2 = 150");
  }

  @Test
  void yearsThatAreNotConsecutiveMakeTheCrossYearRulesNotAssessable() {
    ReportDiff diff = ReportDiff.of(corpus("2021_pingtan.txt"), corpus("2023_pingtan.txt"));

    assertThat(diff.getCrossYear().getFindings()).extracting(f -> f.getStatus())
        .containsOnly(Status.NOT_ASSESSABLE);
  }

  @Test
  void diffsTheNarrativeSectionsBySentence() {
    ReportDiff diff = ReportDiff.of(NextYear.of2021(), NextYear.of2022(1, 150));

    assertThat(diff.getSections()).extracting(SectionDiff::getSection).containsExactly(Section.OVERVIEW, Section.PROBLEMS);
    SectionDiff overview = diff.getSections().get(0);
    assertThat(overview.isChanged()).isTrue();
    assertThat(overview.getEdits()).containsExactly(
        SentenceEdit.of(SentenceEdit.Kind.CHANGED, List.of("全年共收到信息公开申请35件。"), List.of("全年共收到信息公开申请40件。")),
        SentenceEdit.of(SentenceEdit.Kind.EQUAL, List.of("我县持续推进政务公开。"), List.of("我县持续推进政务公开。")),
        SentenceEdit.of(SentenceEdit.Kind.INSERTED, List.of(), List.of("新建政策解读专栏。")));
    assertThat(diff.getSections().get(1).isChanged()).isFalse();
  }

  private static CellChange find(ReportDiff diff, String key) {
    return diff.getCells().stream().filter(c -> c.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no comparison " + key));
  }

  private static Report withCells(Report report, CellRef first, Cell firstCell, Object... more) {
    ApplicationTable.Builder table = ApplicationTable.builder(report.getEdition())
        .from(report.getApplications().orElseThrow());
    table.putCells(first, firstCell);
    for (int i = 0; i < more.length; i += 2) {
      table.putCells((CellRef) more[i], (Cell) more[i + 1]);
    }
    return new Report.Builder().from(report).applications(table.build()).build();
  }

  private static List<CellRef> layout(Edition edition) {
    List<CellRef> refs = new ArrayList<>();
    for (StandardTable table : List.<StandardTable>of(
        io.github.govdisclosure.model.ActiveDisclosureTable.builder(edition).build(),
        ApplicationTable.builder(edition).build(),
        io.github.govdisclosure.model.ReviewLitigationTable.builder(edition).build())) {
      refs.addAll(table.layout());
    }
    return refs;
  }

  /** The V2021 layout with the rows of the （六） group twice: summed in the derived comparison and listed as not compared. */
  private static List<CellRef> withGroupRowsTwice(List<CellRef> layout) {
    List<CellRef> refs = new ArrayList<>(layout);
    for (CellRef ref : layout) {
      if (ref.row() instanceof ApplicationRow && ((ApplicationRow) ref.row()).group() == ApplicationGroup.OTHER) {
        refs.add(ref);
      }
    }
    return refs;
  }
}
