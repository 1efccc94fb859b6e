package io.github.govdisclosure.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Denominator;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Percentages;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.TextFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The public APIs are thread-safe: parsing and checking the corpus from 8 threads at once, several
 * rounds, gives exactly what one thread gives (diagnostics, report, findings in both locales,
 * verdicts, recomputed shares, formatted tables), with the rule sets shared between threads.
 */
class ConcurrencyTest {
  private static final List<String> FILES = Corpus.TEXTS;
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;
  /** Shared by every thread, like an application's one configured rule set. */
  private static final Rules BLANKS_AS_ZERO = Rules.builder().blanksAsZero(true).build();

  /** Everything observable about one file's parse and check. */
  record Outcome(List<String> diagnostics, Report report, String charset, String findingsEnglish,
      String findingsChinese, String verdict, String blanksAsZeroFindings, List<String> recomputed,
      String shares, String pipe) {}

  private static Outcome outcome(byte[] bytes) {
    ParseResult parsed = DisclosureText.parse(bytes);
    Report report = parsed.getReport();
    List<String> diagnostics = new ArrayList<>();
    for (Diagnostic d : parsed.getDiagnostics()) {
      diagnostics.add(d.render());
    }
    CheckResult checked = Rules.standard().check(report);
    List<String> recomputed = new ArrayList<>();
    for (Finding f : Percentages.recompute(report)) {
      recomputed.add(f.render());
    }
    String shares = report.getApplications()
        .flatMap(t -> Percentages.over(Denominator.NEW_RECEIVED_PLUS_CARRIED_FROM_LAST_YEAR).withLargestRemainder(true)
            .breakdown(t))
        .map(Object::toString).orElse("none");
    return new Outcome(diagnostics, report, parsed.getCharset(), checked.render(Locale.ENGLISH),
        checked.render(Locale.CHINESE), checked.getVerdict().toString(),
        BLANKS_AS_ZERO.check(report).render(Locale.ENGLISH), recomputed, shares,
        DisclosureText.format(report, TextFormat.PIPE));
  }

  @Test
  void eightThreadsParseAndCheckTheCorpusExactlyAsOneThreadDoes() throws Exception {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    Map<String, Outcome> expected = new LinkedHashMap<>();
    for (String file : FILES) {
      inputs.put(file, Corpus.bytes(file));
      expected.put(file, outcome(inputs.get(file)));
    }
    assertThat(expected.get("2021_weiyuan-county.txt").verdict()).isEqualTo("CONSISTENT");
    assertThat(expected.get("2020_pingtan-zrz.txt").verdict()).isEqualTo("INCONSISTENT");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      Random random = new Random(20240601L);
      int compared = 0;
      for (int round = 0; round < ROUNDS; round++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Map<String, Outcome>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          List<String> order = new ArrayList<>(FILES);
          Collections.shuffle(order, new Random(random.nextLong()));
          futures.add(pool.submit(() -> {
            start.await();
            Map<String, Outcome> seen = new LinkedHashMap<>();
            for (String file : order) {
              seen.put(file, outcome(inputs.get(file)));
            }
            return seen;
          }));
        }
        start.countDown();
        for (Future<Map<String, Outcome>> future : futures) {
          Map<String, Outcome> seen = future.get(10, TimeUnit.MINUTES);
          for (String file : FILES) {
            assertThat(seen.get(file)).as("round %d, %s", round, file).isEqualTo(expected.get(file));
            compared++;
          }
        }
      }
      assertThat(compared).isEqualTo(ROUNDS * THREADS * FILES.size());
    } finally {
      pool.shutdownNow();
    }
  }
}
