package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Progress}: the bar drawn in place on a terminal, nothing otherwise. */
class ProgressTest {

  @Test
  void drawsTheShareDoneInThirtyColumns() {
    assertThat(Progress.bar(0, 4)).isEqualTo("[                              ] 0/4");
    assertThat(Progress.bar(1, 4)).isEqualTo("[#######                       ] 1/4");
    assertThat(Progress.bar(4, 4)).isEqualTo("[##############################] 4/4");
  }

  @Test
  void redrawsInPlaceAndErasesItselfAtTheEnd() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    Progress progress = Progress.of(err, 2, true);
    progress.advance();
    progress.advance();
    progress.finish();

    String blank = " ".repeat(Progress.bar(2, 2).length());
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\r" + Progress.bar(0, 2) + "\r" + Progress.bar(1, 2)
        + "\r" + Progress.bar(2, 2) + "\r" + blank + "\r");
  }

  @Test
  void drawsNothingWhenNoOneWatches() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress progress = Progress.of(new PrintStream(bytes, true, StandardCharsets.UTF_8), 3, false);

    progress.advance();
    progress.finish();

    assertThat(bytes.size()).isZero();
  }
}
