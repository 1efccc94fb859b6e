package io.github.govdisclosure.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.json.DisclosureJson;
import io.github.govdisclosure.json.JsonDocument;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.testkit.Perturbations;
import io.github.govdisclosure.testkit.Rendering;
import io.github.govdisclosure.testkit.Renderings;
import io.github.govdisclosure.testkit.Reports;
import io.github.govdisclosure.testkit.TestkitGens;
import io.github.govdisclosure.text.DisclosureText;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Property 7: {@code DisclosureJson.read(DisclosureJson.write(x))} equals {@code x}, for generated
 * reports of every option (blank, text and annotated cells, amounts with units, signed counts,
 * stated figures, fee statement) and perturbed ones, and for documents of parse results (the
 * parsed report with its spans, and the diagnostics).
 */
class JsonPropertyTest {

  private static final int REPORT_EXAMPLES = 300;
  private static final int DOCUMENT_EXAMPLES = 40;

  @Test
  void writeThenReadGivesAnEqualReport() {
    AtomicLong checked = new AtomicLong();
    PropertyRuns.theory(REPORT_EXAMPLES)
        .forAll(Examples.options(Examples.ALL), TestkitGens.seeds())
        .checkAssert((options, seed) -> {
          SplittableRandom rng = new SplittableRandom(seed);
          Report report = Reports.consistent(rng, options);
          if (rng.nextBoolean()) {
            report = Perturbations.perturb(report, rng).getReport();
          }
          String json = DisclosureJson.write(report);
          Report read = DisclosureJson.readReport(json);
          assertThat(read).isEqualTo(report);
          assertThat(DisclosureJson.write(read)).isEqualTo(json);
          checked.incrementAndGet();
        });
    PropertyRuns.record("writeThenReadGivesAnEqualReport", checked.get());
  }

  @Test
  void writeThenReadGivesAnEqualDocumentOfAParse() {
    AtomicLong checked = new AtomicLong();
    PropertyRuns.theory(DOCUMENT_EXAMPLES)
        .forAll(Examples.options(Examples.ALL), TestkitGens.seeds())
        .checkAssert((options, seed) -> {
          SplittableRandom rng = new SplittableRandom(seed);
          Rendering rendering = Renderings.random(Reports.consistent(rng, options), rng);
          JsonDocument document = JsonDocument.of(DisclosureText.parse(rendering.getText()));
          String json = DisclosureJson.write(document);
          JsonDocument read = DisclosureJson.read(json);
          assertThat(read).as(rendering.describe()).isEqualTo(document);
          // spans are auxiliary: equal JSON text shows they came back too
          assertThat(DisclosureJson.write(read)).isEqualTo(json);
          checked.incrementAndGet();
        });
    PropertyRuns.record("writeThenReadGivesAnEqualDocumentOfAParse", checked.get());
  }
}
