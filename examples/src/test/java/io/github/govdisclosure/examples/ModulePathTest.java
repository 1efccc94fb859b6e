package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(model.getDescriptor().exports()).extracting(e -> e.source())
        .containsExactly("io.github.govdisclosure.model");
    assertThat(model.getLayer().findModule("io.github.govdisclosure.rules")).isPresent();
    assertThat(model.getLayer().findModule("io.github.govdisclosure.text")).isPresent();
    assertThat(model.getLayer().findModule("org.hibernate.validator")).isPresent();
  }
}
