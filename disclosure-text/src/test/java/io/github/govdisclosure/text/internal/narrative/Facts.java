package io.github.govdisclosure.text.internal.narrative;

import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helpers: read a text, render facts compactly so that expectations fit on a line. */
final class Facts {
  private Facts() {}

  static NarrativeFacts read(String text) {
    return NarrativeReader.of(text, new LineIndex(text)).read(0, text.length(), null);
  }

  static NarrativeFacts read(String text, int from, int to) {
    return NarrativeReader.of(text, new LineIndex(text)).read(from, to, null);
  }

  /** {@code DISCLOSED 17 48.57}: quantity, count or -, percent as written (its scale shows) or -. */
  static String render(StatedFigure f) {
    String count = f.getCount().isPresent() ? Long.toString(f.getCount().getAsLong()) : "-";
    String percent = f.getPercent().map(p -> p.toPlainString()).orElse("-");
    return f.getQuantity().key() + " " + count + " " + percent;
  }

  /** {@code 7784 = [689, 3799] complete}. */
  static String render(StatedBreakdown b) {
    return b.getTotal() + " = " + b.getParts() + (b.isComplete() ? " complete" : " examples");
  }

  static List<String> figures(NarrativeFacts facts) {
    return facts.figures().stream().map(Facts::render).toList();
  }

  static List<String> breakdowns(NarrativeFacts facts) {
    return facts.breakdowns().stream().map(Facts::render).toList();
  }

  static String resource(String name) {
    try (InputStream in = Facts.class.getResourceAsStream("/narrative/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
