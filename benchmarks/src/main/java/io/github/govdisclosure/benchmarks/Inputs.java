package io.github.govdisclosure.benchmarks;

import io.github.govdisclosure.fixtures.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The files the benchmarks read: the corpus of {@code disclosure-fixtures} and a few generated ones. */
final class Inputs {
  /** The canonical example: pipe-flattened web text, printed twice; the largest corpus text. */
  static final String CANONICAL = "2021_weiyuan-county.txt";
  /** Crawler text with cells run together (V2019). */
  static final String CRAWLER_2019 = "2019_pingtan.txt";
  /** Crawler text whose rows only the column sums split (V2021). */
  static final String CRAWLER = "2021_pingtan.txt";
  /** PDF converted to Markdown. */
  static final String MARKDOWN = "2025_shanghai-bgt.txt";
  /** A saved web page (沭阳县发展和改革局 2023, 125 blank cells), read through jsoup. */
  static final String HTML = "2023_shuyang-fgj.html";

  private Inputs() {}

  /**
   * A file by its name: a published report of the corpus ({@code disclosure-fixtures}, the PDF
   * under {@code binary/} too), or a file generated for the benchmarks ({@code generated/}).
   */
  static byte[] bytes(String name) {
    for (String file : Corpus.FILES) {
      if (file.substring(file.lastIndexOf('/') + 1).equals(name)) {
        return Corpus.bytes(file);
      }
    }
    try (InputStream in = Inputs.class.getResourceAsStream("/generated/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled input " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
