package io.github.govdisclosure.html.internal;

import java.util.Arrays;

/**
 * Text in which every character remembers the range of the HTML source it came from: a character
 * decoded from {@code &nbsp;} covers the six source characters of the entity, a separator the
 * rendering adds (tab, line break) covers an empty range at a chosen source offset. Not API.
 */
public final class MappedText implements CharSequence {
  private final StringBuilder text;
  private int[] starts;
  private int[] ends;

  /** An empty text. */
  public MappedText() {
    this(64);
  }

  /** An empty text with room for {@code capacity} characters before it grows. */
  public MappedText(int capacity) {
    int room = Math.max(1, capacity);
    text = new StringBuilder(room);
    starts = new int[room];
    ends = new int[room];
  }

  /** Appends a character read from {@code [start, end)} of the source. */
  public MappedText append(char c, int start, int end) {
    int n = text.length();
    if (n == starts.length) {
      starts = Arrays.copyOf(starts, n * 2);
      ends = Arrays.copyOf(ends, n * 2);
    }
    text.append(c);
    starts[n] = start;
    ends[n] = Math.max(start, end);
    return this;
  }

  /** Appends a character the rendering adds, placed at a source offset. */
  public MappedText appendAt(char c, int at) {
    return append(c, at, at);
  }

  /** Appends another mapped text with its ranges. */
  public MappedText append(MappedText other) {
    return append(other, 0, other.length());
  }

  /** Appends characters {@code [from, to)} of another mapped text with their ranges. */
  public MappedText append(MappedText other, int from, int to) {
    int n = text.length();
    int count = to - from;
    if (n + count > starts.length) {
      int capacity = Math.max(starts.length * 2, n + count);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
    }
    text.append(other.text, from, to);
    System.arraycopy(other.starts, from, starts, n, count);
    System.arraycopy(other.ends, from, ends, n, count);
    return this;
  }

  /** The source offset where character {@code index} starts. */
  public int sourceStart(int index) {
    return starts[index];
  }

  /** The source offset just past character {@code index}. */
  public int sourceEnd(int index) {
    return ends[index];
  }

  /** Removes the last character. */
  public void removeLast() {
    text.setLength(text.length() - 1);
  }

  /** Removes every character, keeping the storage for the next use. */
  public void clear() {
    text.setLength(0);
  }

  /** Whether the text is empty. */
  @Override
  public boolean isEmpty() {
    return text.length() == 0;
  }

  /** The last character; the text must not be empty. */
  public char last() {
    return text.charAt(text.length() - 1);
  }

  /**
   * The source range {@code [start, end)} of rendering characters {@code [offset, offset+length)}:
   * from the start of the first to the end of the last; an empty range at the start of the
   * character at {@code offset} when {@code length} is 0. Offsets past the end clamp to the end.
   */
  public int[] sourceRange(int offset, int length) {
    int n = text.length();
    if (n == 0) {
      return new int[] {0, 0};
    }
    int first = Math.max(0, Math.min(offset, n - 1));
    if (offset >= n) {
      return new int[] {ends[n - 1], ends[n - 1]};
    }
    int start = starts[first];
    if (length <= 0) {
      return new int[] {start, start};
    }
    int last = Math.min(n - 1, offset + length - 1);
    int end = start;
    for (int i = first; i <= last; i++) {
      end = Math.max(end, ends[i]);
    }
    return new int[] {start, end};
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
