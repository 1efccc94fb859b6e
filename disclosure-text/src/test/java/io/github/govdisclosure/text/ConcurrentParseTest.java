package io.github.govdisclosure.text;

import io.github.govdisclosure.fixtures.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Parses on many threads at once give the results of parses one after another. */
class ConcurrentParseTest {

  @Test
  void givesTheSameResultsOnManyThreads() throws Exception {
    List<ParseResult> sequential = new ArrayList<>();
    for (String file : Corpus.TEXTS) {
      sequential.add(DisclosureText.parse(Corpus.bytes(file)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ParseResult>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String file : Corpus.TEXTS) {
          futures.add(pool.submit(() -> DisclosureText.parse(Corpus.bytes(file))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % Corpus.TEXTS.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
