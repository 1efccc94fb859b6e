package io.github.govdisclosure.text.internal;

import io.github.govdisclosure.text.ReportReader;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The {@link ReportReader}s on the class and module path, loaded once. Not API. */
public final class Readers {
  private Readers() {}

  private static final class Holder {
    static final List<ReportReader> ALL = load();
  }

  private static List<ReportReader> load() {
    List<ReportReader> readers = new ArrayList<>();
    for (ReportReader reader : ServiceLoader.load(ReportReader.class, ReportReader.class.getClassLoader())) {
      readers.add(reader);
    }
    return List.copyOf(readers);
  }

  /** Every reader found, in the order the service loader found them. */
  public static List<ReportReader> all() {
    return Holder.ALL;
  }

  /** The first reader that recognises the content, or {@code null}. */
  public static ReportReader forContent(byte[] head) {
    for (ReportReader reader : all()) {
      if (reader.recognizes(head)) {
        return reader;
      }
    }
    return null;
  }
}
