package io.github.govdisclosure.model;

import static io.github.govdisclosure.model.ApplicationRow.*;

import java.math.BigDecimal;

/** The canonical example (2021_weiyuan-county.txt) built in code, as a report writer would. */
final class CanonicalExample {
  private CanonicalExample() {}

  static Report report() {
    ActiveDisclosureTable active = ActiveDisclosureTable.builder(Edition.V2021)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.ISSUED, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.REPEALED, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.IN_FORCE, 0)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED, 4)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED, 0)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE, 147)
        .put(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, 27098)
        .put(DisclosureRow.PENALTY, DisclosureColumn.DECISIONS, 2212)
        .put(DisclosureRow.COERCION, DisclosureColumn.DECISIONS, 353)
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.AMOUNT, Cell.of(new BigDecimal("4221.6528")))
        .build();
    ApplicationTable.Builder applications = ApplicationTable.builder(Edition.V2021)
        .row(NEW_RECEIVED, 35, 0, 0, 0, 0, 0, 35)
        .row(CARRIED_FROM_LAST_YEAR, 0, 0, 0, 0, 0, 0, 0)
        .row(DISCLOSED, 17, 0, 0, 0, 0, 0, 17)
        .row(PARTIALLY_DISCLOSED, 4, 0, 0, 0, 0, 0, 4)
        .row(WITHHELD_STATE_SECRET, 1, 0, 0, 0, 0, 0, 1)
        .row(WITHHELD_THIRD_PARTY, 2, 0, 0, 0, 0, 0, 2)
        .row(UNAVAILABLE_NOT_HELD, 6, 0, 0, 0, 0, 0, 6)
        .row(UNAVAILABLE_NEEDS_CREATION, 1, 0, 0, 0, 0, 0, 1)
        .row(NOT_PROCESSED_COMPLAINT, 2, 0, 0, 0, 0, 0, 2)
        .row(NOT_PROCESSED_DUPLICATE, 1, 0, 0, 0, 0, 0, 1)
        .row(TOTAL_HANDLED, 34, 0, 0, 0, 0, 0, 34)
        .row(CARRIED_TO_NEXT_YEAR, 1, 0, 0, 0, 0, 0, 1);
    for (ApplicationRow row : new ApplicationRow[] {WITHHELD_PROHIBITED_BY_LAW, WITHHELD_SECURITY_STABILITY,
        WITHHELD_INTERNAL_AFFAIRS, WITHHELD_PROCESS_INFORMATION, WITHHELD_ENFORCEMENT_FILE,
        WITHHELD_ADMINISTRATIVE_QUERY, UNAVAILABLE_STILL_UNCLEAR, NOT_PROCESSED_PUBLICATION,
        NOT_PROCESSED_EXCESSIVE, NOT_PROCESSED_CONFIRMATION, OTHER_NO_CORRECTION, OTHER_FEE_UNPAID,
        OTHER_UNSPECIFIED}) {
      applications.row(row, 0, 0, 0, 0, 0, 0, 0);
    }
    ReviewLitigationTable review = ReviewLitigationTable.builder(Edition.V2021)
        .group(ReviewGroup.REVIEW, 0, 0, 0, 0, 0)
        .group(ReviewGroup.LITIGATION_DIRECT, 0, 0, 0, 0, 0)
        .group(ReviewGroup.LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0)
        .build();
    return new Report.Builder()
        .edition(Edition.V2021)
        .year(2021)
        .agency("威远县人民政府")
        .activeDisclosure(active)
        .applications(applications.build())
        .reviewLitigation(review)
        .build();
  }
}
