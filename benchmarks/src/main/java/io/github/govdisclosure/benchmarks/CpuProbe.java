package io.github.govdisclosure.benchmarks;

import com.sun.management.ThreadMXBean;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.text.DisclosureText;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Parse + check of each bundled text report beside its floor (decode as UTF-8, split into lines) in
 * one JVM, timed by the thread's CPU clock: the fastest of many rounds after a warm-up, and the exact
 * bytes allocated. On a shared or virtual machine, where JMH's wall-clock times vary by tens of per
 * cent, the fastest CPU time of a round is the steadier figure (docs/performance.md).
 *
 * <p>{@code java -cp benchmarks.jar io.github.govdisclosure.benchmarks.CpuProbe [ROUNDS]} (300 by
 * default) prints one line per input: µs of parse + check, µs of the floor, their ratio, and the
 * bytes allocated per report against the input's size. Run it twice: the optimising compiler's
 * choices, and so the times, differ from one JVM to the next.
 */
public final class CpuProbe {
  private static final List<String> INPUTS =
      List.of(Inputs.CANONICAL, Inputs.CRAWLER_2019, Inputs.CRAWLER, Inputs.MARKDOWN);
  private static final long WARM_UP_NANOS = 8_000_000_000L;

  private static long sink;

  private CpuProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the number of timed rounds (optional)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    ThreadMXBean clock = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    Rules rules = Rules.standard();
    for (String input : INPUTS) {
      byte[] bytes = Inputs.bytes(input);
      Runnable parseAndCheck = () -> sink += rules.check(DisclosureText.parse(bytes).getReport()).getFindings().size();
      Runnable floor = () -> sink += FloorRead.lines(bytes);
      long end = System.nanoTime() + WARM_UP_NANOS;
      while (System.nanoTime() < end) {
        parseAndCheck.run();
        floor.run();
      }
      long allocated = Long.MAX_VALUE;
      for (int r = 0; r < 5; r++) {
        long before = clock.getCurrentThreadAllocatedBytes();
        parseAndCheck.run();
        allocated = Math.min(allocated, clock.getCurrentThreadAllocatedBytes() - before);
      }
      double work = fastest(clock, rounds, parseAndCheck);
      double base = fastest(clock, rounds, floor);
      System.out.printf(Locale.ROOT, "%-24s parse+check %8.1f µs  floor %6.1f µs  ×%5.1f  alloc %9d B (×%5.1f input)%n",
          input, work, base, work / base, allocated, (double) allocated / bytes.length);
    }
  }

  /** The fastest round in µs of the thread's CPU time. */
  private static double fastest(ThreadMXBean clock, int rounds, Runnable run) {
    long best = Long.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long start = clock.getCurrentThreadCpuTime();
      run.run();
      best = Math.min(best, clock.getCurrentThreadCpuTime() - start);
    }
    return best / 1000.0;
  }
}
