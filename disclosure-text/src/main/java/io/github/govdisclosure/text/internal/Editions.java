package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Severity;
import java.util.Optional;

/**
 * Decides a report's edition: table 3's labels, else table 2's, else the report year (reported,
 * {@code TEXT-EDITION-FROM-YEAR}); a year before 2019 means no tables ({@code TEXT-OUT-OF-SCOPE});
 * tables of another edition than the year's are kept as written ({@code TEXT-EDITION-MISMATCH}).
 * Table 3 without a row only V2021 has never outweighs V2021 labels of table 2 and the year: the
 * report is V2021, and table 3 keeps V2019's layout only when it prints the single （六）其他处理 row.
 */
final class Editions {
  private Editions() {}

  static Edition decide(TableRegions regions, Optional<Integer> year, int bodyStart, Sink sink) {
    Edition e2 = regions.activeEdition();
    Edition e3 = regions.applicationsEdition();
    Edition edition = e3 != null ? e3 : e2;
    if (e2 == Edition.V2021 && e3 == Edition.V2019
        && year.map(y -> Edition.forYear(y) == Edition.V2021).orElse(true)) {
      // table 3 names no row only V2021 has: cut short, or printed with V2019's single （六）其他处理
      // row (the hybrid layout); neither outweighs table 2's labels and the year
      edition = Edition.V2021;
    }
    if (edition == null) {
      if (year.isPresent()) {
        edition = Edition.forYear(year.get());
        if (edition.hasTables()) {
          sink.add(Codes.EDITION_FROM_YEAR, Severity.INFO, bodyStart, 0,
              "no table labels tell the edition; " + edition + " is taken from the year " + year.get());
        }
      } else {
        edition = Edition.V2021;
        sink.add(Codes.EDITION_FROM_YEAR, Severity.WARNING, bodyStart, 0,
            "neither table labels nor the year tell the edition; V2021 is assumed");
      }
    }
    if (!edition.hasTables()) {
      sink.add(Codes.OUT_OF_SCOPE, Severity.WARNING, bodyStart, 0,
          "the report of " + year.map(String::valueOf).orElse("an unknown year")
              + " predates the national format (2019); its narrative is kept, no tables are read");
    } else if (year.isPresent() && Edition.forYear(year.get()) != edition) {
      int[] t3 = regions.applications;
      int[] t2 = regions.active;
      int at = t3 != null ? t3[0] : t2 != null ? t2[0] : bodyStart;
      sink.add(Codes.EDITION_MISMATCH, Severity.WARNING, at, 0,
          "the tables follow " + edition + " but a report of " + year.get() + " should follow "
              + Edition.forYear(year.get()) + "; kept as " + edition);
    }
    return edition;
  }

  /**
   * The layout table 3 is read with: the report's edition, except in a V2021 report whose table 3
   * names no row only V2021 has and prints V2019's single （六）其他处理 row (the hybrid layout
   * real reports print), which is read with V2019's rows.
   */
  static Edition applicationsLayout(TableRegions regions, Edition edition, NormalForm norm) {
    int[] region = regions.applications;
    if (edition != Edition.V2021 || region == null || regions.applicationsEdition() != Edition.V2019) {
      return edition;
    }
    String table = norm.substring(norm.indexAtSource(region[0]), norm.indexAtSource(region[1]));
    return table.contains("其他处理") ? Edition.V2019 : edition;
  }
}
