package io.github.govdisclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module opens its API to everyone and, of its internals, only the shared package to the other readers. */
class ModuleExportsTest {

  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    Path classes = Path.of(DisclosureText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsTheApiToAllAndOnlyTheSharedInternalsToTheOtherReaders() throws Exception {
    ModuleDescriptor module = descriptor();
    assertThat(module.exports()).extracting(Exports::source)
        .containsExactlyInAnyOrder("io.github.govdisclosure.text", "io.github.govdisclosure.text.internal.shared");
    for (Exports exports : module.exports()) {
      if (exports.source().equals("io.github.govdisclosure.text")) {
        assertThat(exports.isQualified()).isFalse();
      } else {
        assertThat(exports.targets()).contains("io.github.govdisclosure.html")
            .allSatisfy(target -> assertThat(target).startsWith("io.github.govdisclosure."));
      }
    }
    assertThat(module.opens()).isEmpty();
  }
}
