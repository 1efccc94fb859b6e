package io.github.govdisclosure.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled corpus files the benchmarks read. */
final class Inputs {
  /** The canonical example: pipe-flattened web text, printed twice; the largest corpus text. */
  static final String CANONICAL = "2021_weiyuan-county.txt";
  /** Crawler text with cells run together (V2019). */
  static final String CRAWLER_2019 = "2019_pingtan.txt";
  /** Crawler text whose rows only the column sums split (V2021). */
  static final String CRAWLER = "2021_pingtan.txt";
  /** PDF converted to Markdown. */
  static final String MARKDOWN = "2025_shanghai-bgt.txt";

  private Inputs() {}

  static byte[] bytes(String name) {
    try (InputStream in = Inputs.class.getResourceAsStream("/corpus/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled input " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
