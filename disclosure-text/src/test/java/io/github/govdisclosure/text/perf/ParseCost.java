package io.github.govdisclosure.text.perf;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.text.DisclosureText;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * Hand-run measurement of {@link DisclosureText#parse(byte[])}: bytes allocated per parse (exact,
 * from the thread's allocation counter) and the fastest of several timing rounds, next to a
 * baseline that only decodes the bytes and walks their lines. Not a test: run its {@code main}
 * (argument: rounds, default 7). Prints one line per corpus input.
 */
final class ParseCost {
  private static final String[] INPUTS = {
    "2021_weiyuan-county.txt", "2019_pingtan.txt", "2021_pingtan.txt", "2025_shanghai-bgt.txt"
  };

  // reached by reflection: the module under test does not read java.management
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

  private static long sink;

  private ParseCost() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("loop")) {
      // for a profiler: parses one input over and over for some seconds
      byte[] bytes = read(args[1]);
      long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
      while (System.nanoTime() < end) {
        parse(bytes);
      }
      return;
    }
    if (args.length == 1 && args[0].equals("decode")) {
      for (String name : INPUTS) {
        byte[] bytes = read(name);
        for (int i = 0; i < 2000; i++) {
          sink += io.github.govdisclosure.text.internal.Charsets.decode(bytes).text().length();
          sink += new String(bytes, StandardCharsets.UTF_8).length();
        }
        System.out.printf("%-26s decode %6.1f us  jdk %6.1f us%n", name,
            fastest(100, () -> sink += io.github.govdisclosure.text.internal.Charsets.decode(bytes).text().length()),
            fastest(100, () -> sink += new String(bytes, StandardCharsets.UTF_8).length()));
      }
      return;
    }
    if (args.length == 1 && args[0].equals("phases")) {
      io.github.govdisclosure.text.internal.shared.LineIndex sp = new io.github.govdisclosure.text.internal.shared.LineIndex("a\nb 35 0 120");
      io.github.govdisclosure.text.internal.Sink sk = new io.github.govdisclosure.text.internal.Sink();
      System.out.println("cell 35: " + allocated(() -> sink += io.github.govdisclosure.text.internal.table.CellReader.read("35", 4, 2, sp, sk).hashCode())
          + " cell 0: " + allocated(() -> sink += io.github.govdisclosure.text.internal.table.CellReader.read("0", 7, 1, sp, sk).hashCode())
          + " cell 120: " + allocated(() -> sink += io.github.govdisclosure.text.internal.table.CellReader.read("120", 9, 3, sp, sk).hashCode()));
      for (String name : INPUTS) {
        byte[] bytes = read(name);
        String text = io.github.govdisclosure.text.internal.Charsets.decode(bytes).text();
        System.out.printf("%-26s decode %7d  lines %6d  norm %6d  parse(String) %7d  parse(byte[]) %7d%n", name,
            allocated(() -> sink += io.github.govdisclosure.text.internal.Charsets.decode(bytes).text().length()),
            allocated(() -> sink += new io.github.govdisclosure.text.internal.shared.LineIndex(text).hashCode()),
            allocated(() -> sink += io.github.govdisclosure.text.internal.NormalForm.labels(text, 0, text.length()).length()),
            allocated(() -> sink += io.github.govdisclosure.text.internal.ReportParser.parse(text,
                new io.github.govdisclosure.text.internal.shared.LineIndex(text),
                new io.github.govdisclosure.text.internal.Sink()).hashCode()),
            allocated(() -> parse(bytes)));
      }
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    System.out.printf("%-26s %7s %10s %6s %9s %9s %6s%n", "input", "bytes", "alloc B/op", "x in",
        "parse us", "base us", "ratio");
    for (String name : INPUTS) {
      byte[] bytes = read(name);
      for (int i = 0; i < 300; i++) {
        parse(bytes);
        baseline(bytes);
      }
      long alloc = allocated(() -> parse(bytes));
      double parse = fastest(rounds, () -> parse(bytes));
      double base = fastest(rounds, () -> baseline(bytes));
      System.out.printf("%-26s %7d %10d %6.1f %9.1f %9.1f %6.1f%n", name, bytes.length, alloc,
          (double) alloc / bytes.length, parse, base, parse / base);
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static void parse(byte[] bytes) {
    sink += DisclosureText.parse(bytes).getDiagnostics().size();
  }

  private static void baseline(byte[] bytes) {
    new String(bytes, StandardCharsets.UTF_8).lines().forEach(line -> sink += line.length());
  }

  private static long threadAllocated(long id) {
    try {
      return (Long) ALLOCATED.invoke(THREADS, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long allocated(Runnable run) {
    long id = Thread.currentThread().getId();
    run.run();
    long min = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long before = threadAllocated(id);
      run.run();
      min = Math.min(min, threadAllocated(id) - before);
    }
    return min;
  }

  /** The fastest round, in microseconds per operation. */
  private static double fastest(int rounds, Runnable run) {
    double best = Double.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      int ops = 20;
      long start = System.nanoTime();
      for (int i = 0; i < ops; i++) {
        run.run();
      }
      best = Math.min(best, (System.nanoTime() - start) / 1000.0 / ops);
    }
    return best;
  }

  private static byte[] read(String name) {
    return Corpus.bytes(name);
  }
}
