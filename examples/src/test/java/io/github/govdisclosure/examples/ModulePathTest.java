package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.html.DisclosureHtml;
import io.github.govdisclosure.json.DisclosureJson;
import io.github.govdisclosure.model.Report;
import org.junit.jupiter.api.Test;

/** Runs on the module path (see this module's surefire configuration). */
class ModulePathTest {

  @Test
  void runsOnTheModulePath() {
    assertThat(ModulePathTest.class.getModule().isNamed()).isTrue();
    assertThat(ModulePathTest.class.getModule().getName()).isEqualTo("io.github.govdisclosure.examples");
  }

  @Test
  void theLibraryModulesResolveAsNamedModules() {
    Module model = Report.class.getModule();

    assertThat(model.getName()).isEqualTo("io.github.govdisclosure.model");
    assertThat(model.getDescriptor().exports()).filteredOn(e -> !e.isQualified()).extracting(e -> e.source())
        .containsExactly("io.github.govdisclosure.model");
    // the shared Immutables style goes to the project's own modules only
    assertThat(model.getDescriptor().exports()).filteredOn(e -> e.isQualified())
        .allSatisfy(e -> assertThat(e.targets()).allMatch(m -> m.startsWith("io.github.govdisclosure.")));
    assertThat(model.getLayer().findModule("io.github.govdisclosure.rules")).isPresent();
    assertThat(model.getLayer().findModule("io.github.govdisclosure.text")).isPresent();
    assertThat(model.getLayer().findModule("org.hibernate.validator")).isPresent();
  }

  @Test
  void theJsonAndHtmlModulesResolve() {
    Module json = DisclosureJson.class.getModule();
    Module html = DisclosureHtml.class.getModule();

    assertThat(json.getName()).isEqualTo("io.github.govdisclosure.json");
    assertThat(json.getDescriptor().exports()).extracting(e -> e.source())
        .containsExactly("io.github.govdisclosure.json");
    assertThat(json.getDescriptor().requires()).extracting(r -> r.name())
        .contains("io.github.govdisclosure.rules", "com.fasterxml.jackson.databind");
    assertThat(html.getName()).isEqualTo("io.github.govdisclosure.html");
    assertThat(html.getDescriptor().exports()).extracting(e -> e.source())
        .containsExactly("io.github.govdisclosure.html");
    assertThat(html.getLayer().findModule("org.jsoup")).isPresent();
    assertThat(ModulePathTest.class.getModule().canRead(json)).isTrue();
    assertThat(ModulePathTest.class.getModule().canRead(html)).isTrue();
  }

  @Test
  void mainRunsOnTheBundledSampleOnTheModulePath() {
    Run run = Run.main();

    assertThat(Main.class.getModule().getName()).isEqualTo("io.github.govdisclosure.examples");
    assertThat(run.status()).isZero();
    assertThat(run.tail(1)).containsExactly(Checks.line("CONSISTENT", 0, 0, Checks.sample()));
  }

  @Test
  void mainReadsAWebPageAndWritesJsonOnTheModulePath() {
    Run run = Run.main("--json", Run.corpus("2023_shuyang-fgj.html"));

    assertThat(run.err()).isEmpty();
    assertThat(DisclosureJson.read(run.out()).getReport().getAgency()).contains("沭阳县发展和改革局");
  }
}
