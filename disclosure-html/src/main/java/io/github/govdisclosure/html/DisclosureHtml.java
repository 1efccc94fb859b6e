package io.github.govdisclosure.html;

import io.github.govdisclosure.html.internal.HtmlReader;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseException;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads annual reports published as web pages (saved HTML) into a {@link Report}.
 *
 * <p>The page is read the way a person reads it: the report body is found inside the site's
 * navigation, scripts and footers; tables are expanded into grids ({@code rowspan},
 * {@code colspan}); Word-exported markup ({@code <o:p>}, labels split over several
 * {@code <span>}s, {@code &nbsp;} cells, {@code <br>} in header cells) is reduced to the text it
 * shows. That text is then read by {@link DisclosureText#parse(String)}, with the same diagnostics
 * and the same blank-is-not-zero cells; every position in the result (diagnostics, cell spans,
 * stated figures) is moved back to the HTML source, as line and column in code points.
 *
 * <p>The parse methods are forgiving: they never throw on content. The strict variants throw a
 * {@link ParseException} carrying the diagnostics when one of them is an error.
 *
 * <pre>{@code
 * ParseResult result = DisclosureHtml.parse(Path.of("2023_shuyang-fgj.html"));
 * result.getReport().getApplications().get().get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
 * result.getDiagnostics().forEach(d -> System.out.println(d.render())); // <412:7> ...
 * }</pre>
 */
public final class DisclosureHtml {
  private static final HtmlReader READER = new HtmlReader(DisclosureText::parse);

  private DisclosureHtml() {}

  /** Parses a page already decoded; {@link ParseResult#getCharset()} is {@code UTF-8}. */
  public static ParseResult parse(String html) {
    Objects.requireNonNull(html, "html");
    return READER.read(html);
  }

  /**
   * Parses a page's bytes. The charset is taken from a byte order mark, else from a
   * {@code <meta charset>} or {@code http-equiv} declaration in the first 1024 bytes, else UTF-8
   * when the bytes are valid UTF-8, else GB18030 (which reads GBK and GB2312); GBK and GB2312
   * declarations are read as GB18030. A charset other than UTF-8 is reported by an INFO
   * diagnostic {@code HTML-CHARSET}.
   */
  public static ParseResult parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return READER.read(bytes);
  }

  /** Parses a stream to its end, detecting the charset as {@link #parse(byte[])} does; the stream is not closed. */
  public static ParseResult parse(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return parse(in.readAllBytes());
  }

  /** Parses a saved page, detecting the charset as {@link #parse(byte[])} does. */
  public static ParseResult parse(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return parse(Files.readAllBytes(file));
  }

  /**
   * Parses a page already decoded.
   *
   * @throws ParseException if any diagnostic is an error
   */
  public static Report parseStrict(String html) {
    return parse(html).strictReport();
  }

  /**
   * Parses a page's bytes, detecting the charset as {@link #parse(byte[])} does.
   *
   * @throws ParseException if any diagnostic is an error
   */
  public static Report parseStrict(byte[] bytes) {
    return parse(bytes).strictReport();
  }
}
