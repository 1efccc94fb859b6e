package io.github.govdisclosure.benchmarks;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.testkit.Renderings;
import io.github.govdisclosure.testkit.Reports;
import io.github.govdisclosure.testkit.Shape;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The batch run: writes N generated reports (testkit, all text shapes) as files, then audits them
 * with every core and prints reports/s, MB/s, the peak heap of the audit phase, and the ratio of
 * the audit's time to its floor: {@link FloorRead} over the same files with as many threads, run
 * in the same JVM just before.
 *
 * <p>{@code java -cp benchmarks.jar io.github.govdisclosure.benchmarks.BatchAudit N [DIR]}. Files
 * are read, parsed and checked one at a time per worker and only counters are kept, so memory
 * does not grow with N; run it with {@code -Xmx256m} to prove the heap bound.
 */
public final class BatchAudit {
  private BatchAudit() {}

  /** The audit of one file: parse, check with the standard rules; returns the verdict's name. */
  static Function<byte[], String> audit() {
    Rules rules = Rules.standard();
    return bytes -> {
      ParseResult result = DisclosureText.parse(bytes);
      return rules.check(result.getReport()).getVerdict().name();
    };
  }

  /** Runs the batch. */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("govdisclosure-batch");
    Files.createDirectories(dir);
    int threads = Runtime.getRuntime().availableProcessors();

    long written = write(n, dir, threads);
    System.out.printf(Locale.ROOT, "wrote %d reports (%.1f MB) to %s%n", n, written / 1e6, dir);

    List<Path> files = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      files.add(file(dir, i));
    }
    System.gc();
    long floorStart = System.nanoTime();
    FloorRead.read(files, threads);
    double floorSeconds = (System.nanoTime() - floorStart) / 1e9;
    System.out.printf(Locale.ROOT, "floor (read, decode, split into lines) of the same files with %d threads: %.2f s%n",
        threads, floorSeconds);

    System.gc();
    resetPeaks();
    LongAdder bytesRead = new LongAdder();
    java.util.concurrent.ConcurrentHashMap<String, LongAdder> verdicts = new java.util.concurrent.ConcurrentHashMap<>();
    Function<byte[], String> audit = audit();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    for (int t = 0; t < threads; t++) {
      pool.execute(() -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          try {
            byte[] bytes = Files.readAllBytes(files.get(i));
            bytesRead.add(bytes.length);
            verdicts.computeIfAbsent(audit.apply(bytes), k -> new LongAdder()).increment();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.DAYS);
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.printf(Locale.ROOT, "audited %d reports with %d threads in %.2f s: %.0f reports/s, %.1f MB/s%n",
        n, threads, seconds, n / seconds, bytesRead.sum() / 1e6 / seconds);
    System.out.printf(Locale.ROOT, "audit / floor: %.1f×%n", seconds / floorSeconds);
    System.out.printf(Locale.ROOT, "peak heap during the audit: %.1f MB (max heap %.0f MB)%n",
        peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    System.out.println("verdicts: " + verdicts);
  }

  private static long write(int n, Path dir, int threads) throws InterruptedException {
    AtomicLong total = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    Shape[] shapes = Shape.values();
    for (int t = 0; t < threads; t++) {
      pool.execute(() -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          SplittableRandom random = new SplittableRandom(i);
          Report report = Reports.consistent(random);
          String text = Renderings.render(report, shapes[i % shapes.length]).getText();
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          try {
            Files.createDirectories(file(dir, i).getParent());
            Files.write(file(dir, i), bytes);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          total.addAndGet(bytes.length);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.DAYS);
    return total.get();
  }

  private static Path file(Path dir, int i) {
    return dir.resolve(String.format(Locale.ROOT, "%03d/report-%07d.txt", i % 1000, i));
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
