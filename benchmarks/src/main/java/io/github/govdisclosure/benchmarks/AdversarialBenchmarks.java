package io.github.govdisclosure.benchmarks;

import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
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

/**
 * Hostile inputs: their parse cost per byte must stay within a small factor of the canonical
 * example's ({@link BenchmarkMain} prints ns per input byte for every parse result).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AdversarialBenchmarks {

  /** Which hostile input. */
  @Param({"MILLION_PIPES", "MILLION_DIGITS", "REPEATED_LABELS", "TEN_MB_LINE", "DEEP_BRACKETS"})
  public String input;

  private byte[] bytes;

  /** Builds the input once. */
  @Setup
  public void build() {
    bytes = text(input).getBytes(StandardCharsets.UTF_8);
  }

  /** The whole parse of the hostile input. */
  @Benchmark
  public ParseResult parse() {
    return DisclosureText.parse(bytes);
  }

  /** The hostile inputs of the reliability issue, each inside table 3 of a minimal report. */
  static String text(String kind) {
    String head = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n";
    String tail = "\n五、存在的主要问题及改进情况\n无。\n";
    switch (kind) {
      case "MILLION_PIPES":
        return head + "|".repeat(1_000_000) + tail;
      case "MILLION_DIGITS":
        return head + "7".repeat(1_000_000) + tail;
      case "REPEATED_LABELS": {
        StringBuilder labels = new StringBuilder();
        for (ApplicationRow row : ApplicationRow.values()) {
          labels.append(row.label()).append(" 1 |\n");
        }
        return head + labels.toString().repeat(4_000) + tail;
      }
      case "TEN_MB_LINE":
        return head + "政府信息公开".repeat(10 * 1024 * 1024 / 18) + tail;
      case "DEEP_BRACKETS":
        return head + "（".repeat(100_000) + "1" + "）".repeat(100_000) + tail;
      default:
        throw new IllegalArgumentException(kind);
    }
  }
}
