package io.github.govdisclosure.benchmarks;

import io.github.govdisclosure.pdf.DisclosurePdf;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.word.DisclosureWord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PDF and Word readers, each next to its library's own plain text extraction of the same file
 * (the baseline: no reader that goes through the library can be faster): PDFBox's
 * {@link PDFTextStripper} on the published PDF of 洪泽区 (5 pages), POI's {@link XWPFWordExtractor}
 * on the canonical report printed as {@code .docx}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReaderBenchmarks {

  /** Which bundled file. */
  @Param({"2024_hongze-qzf.pdf", "2021_weiyuan-county.docx"})
  public String input;

  private byte[] bytes;

  /** Loads the file. */
  @Setup
  public void load() {
    bytes = Inputs.bytes(input);
  }

  /** The library opens the file and extracts its text in its own order: the floor. */
  @Benchmark
  public String baseline() throws IOException {
    if (input.endsWith(".pdf")) {
      try (PDDocument document = Loader.loadPDF(bytes)) {
        return new PDFTextStripper().getText(document);
      }
    }
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  /** The reader: geometry or table grid, the layout, the text parse. */
  @Benchmark
  public ParseResult read() {
    return input.endsWith(".pdf") ? DisclosurePdf.parse(bytes) : DisclosureWord.parse(bytes);
  }
}
