package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;

/**
 * Prints the bundled sample report's model. Interim program until the parser and rules land:
 * the sample is built in code.
 */
public final class Main {
  private Main() {}

  /** Runs the program. */
  public static void main(String[] args) {
    Report report = new Report.Builder()
        .edition(Edition.V2021)
        .year(2021)
        .agency("威远县人民政府")
        .applications(ApplicationTable.builder(Edition.V2021)
            .row(ApplicationRow.NEW_RECEIVED, 35, 0, 0, 0, 0, 0, 35)
            .row(ApplicationRow.CARRIED_OVER, 0, 0, 0, 0, 0, 0, 0)
            .row(ApplicationRow.TOTAL_HANDLED, 34, 0, 0, 0, 0, 0, 34)
            .row(ApplicationRow.CARRIED_FORWARD, 1, 0, 0, 0, 0, 0, 1)
            .build())
        .build();
    System.out.println(report.getAgency().orElse("?") + " " + report.getYear().getAsInt() + " " + report.getEdition());
    ApplicationTable table = report.getApplications().orElseThrow();
    for (ApplicationRow row : ApplicationRow.rows(report.getEdition())) {
      StringBuilder line = new StringBuilder(row.name());
      for (Applicant applicant : Applicant.values()) {
        line.append(' ').append(table.get(row, applicant).asLong().isPresent()
            ? Long.toString(table.get(row, applicant).asLong().getAsLong()) : "?");
      }
      System.out.println(line);
    }
  }
}
