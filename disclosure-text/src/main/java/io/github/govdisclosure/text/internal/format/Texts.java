package io.github.govdisclosure.text.internal.format;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.Provenance;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.text.TextFormat;

/** Texts every syntax prints: cell tokens, labels, the title, the "no table" note. */
final class Texts {
  /** Printed where a table the report lacks would be. */
  static final String NO_TABLE = "（本报告未提供此表）";
  /** The title's fixed part. */
  static final String REPORT = "政府信息公开工作年度报告";

  private Texts() {}

  /**
   * A cell's token as written: the raw token, followed by its annotation in full-width brackets
   * when the raw token does not already carry it; the missing mark for a missing cell.
   */
  static String token(Cell cell, String missingMark) {
    return oneLine(written(cell, missingMark));
  }

  /** Like {@link #token} but keeping any line break the token has. */
  static String written(Cell cell, String missingMark) {
    switch (cell.getKind()) {
      case MISSING:
        return missingMark;
      case BLANK:
        return "";
      default:
        break;
    }
    String raw = cell.getRaw();
    if (raw.isEmpty() && cell.getValue().isPresent()) {
      raw = cell.getValue().get().toPlainString() + cell.getUnit().map(u -> u.symbol()).orElse("");
    }
    if (cell.getNote().isPresent() && !raw.contains(cell.getNote().get())) {
      raw = raw + "（" + cell.getNote().get() + "）";
    }
    return raw;
  }

  /**
   * The mark PLAIN and MARKDOWN print right after a cell the reader did not read as written, like
   * a footnote mark: {@code *} for a value split out of a digit run by the format's sums,
   * {@code ~} for one placed by a guess; empty for a cell read as written.
   */
  static String mark(Cell cell) {
    switch (cell.getProvenance()) {
      case SPLIT:
        return "*";
      case GUESSED:
        return "~";
      default:
        return "";
    }
  }

  /**
   * The legend line printed under a table whose cells carry {@linkplain #mark marks}, naming only
   * the marks used; {@code null} when no cell of the table carries one.
   */
  static String legend(StandardTable table) {
    boolean split = false;
    boolean guessed = false;
    for (Cell cell : table.getCells().values()) {
      split |= cell.getProvenance() == Provenance.SPLIT;
      guessed |= cell.getProvenance() == Provenance.GUESSED;
    }
    if (!split && !guessed) {
      return null;
    }
    StringBuilder legend = new StringBuilder("注：");
    if (split) {
      legend.append("* 由连写的数字按表内合计拆分（split by the sums）");
    }
    if (guessed) {
      legend.append(split ? "；" : "").append("~ 推测放置，请核对原文（guessed: check the source）");
    }
    return legend.toString();
  }

  /** An official label, with ASCII punctuation when the format asks for it. */
  static String label(String label, TextFormat format) {
    if (!format.isAsciiPunctuation()) {
      return label;
    }
    StringBuilder text = null;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      char ascii;
      switch (c) {
        case '（':
          ascii = '(';
          break;
        case '）':
          ascii = ')';
          break;
        case '：':
          ascii = ':';
          break;
        case '，':
          ascii = ',';
          break;
        default:
          ascii = c;
      }
      if (ascii != c && text == null) {
        text = new StringBuilder(label.length()).append(label, 0, i);
      }
      if (text != null) {
        text.append(ascii);
      }
    }
    return text == null ? label : text.toString();
  }

  /** Text written by someone else (a token, an extra row's label) on one line. */
  static String oneLine(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    StringBuilder line = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      line.append(c == '\r' || c == '\n' ? ' ' : c);
    }
    return line.toString();
  }

  /**
   * The title {@code <agency><year>年政府信息公开工作年度报告}, or null when the report has neither
   * agency nor year.
   */
  static String title(Report report) {
    if (report.getAgency().isEmpty() && report.getYear().isEmpty()) {
      return null;
    }
    StringBuilder title = new StringBuilder();
    report.getAgency().ifPresent(agency -> title.append(oneLine(agency)));
    report.getYear().ifPresent(year -> title.append(year).append('年'));
    return title.append(REPORT).toString();
  }
}
