package io.github.govdisclosure.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The floor of an audit: a plain Java program that finds the same files, reads each, decodes it
 * as UTF-8 and splits it into lines, with as many threads as the audit, and nothing else. No
 * reader of these files can take less; the command line's {@code audit} is measured against it.
 *
 * <p>{@code java -cp benchmarks.jar io.github.govdisclosure.benchmarks.FloorRead DIR} prints the
 * files, bytes and lines it read and its wall time. Run it from a cold
 * JVM beside {@code java -jar govdisclosure-examples.jar audit DIR} (docs/performance.md).
 */
public final class FloorRead {
  private FloorRead() {}

  /** What no reader can skip: decode the bytes as UTF-8 and split the text into lines; the line count. */
  static long lines(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).lines().count();
  }

  /** Every regular file under a folder, in a stable order. */
  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }

  /** Reads every file with {@code threads} threads; returns {bytes, lines}. */
  static long[] read(List<Path> files, int threads) throws InterruptedException {
    LongAdder bytes = new LongAdder();
    LongAdder lines = new LongAdder();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    for (int t = 0; t < threads; t++) {
      pool.execute(() -> {
        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
          try {
            byte[] read = Files.readAllBytes(files.get(i));
            bytes.add(read.length);
            lines.add(lines(read));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.DAYS);
    return new long[] {bytes.sum(), lines.sum()};
  }

  /** Runs the floor over a folder. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: FloorRead DIR");
      System.exit(3);
    }
    long start = System.nanoTime();
    Path path = Path.of(args[0]);
    if (Files.isRegularFile(path)) {
      // one file: the main thread, no executor, no stream (what a JVM that only reads the file does)
      byte[] bytes = Files.readAllBytes(path);
      long lines = lines(bytes);
      System.out.println("floor: read 1 file (" + bytes.length + " bytes, " + lines + " lines) in "
          + (System.nanoTime() - start) / 1_000_000 + " ms");
      return;
    }
    List<Path> files = files(path);
    int threads = Runtime.getRuntime().availableProcessors();
    long[] read = read(files, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    // the process's CPU time and memory are for the caller to measure (GNU time): asking the
    // management beans here would load more classes than the floor itself
    System.out.printf(Locale.ROOT, "floor: read %d files (%.1f MB, %d lines) with %d threads in %.3f s%n",
        files.size(), read[0] / 1e6, read[1], threads, seconds);
  }
}
