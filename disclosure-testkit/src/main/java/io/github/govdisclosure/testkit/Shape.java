package io.github.govdisclosure.testkit;

/** The shape of a text rendering: how the tables' cells are laid out in the text. */
public enum Shape {
  /**
   * A web page flattened to text, the canonical shape of the seed report: every non-empty cell
   * followed by {@code " |"} and a line break, empty cells as bare {@code |} runs, rows not
   * delimited, the last cell of a table without a pipe.
   */
  PIPE,
  /** One cell per line, no separators; empty cells dropped. */
  LINES,
  /** One table row per line, the row's non-empty cells (a label, then its values) separated by tabs. */
  TABS,
  /**
   * GitHub tables as PDF-to-Markdown conversion writes them: {@code | a | b |} rows, a
   * {@code |---|} line after the first row of each table.
   */
  MARKDOWN,
  /**
   * Crawler text: the whole report on one line, headings, text and cells run together without
   * separators ({@code 一、本年新收政府信息公开申请数量640020470二、…}).
   */
  CRAWLER
}
