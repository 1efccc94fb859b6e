package io.github.govdisclosure.text;

/**
 * A reader of one published file format (a saved web page, a PDF, a Word document) into a report,
 * found by {@link java.util.ServiceLoader}. {@link DisclosureText#read(java.nio.file.Path)} chooses
 * the reader by the file's content, never by its name.
 *
 * <p>A module provides a reader with {@code provides io.github.govdisclosure.text.ReportReader with
 * …;} in its {@code module-info.java} (and, for the class path, a line in
 * {@code META-INF/services/io.github.govdisclosure.text.ReportReader}). The library's own readers
 * are in {@code disclosure-html}, {@code disclosure-pdf} and {@code disclosure-word}: putting the
 * module on the class or module path is all it takes.
 *
 * <p>Implementations are stateless and thread-safe, and like {@link DisclosureText#parse(String)}
 * never throw on content: what they cannot read is a diagnostic of the result, and a reader that
 * gives up says so in one ERROR diagnostic (so that no verdict is CONSISTENT after a failed read).
 */
public interface ReportReader {

  /**
   * The format's short name, lower case: {@code html}, {@code pdf}, {@code docx};
   * {@link ParseResult#getFormat()} of what the reader returns.
   */
  String format();

  /**
   * Whether content is of this reader's format, judged from its first bytes only (at most
   * 8 KiB, fewer for a short file): magic bytes or markup.
   *
   * @param head the first bytes of the content
   */
  boolean recognizes(byte[] head);

  /**
   * Reads a whole file's content into a report, within the options' limits; never throws on
   * content.
   *
   * @param content the file's bytes
   * @param options the limits of the read
   * @return the report and what the reader noticed, with {@link ParseResult#getFormat()} set to
   *     {@link #format()}
   */
  ParseResult read(byte[] content, ParseOptions options);
}
