package io.github.govdisclosure.text;

import static io.github.govdisclosure.text.FormatFixtures.annotated;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Unit;
import java.math.BigDecimal;

/**
 * Complete made-up reports whose cells are what real reports write (blank, {@code /}, {@code —},
 * {@code 无}, an annotated count, an amount with its unit, a signed change), one per edition, for
 * the round trip through the formatter. Not published reports.
 */
final class RoundTripFixtures {
  private RoundTripFixtures() {}

  static Report assorted2021() {
    ActiveDisclosureTable active = FormatFixtures.messyItem1("55（含自然失效29件）")
        .put(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, Cell.text("无"))
        .put(DisclosureRow.PENALTY, DisclosureColumn.DECISIONS, Cell.of(35))
        .put(DisclosureRow.COERCION, DisclosureColumn.DECISIONS, Cell.blank())
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.AMOUNT, Cell.amount(new BigDecimal("12.5"), Unit.WAN_YUAN))
        .build();
    ApplicationTable.Builder applications = FormatFixtures.zeros(Edition.V2021);
    applications
        .row(ApplicationRow.NEW_RECEIVED, 26, 0, 0, 0, 0, 0, 26)
        .row(ApplicationRow.DISCLOSED, 20, 0, 0, 0, 0, 0, 20)
        .row(ApplicationRow.OTHER_UNSPECIFIED, 6, 0, 0, 0, 0, 0, 6)
        .row(ApplicationRow.TOTAL_HANDLED, 26, 0, 0, 0, 0, 0, 26);
    for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
      // organisation columns left blank, as Word-export pages do
      for (Applicant applicant : new Applicant[] {Applicant.COMMERCIAL_ENTERPRISE, Applicant.RESEARCH_INSTITUTION,
          Applicant.SOCIAL_WELFARE_ORGANIZATION, Applicant.LEGAL_SERVICE_INSTITUTION}) {
        applications.put(row, applicant, Cell.blank());
      }
    }
    applications
        .put(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON, annotated(26, "26（含网上申请20件）", "含网上申请20件"))
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.OTHER_ORGANIZATION, Cell.text("/"))
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.TOTAL, Cell.text("—"))
        .put(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.OTHER_ORGANIZATION, Cell.text("无"))
        .put(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.NATURAL_PERSON, Cell.blank());
    ReviewLitigationTable review = ReviewLitigationTable.builder(Edition.V2021)
        .group(ReviewGroup.REVIEW, 1, 0, 0, 0, 1)
        .group(ReviewGroup.LITIGATION_DIRECT, 0, 0, 0, 0, 0)
        .group(ReviewGroup.LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0)
        .put(ReviewGroup.LITIGATION_DIRECT, Outcome.CORRECTED, Cell.blank())
        .put(ReviewGroup.LITIGATION_AFTER_REVIEW, Outcome.OTHER, Cell.text("/"))
        .build();
    return new Report.Builder()
        .edition(Edition.V2021)
        .year(2023)
        .agency("某某县发展和改革局")
        .activeDisclosure(active)
        .applications(applications.build())
        .reviewLitigation(review)
        .build();
  }

  static Report assorted2019() {
    // the table 2 read from 2019_pingtan.txt, messed up
    ActiveDisclosureTable active = ActiveDisclosureTable.builder(Edition.V2019)
        .from(FormatFixtures.pingtan2019Table2())
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.NEWLY_PUBLISHED, Cell.blank())
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.TOTAL_PUBLISHED, Cell.text("/"))
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_MADE, annotated(22, "22（其中修订16件）", "其中修订16件"))
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_PUBLISHED, 22)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.TOTAL_PUBLISHED, 130)
        .put(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE, Cell.of(-2))
        .put(DisclosureRow.OTHER_SERVICES, DisclosureColumn.NET_CHANGE, FormatFixtures.written(4, "+4"))
        .put(DisclosureRow.OTHER_SERVICES, DisclosureColumn.DECISIONS, Cell.text("—"))
        .put(DisclosureRow.COERCION, DisclosureColumn.NET_CHANGE, Cell.text("无"))
        .put(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.TOTAL_AMOUNT,
            Cell.amount(new BigDecimal("251000"), Unit.YUAN))
        .build();
    ApplicationTable.Builder applications = FormatFixtures.zeros(Edition.V2019);
    applications
        .row(ApplicationRow.NEW_RECEIVED, 12, 1, 0, 0, 0, 0, 13)
        .row(ApplicationRow.DISCLOSED, 10, 1, 0, 0, 0, 0, 11)
        .row(ApplicationRow.OTHER_HANDLING, 2, 0, 0, 0, 0, 0, 2)
        .row(ApplicationRow.TOTAL_HANDLED, 12, 1, 0, 0, 0, 0, 13)
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.RESEARCH_INSTITUTION, Cell.blank())
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.SOCIAL_WELFARE_ORGANIZATION, Cell.text("/"))
        .put(ApplicationRow.WITHHELD_STATE_SECRET, Applicant.NATURAL_PERSON, Cell.text("—"))
        .put(ApplicationRow.WITHHELD_STATE_SECRET, Applicant.TOTAL, Cell.blank())
        .put(ApplicationRow.OTHER_HANDLING, Applicant.NATURAL_PERSON, annotated(2, "2（其中网上申请1件）", "其中网上申请1件"))
        .put(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.TOTAL, Cell.text("无"));
    ReviewLitigationTable review = ReviewLitigationTable.builder(Edition.V2019)
        .group(ReviewGroup.REVIEW, 0, 0, 0, 0, 0)
        .group(ReviewGroup.LITIGATION_DIRECT, 0, 1, 0, 0, 1)
        .group(ReviewGroup.LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0)
        .put(ReviewGroup.REVIEW, Outcome.PENDING, Cell.text("—"))
        .put(ReviewGroup.LITIGATION_AFTER_REVIEW, Outcome.UPHELD, Cell.blank())
        .build();
    return new Report.Builder()
        .edition(Edition.V2019)
        .year(2020)
        .agency("某某市自然资源局")
        .activeDisclosure(active)
        .applications(applications.build())
        .reviewLitigation(review)
        .build();
  }
}
