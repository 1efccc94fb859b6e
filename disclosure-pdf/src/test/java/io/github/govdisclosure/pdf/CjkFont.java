package io.github.govdisclosure.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The CJK TrueType collection the generated PDFs embed (as a subset): Debian's
 * {@code fonts-wqy-zenhei}, which {@code .ci/run} installs when it is missing. Tests that need it
 * are skipped, saying so in one line, where it cannot be had.
 */
final class CjkFont {
  static final Path PATH = Path.of(System.getProperty("govdisclosure.cjkFont",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

  private CjkFont() {}

  /** Skips the calling test when the font is not installed. */
  static void assume() {
    Assumptions.assumeTrue(Files.isReadable(PATH),
        "skipped: no CJK font at " + PATH + " (apt-get install fonts-wqy-zenhei, or -Dgovdisclosure.cjkFont=FILE)");
  }

  static boolean present() {
    return Files.isReadable(PATH);
  }

  static byte[] bytes() throws IOException {
    return Files.readAllBytes(PATH);
  }
}
