package io.github.govdisclosure.diff;

import io.github.govdisclosure.fixtures.CanonicalExample;
import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;

/**
 * Consecutive years made for the tests: the canonical example (威远县人民政府, 2021) and a 2022
 * report of the same agency made from it, whose carry-over and in-force figures follow on from 2021
 * or not, as a test asks.
 */
final class NextYear {
  private NextYear() {}

  /** 2021, with two narrative sections. */
  static Report of2021() {
    return new Report.Builder().from(CanonicalExample.report())
        .putSections(Section.OVERVIEW, "全年共收到信息公开申请35件。我县持续推进政务公开。")
        .putSections(Section.PROBLEMS, "公开质量有待提高。")
        .build();
  }

  /**
   * 2022: 40 applications received, {@code carriedOver} of them carried over from 2021 (2021 carried
   * 1 forward), and 行政规范性文件 5 issued, 2 repealed, {@code inForce} in force (2021: 147 in
   * force, so 150 follows on).
   */
  static Report of2022(long carriedOver, long inForce) {
    Report last = of2021();
    ApplicationTable applications = ApplicationTable.builder(last.getEdition())
        .from(last.getApplications().orElseThrow())
        .row(ApplicationRow.NEW_RECEIVED, 40, 0, 0, 0, 0, 0, 40)
        .row(ApplicationRow.CARRIED_FROM_LAST_YEAR, carriedOver, 0, 0, 0, 0, 0, carriedOver)
        .row(ApplicationRow.DISCLOSED, 23 + carriedOver, 0, 0, 0, 0, 0, 23 + carriedOver)
        .row(ApplicationRow.TOTAL_HANDLED, 40 + carriedOver, 0, 0, 0, 0, 0, 40 + carriedOver)
        .row(ApplicationRow.CARRIED_TO_NEXT_YEAR, 0, 0, 0, 0, 0, 0, 0)
        .build();
    return new Report.Builder().from(last).year(2022)
        .activeDisclosure(ActiveDisclosureTable.builder(last.getEdition())
            .from(last.getActiveDisclosure().orElseThrow())
            .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED, 5)
            .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED, 2)
            .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE, inForce)
            .build())
        .applications(applications)
        .putSections(Section.OVERVIEW, "全年共收到信息公开申请40件。我县持续推进政务公开。新建政策解读专栏。")
        .build();
  }
}
