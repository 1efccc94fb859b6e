package io.github.govdisclosure.word.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The lines of a {@code .docx} body in document order: a paragraph is a line; a table row is a line
 * of the cells that start in it, separated by a tab, as the table grid has them: a cell spanning
 * columns ({@code gridSpan}) is one field, a cell continuing a vertical merge ({@code vMerge}
 * without {@code restart}) adds no field, an empty cell is an empty field, and rows without text
 * are left out (as the HTML reader renders a table). A cell's paragraphs are one field, joined
 * without a space between Chinese characters. Headers and footers (page furniture) are not read.
 * Not API.
 */
record DocxLayout(String text, List<String> origins) {

  static DocxLayout of(XWPFDocument document) {
    StringBuilder text = new StringBuilder();
    List<String> origins = new ArrayList<>();
    int paragraphs = 0;
    int tables = 0;
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph) {
        paragraphs++;
        String line = ((XWPFParagraph) element).getText().replace('\n', ' ').replace('\r', ' ').strip();
        if (!line.isEmpty()) {
          text.append(line).append('\n');
          origins.add("paragraph " + paragraphs);
        }
      } else if (element instanceof XWPFTable) {
        tables++;
        int r = 0;
        for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
          r++;
          String line = row(row);
          if (!line.isEmpty()) {
            text.append(line).append('\n');
            origins.add("table " + tables + ", row " + r);
          }
        }
      } else if (element instanceof XWPFSDT) {
        for (String line : ((XWPFSDT) element).getContent().getText().split("\n")) {
          if (!line.isBlank()) {
            text.append(line.strip()).append('\n');
            origins.add("content control after paragraph " + paragraphs);
          }
        }
      }
    }
    return new DocxLayout(text.toString(), List.copyOf(origins));
  }

  /** A row's fields, or the empty string when none holds text. */
  private static String row(XWPFTableRow row) {
    StringBuilder line = new StringBuilder();
    boolean any = false;
    int fields = 0;
    for (XWPFTableCell cell : row.getTableCells()) {
      if (continuesMerge(cell)) {
        continue;
      }
      if (fields++ > 0) {
        line.append('\t');
      }
      String text = cellText(cell);
      any |= !text.isEmpty();
      line.append(text);
    }
    return any ? line.toString() : "";
  }

  /** Whether a cell continues a vertical merge (or a legacy horizontal one) and so adds no field. */
  private static boolean continuesMerge(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr == null) {
      return false;
    }
    if (pr.isSetVMerge()) {
      CTVMerge merge = pr.getVMerge();
      if (merge.getVal() == null || merge.getVal() == STMerge.CONTINUE) {
        return true;
      }
    }
    return pr.isSetHMerge() && (pr.getHMerge().getVal() == null || pr.getHMerge().getVal() == STMerge.CONTINUE);
  }

  /** How many grid columns a cell spans. */
  static int span(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
      return 1;
    }
    BigInteger v = pr.getGridSpan().getVal();
    return Math.max(1, v.intValue());
  }

  /** A cell's paragraphs as one field: tabs and line breaks are spaces, Chinese joins without one. */
  static String cellText(XWPFTableCell cell) {
    StringBuilder b = new StringBuilder();
    for (XWPFParagraph p : cell.getParagraphs()) {
      append(b, p.getText());
    }
    for (XWPFTable nested : cell.getTables()) {
      for (XWPFTableRow row : nested.getRows()) {
        for (XWPFTableCell inner : row.getTableCells()) {
          append(b, cellText(inner));
        }
      }
    }
    return b.toString();
  }

  private static void append(StringBuilder b, String raw) {
    String text = raw.replaceAll("[\\t\\n\\r\\u000B]+", " ").strip();
    if (text.isEmpty()) {
      return;
    }
    if (b.length() > 0 && !wide(b.codePointBefore(b.length())) && !wide(text.codePointAt(0))) {
      b.append(' ');
    }
    b.append(text);
  }

  /** Whether a code point is written without spaces around it in Chinese text. */
  private static boolean wide(int cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF)
        || (cp >= 0x2010 && cp <= 0x201F) || cp >= 0x20000;
  }
}
