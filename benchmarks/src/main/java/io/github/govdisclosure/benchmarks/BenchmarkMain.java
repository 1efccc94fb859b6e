package io.github.govdisclosure.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite with the GC profiler and prints every result as a ratio to the
 * baseline of the same input, with the allocation per operation against the input's size.
 *
 * <p>{@code java -jar benchmarks.jar} runs the suite; {@code --quick} runs shorter iterations;
 * {@code --jmh ARGS…} hands the remaining arguments to JMH's own command line.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  /** Runs the suite. */
  public static void main(String[] args) throws RunnerException, Exception {
    if (args.length > 0 && args[0].equals("--jmh")) {
      String[] rest = new String[args.length - 1];
      System.arraycopy(args, 1, rest, 0, rest.length);
      org.openjdk.jmh.Main.main(rest);
      return;
    }
    boolean quick = List.of(args).contains("--quick");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(BenchmarkMain.class.getPackageName() + ".*Benchmarks")
        .jvmArgsAppend("-Xmx1g")
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true);
    if (quick) {
      // shorter, but long enough for the parser to reach C2 code: 1 s of warm-up was not
      options.warmupIterations(3).warmupTime(TimeValue.seconds(1))
          .measurementIterations(3).measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.print(summary(results));
  }

  static String summary(Collection<RunResult> results) {
    Map<String, Double> baselines = new HashMap<>();
    for (RunResult run : results) {
      if (method(run).equals("baseline")) {
        baselines.put(input(run), run.getPrimaryResult().getScore());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-28s %-26s %12s %10s %14s %12s %10s",
        "benchmark", "input", "us/op", "x baseline", "alloc B/op", "x input size", "ns/byte"));
    for (RunResult run : results) {
      String input = input(run);
      double score = run.getPrimaryResult().getScore();
      Double baseline = baselines.get(input);
      Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
      double bytes = alloc == null ? Double.NaN : alloc.getScore();
      int size = size(input);
      double micros = score * toMicros(run);
      lines.add(String.format(Locale.ROOT, "%-28s %-26s %12.2f %10s %14.0f %12s %10s",
          run.getParams().getBenchmark().replaceFirst(".*\\.", ""), input, micros,
          baseline == null ? "-" : String.format(Locale.ROOT, "%.1f", score / baseline),
          bytes, size == 0 ? "-" : String.format(Locale.ROOT, "%.1f", bytes / size),
          size == 0 ? "-" : String.format(Locale.ROOT, "%.1f", micros * 1000 / size)));
    }
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  private static int size(String input) {
    if (input.isEmpty()) {
      return 0;
    }
    if (input.endsWith(".txt") || input.endsWith(".html") || input.endsWith(".pdf") || input.endsWith(".docx")) {
      return Inputs.bytes(input).length;
    }
    return AdversarialBenchmarks.text(input).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  private static double toMicros(RunResult run) {
    String unit = run.getPrimaryResult().getScoreUnit();
    return unit.startsWith("ms") ? 1000 : unit.startsWith("ns") ? 0.001 : 1;
  }

  private static String method(RunResult run) {
    return run.getParams().getBenchmark().replaceFirst(".*\\.", "");
  }

  private static String input(RunResult run) {
    String input = run.getParams().getParam("input");
    return input == null ? "" : input;
  }
}
