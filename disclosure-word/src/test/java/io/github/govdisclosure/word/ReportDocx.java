package io.github.govdisclosure.word;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.TextFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Prints a report as a {@code .docx} the way agencies publish it: the title, the six section
 * headings with a line of narrative, and the standard tables in the official layout, taken from
 * {@code DisclosureText.format(report, TextFormat.HTML)} (the project's rendering of the template's
 * {@code rowspan}/{@code colspan}) and written as Word merges: {@code gridSpan} across columns,
 * {@code vMerge restart/continue} down rows.
 */
final class ReportDocx {
  private ReportDocx() {}

  /** Prints a report. */
  static byte[] render(Report report) {
    return render(report, UnaryOperator.identity());
  }

  /**
   * Prints a report with each cell's text turned into paragraphs by {@code paragraphs} (a label
   * wrapped over two paragraphs: {@code "（二）部分公开\n（区分处理的…）"}).
   */
  static byte[] render(Report report, UnaryOperator<String> paragraphs) {
    int year = report.getYear().orElse(2021);
    Element body = Jsoup.parse(DisclosureText.format(report, TextFormat.HTML)).body();
    try (XWPFDocument document = new XWPFDocument()) {
      for (Element e : body.children()) {
        switch (e.normalName()) {
          case "h1":
            paragraph(document, e.text());
            paragraph(document, "一、总体情况");
            paragraph(document, "本报告统计期限自" + year + "年1月1日至" + year + "年12月31日。");
            break;
          case "h2":
            paragraph(document, e.text());
            break;
          case "table":
            table(document, e, paragraphs);
            break;
          default:
            break;
        }
      }
      paragraph(document, "五、存在的主要问题及改进情况");
      paragraph(document, "本年度政府信息公开工作仍存在一些不足，下一步将持续改进。");
      paragraph(document, "六、其他需要报告的事项");
      paragraph(document, "本年度未收取信息处理费。");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void paragraph(XWPFDocument document, String text) {
    document.createParagraph().createRun().setText(text);
  }

  /** A cell of the HTML table at its first slot. */
  private record Origin(Element cell, int row, int col, int rowspan, int colspan) {}

  private static void table(XWPFDocument document, Element html, UnaryOperator<String> paragraphs) {
    Map<Long, Origin> slots = new HashMap<>();
    List<Element> rows = html.select("tr");
    int width = 0;
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (Element cell : rows.get(r).children()) {
        while (slots.containsKey(key(r, c))) {
          c++;
        }
        int rowspan = Math.max(1, parse(cell.attr("rowspan")));
        int colspan = Math.max(1, parse(cell.attr("colspan")));
        Origin origin = new Origin(cell, r, c, rowspan, colspan);
        for (int i = 0; i < rowspan; i++) {
          for (int j = 0; j < colspan; j++) {
            slots.put(key(r + i, c + j), origin);
          }
        }
        c += colspan;
        width = Math.max(width, c);
      }
    }
    XWPFTable table = document.createTable();
    table.removeRow(0);
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.insertNewTableRow(r);
      for (int c = 0; c < width; ) {
        Origin origin = slots.get(key(r, c));
        if (origin == null) {
          c++;
          continue;
        }
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr pr = cell.getCTTc().addNewTcPr();
        if (origin.colspan() > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(origin.colspan()));
        }
        if (origin.row() == r) {
          if (origin.rowspan() > 1) {
            pr.addNewVMerge().setVal(STMerge.RESTART);
          }
          String text = origin.cell().text();
          String[] parts = paragraphs.apply(text).split("\n");
          cell.setText(parts[0]);
          for (int i = 1; i < parts.length; i++) {
            cell.addParagraph().createRun().setText(parts[i]);
          }
        } else {
          pr.addNewVMerge().setVal(STMerge.CONTINUE);
          cell.setText("");
        }
        c += origin.colspan();
      }
    }
  }

  private static long key(int row, int col) {
    return ((long) row << 32) | col;
  }

  private static int parse(String number) {
    try {
      return number.isEmpty() ? 1 : Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Splits a long label in two paragraphs at its first full-width bracket or after eight characters. */
  static String wrapLabels(String text) {
    if (text.length() < 12 || text.chars().allMatch(ch -> ch < 0x80)) {
      return text;
    }
    int at = text.indexOf('（', 3);
    int cut = at > 0 ? at : 8;
    return text.substring(0, cut) + "\n" + text.substring(cut);
  }

  /** The paragraphs of each table row, for tests that assert the layout. */
  static List<String> rows(byte[] docx) {
    List<String> out = new ArrayList<>();
    for (String line : DisclosureWord.layoutText(docx).split("\n")) {
      if (line.indexOf('\t') >= 0) {
        out.add(line);
      }
    }
    return out;
  }
}
