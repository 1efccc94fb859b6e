package io.github.govdisclosure.testkit;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.StandardTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The equations of docs/rules.md written out independently of the generator, for the tests: each
 * method returns a description of every equation that fails (empty when all hold).
 */
final class Equations {

  private Equations() {}

  static List<String> failures(Report report) {
    List<String> failures = new ArrayList<>();
    ApplicationTable t3 = report.getApplications().orElseThrow();
    ReviewLitigationTable t4 = report.getReviewLitigation().orElseThrow();
    Edition edition = report.getEdition();
    for (Applicant c : Applicant.values()) {
      long left = v(t3, ApplicationRow.NEW_RECEIVED, c) + v(t3, ApplicationRow.CARRIED_FROM_LAST_YEAR, c);
      long right = v(t3, ApplicationRow.TOTAL_HANDLED, c) + v(t3, ApplicationRow.CARRIED_TO_NEXT_YEAR, c);
      if (left != right) {
        failures.add("table3.balance " + c + ": " + left + " != " + right);
      }
      long results = 0;
      for (ApplicationRow row : ApplicationRow.values()) {
        if (row.role() == ApplicationRow.Role.RESULT && row.in(edition)) {
          results += v(t3, row, c);
        }
      }
      if (results != v(t3, ApplicationRow.TOTAL_HANDLED, c)) {
        failures.add("table3.results-total " + c + ": " + results);
      }
    }
    for (ApplicationRow row : ApplicationRow.rows(edition)) {
      long sum = 0;
      for (Applicant c : Applicant.values()) {
        if (c != Applicant.TOTAL) {
          sum += v(t3, row, c);
        }
      }
      if (sum != v(t3, row, Applicant.TOTAL)) {
        failures.add("table3.applicant-total " + row + ": " + sum);
      }
    }
    for (ReviewGroup group : ReviewGroup.values()) {
      long sum = 0;
      for (Outcome o : List.of(Outcome.UPHELD, Outcome.CORRECTED, Outcome.OTHER, Outcome.PENDING)) {
        sum += t4.get(group, o).asLong().orElseThrow();
      }
      if (sum != t4.get(group, Outcome.TOTAL).asLong().orElseThrow()) {
        failures.add("table4.total " + group + ": " + sum);
      }
    }
    for (StandardTable table : List.of(t3, t4)) {
      for (CellRef ref : table.layout()) {
        if (table.get(ref).asLong().orElseThrow() < 0) {
          failures.add("cell.count " + ref);
        }
      }
    }
    return failures;
  }

  private static long v(ApplicationTable t, ApplicationRow row, Applicant column) {
    return t.get(row, column).asLong().orElseThrow();
  }
}
