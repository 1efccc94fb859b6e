package io.github.govdisclosure.benchmarks;

import io.github.govdisclosure.json.DisclosureJson;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.TextFormat;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing, checking, formatting and JSON writing, each next to the baseline no text parser can beat: decoding the same
 * bytes as UTF-8 and splitting them into lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TextBenchmarks {

  /** Which bundled report. */
  @Param({Inputs.CANONICAL, Inputs.CRAWLER_2019, Inputs.CRAWLER, Inputs.MARKDOWN})
  public String input;

  private final Rules rules = Rules.standard();
  private byte[] bytes;
  private Report report;

  /** Loads the input and parses it once for the formatting benchmarks. */
  @Setup
  public void load() {
    bytes = Inputs.bytes(input);
    report = DisclosureText.parse(bytes).getReport();
  }

  /** Decode as UTF-8 and split into lines: the floor for any text parser. */
  @Benchmark
  public void baseline(Blackhole blackhole) {
    new String(bytes, StandardCharsets.UTF_8).lines().forEach(blackhole::consume);
  }

  /** Charset detection, decoding, and the whole parse. */
  @Benchmark
  public ParseResult parse() {
    return DisclosureText.parse(bytes);
  }

  /** Every rule of the standard set, Bean Validation included, on the parsed report. */
  @Benchmark
  public CheckResult check() {
    return rules.check(report);
  }

  /** What an auditor runs per file: parse, then check. */
  @Benchmark
  public CheckResult parseAndCheck() {
    return rules.check(DisclosureText.parse(bytes).getReport());
  }

  /** The stable JSON form of the parsed report. */
  @Benchmark
  public String jsonWrite() {
    return DisclosureJson.write(report);
  }

  /** The aligned terminal tables. */
  @Benchmark
  public String formatPlain() {
    return DisclosureText.format(report, TextFormat.PLAIN);
  }

  /** The canonical flattened form. */
  @Benchmark
  public String formatPipe() {
    return DisclosureText.format(report, TextFormat.PIPE);
  }
}
