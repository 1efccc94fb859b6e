package io.github.govdisclosure.text.internal.narrative;

import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.text.internal.NormalForm;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import java.util.Objects;

/**
 * Reads the facts a report's narrative states: counts and shares restating table 3 and 4
 * ({@code 全年共收到信息公开申请35件}, {@code “予以公开”17件，占总数的48.57%}), totals with their
 * parts ({@code 全年共公开信息7784条，其中，政策文件及解读信息689条，…}) and the fee statement
 * ({@code 未收取政府信息公开信息处理费}).
 *
 * <p>The text is first normalised (line breaks inside a paragraph, page footers and spaces
 * dropped; full-width digits and punctuation mapped), then its numbers are found and each is
 * attached to the keyword just before it (or just after it). Every step is a bounded scan: the
 * reading is linear in the length of the text and never throws on content.
 */
public final class NarrativeReader {
  private final String source;
  private final LineIndex spans;
  /** The last text read, whose arrays the next read reuses. */
  private NormalForm last;
  /** The most characters a stretch reserved since the last read may need, or 0. */
  private int reserved;

  private NarrativeReader(String source, LineIndex spans) {
    this.source = source;
    this.spans = spans;
  }

  /**
   * A reader of many stretches of one source, one after another: the normalised copy of each
   * stretch reuses the arrays of the one before, sized by the lines {@code spans} (the line index
   * of {@code source}) counts in it. Not for use by several threads at once.
   *
   * @throws NullPointerException if {@code source} or {@code spans} is null
   */
  public static NarrativeReader of(String source, LineIndex spans) {
    return new NarrativeReader(Objects.requireNonNull(source, "source"), Objects.requireNonNull(spans, "spans"));
  }

  /**
   * Makes room for reading {@code source.substring(from, to)} later, so that a reader told every
   * stretch it will read before it reads any makes its arrays once, at the first read, as large as
   * the largest stretch needs.
   *
   * @throws IndexOutOfBoundsException if {@code from, to} is not a range of the source
   */
  public void reserve(int from, int to) {
    Objects.checkFromToIndex(from, to, source.length());
    reserved = Math.max(reserved, NormalForm.capacity(from, to, spans.starts(from, to)));
  }

  /**
   * Reads the facts stated in {@code source.substring(from, to)}, which belongs to {@code section}
   * ({@code null} if unknown). Spans refer to offsets in the source.
   *
   * @throws IndexOutOfBoundsException if {@code from, to} is not a range of the source
   */
  public NarrativeFacts read(int from, int to, Section section) {
    Objects.checkFromToIndex(from, to, source.length());
    if (reserved > 0) {
      last = NormalForm.reserve(source, reserved, last);
      reserved = 0;
    }
    NormalForm text = NormalForm.prose(source, from, to, spans.starts(from, to), last);
    last = text;
    return read(text, section, spans);
  }

  private static NarrativeFacts read(NormalForm text, Section section, LineIndex spans) {
    FigureReader figures = new FigureReader(text, Token.scan(text), section, spans);
    return new NarrativeFacts(
        figures.figures(), figures.breakdowns(), Fees.read(text, spans));
  }
}
