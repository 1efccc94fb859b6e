package io.github.govdisclosure.benchmarks;

import io.github.govdisclosure.html.DisclosureHtml;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.text.ParseResult;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A saved web page read by {@code disclosure-html}, next to its floor: jsoup's own parse of the same
 * bytes (charset detection and the document tree), which a reader that goes through jsoup cannot
 * beat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HtmlBenchmarks {

  /** The bundled page (one: the corpus has one). */
  @Param({Inputs.HTML})
  public String input;

  private final Rules rules = Rules.standard();
  private byte[] bytes;

  /** Loads the page. */
  @Setup
  public void load() {
    bytes = Inputs.bytes(input);
  }

  /** jsoup's parse of the bytes, the charset detected as jsoup does: the floor. */
  @Benchmark
  public Document baseline() {
    try {
      return Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The page read into a report: jsoup, the rendering to text, the text parse. */
  @Benchmark
  public ParseResult parse() {
    return DisclosureHtml.parse(bytes);
  }

  /** What an auditor runs per page. */
  @Benchmark
  public CheckResult parseAndCheck() {
    return rules.check(DisclosureHtml.parse(bytes).getReport());
  }
}
