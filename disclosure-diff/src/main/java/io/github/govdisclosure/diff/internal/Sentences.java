package io.github.govdisclosure.diff.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.github.govdisclosure.diff.SectionDiff;
import io.github.govdisclosure.diff.SentenceEdit;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import java.util.ArrayList;
import java.util.List;

/** The narrative sections of two reports, split into sentences and diffed. Not API. */
public final class Sentences {
  private Sentences() {}

  /** The sections with text in either report, in section order. */
  public static List<SectionDiff> diff(Report older, Report newer) {
    List<SectionDiff> sections = new ArrayList<>();
    for (Section section : Section.values()) {
      List<String> before = split(older.getSections().getOrDefault(section, ""));
      List<String> after = split(newer.getSections().getOrDefault(section, ""));
      if (!before.isEmpty() || !after.isEmpty()) {
        sections.add(SectionDiff.of(section, edits(before, after)));
      }
    }
    return List.copyOf(sections);
  }

  /** The alignment of two lists of sentences, equal runs included. */
  static List<SentenceEdit> edits(List<String> before, List<String> after) {
    List<SentenceEdit> edits = new ArrayList<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(before, after, true).getDeltas()) {
      SentenceEdit.Kind kind;
      switch (delta.getType()) {
        case EQUAL:
          kind = SentenceEdit.Kind.EQUAL;
          break;
        case DELETE:
          kind = SentenceEdit.Kind.DELETED;
          break;
        case INSERT:
          kind = SentenceEdit.Kind.INSERTED;
          break;
        default:
          kind = SentenceEdit.Kind.CHANGED;
      }
      edits.add(SentenceEdit.of(kind, delta.getSource().getLines(), delta.getTarget().getLines()));
    }
    return List.copyOf(edits);
  }

  /** Sentences ending at 。！？ (full-width or ASCII) or a line break, trimmed, empty ones dropped. */
  static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
      if (end || c == '\n' || c == '\r') {
        add(sentences, text.substring(start, end ? i + 1 : i));
        start = i + 1;
      }
    }
    add(sentences, text.substring(start));
    return sentences;
  }

  private static void add(List<String> sentences, String sentence) {
    String trimmed = sentence.strip();
    if (!trimmed.isEmpty()) {
      sentences.add(trimmed);
    }
  }
}
