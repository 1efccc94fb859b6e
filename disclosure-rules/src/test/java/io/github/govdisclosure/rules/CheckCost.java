package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.Report;
import java.lang.reflect.Method;
import java.util.function.Supplier;

/**
 * A measurement run by hand, not a test: microseconds and bytes allocated per call of
 * {@code Rules.standard().check} and {@code validate} on the canonical example. Allocation is
 * deterministic and the main guide; time is the minimum of several rounds (the machine is shared).
 *
 * <pre>{@code
 * java -cp target/test-classes:target/classes:<deps> io.github.govdisclosure.rules.CheckCost [rounds]
 * }</pre>
 */
final class CheckCost {
  // by reflection: the test classes are patched into the rules module, which reads neither
  // java.management nor jdk.management
  private static final Object THREADS;
  private static final Method ALLOCATED;

  static {
    try {
      THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      ALLOCATED = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static long allocated(long thread) {
    try {
      return (Long) ALLOCATED.invoke(THREADS, thread);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private CheckCost() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Report report = Fixtures.weiyuan();
    Rules rules = Rules.standard();
    measure("check", rounds, () -> rules.check(report));
    measure("validate", rounds, () -> rules.validate(report));
    jakarta.validation.Validator validator = io.github.govdisclosure.rules.internal.ValidationAdapter.defaultValidator();
    measure("hv.validate", rounds, () -> validator.validate(report));
    measure("check+render", rounds, () -> rules.check(report).render(java.util.Locale.ENGLISH));
  }

  private static void measure(String name, int rounds, Supplier<Object> call) {
    int perRound = 2_000;
    Object sink = null;
    for (int i = 0; i < 5 * perRound; i++) {
      sink = call.get();
    }
    double bestMicros = Double.MAX_VALUE;
    long bestBytes = Long.MAX_VALUE;
    long thread = Thread.currentThread().getId();
    for (int r = 0; r < rounds; r++) {
      long bytes = allocated(thread);
      long start = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        sink = call.get();
      }
      long nanos = System.nanoTime() - start;
      bytes = allocated(thread) - bytes;
      bestMicros = Math.min(bestMicros, nanos / 1000.0 / perRound);
      bestBytes = Math.min(bestBytes, bytes / perRound);
    }
    System.out.printf("%-14s %9.1f us/op %10d B/op   (%s)%n", name, bestMicros, bestBytes,
        sink == null ? "" : sink.getClass().getSimpleName());
  }
}
