package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import org.junit.jupiter.api.Test;

class ConsumerTest {
  @Test
  void buildsAReportFromTheInstalledModel() {
    Report report = new Report.Builder()
        .edition(Edition.V2021)
        .year(2021)
        .applications(ApplicationTable.builder(Edition.V2021)
            .row(ApplicationRow.NEW_RECEIVED, 35, 0, 0, 0, 0, 0, 35)
            .build())
        .build();
    assertEquals(35, report.getApplications().orElseThrow()
        .get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).asLong().getAsLong());
  }
}
