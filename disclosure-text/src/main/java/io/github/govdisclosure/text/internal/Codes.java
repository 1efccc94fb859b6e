package io.github.govdisclosure.text.internal;

/**
 * The stable diagnostic codes of the parser (documented for users in {@code docs/diagnostics.md}).
 * A code never changes meaning once released. Not API: the codes are, this class is not.
 */
public final class Codes {
  private Codes() {}

  /** ERROR: the input is larger than the limit; only its first characters are read. */
  public static final String INPUT_TOO_LARGE = "TEXT-INPUT-TOO-LARGE";
  /**
   * ERROR: the text is the markup of a web page; no number is read out of markup. Read the page
   * with {@code DisclosureText.read} (and {@code disclosure-html}) or {@code DisclosureHtml.parse}.
   */
  public static final String LOOKS_LIKE_HTML = "TEXT-LOOKS-LIKE-HTML";
  /**
   * ERROR: the bytes are not text (a PDF, a Word file, other binary content) and no reader of their
   * format is on the class or module path; nothing is read.
   */
  public static final String BINARY_INPUT = "TEXT-BINARY-INPUT";
  /** INFO: the bytes were not UTF-8; says which charset decoded them. */
  public static final String CHARSET = "TEXT-CHARSET";
  /** WARNING: the whole report appears again in the same text; only the first copy is read. */
  public static final String REPEATED_DOCUMENT = "TEXT-REPEATED-DOCUMENT";
  /** WARNING: the report predates the national format (before 2019): narrative only, no tables. */
  public static final String OUT_OF_SCOPE = "TEXT-OUT-OF-SCOPE";
  /** INFO: no table labels told the edition; it was taken from the report year. */
  public static final String EDITION_FROM_YEAR = "TEXT-EDITION-FROM-YEAR";
  /** WARNING: the tables follow another edition than the report year prescribes; kept as written. */
  public static final String EDITION_MISMATCH = "TEXT-EDITION-MISMATCH";
  /** ERROR: table 2 follows another edition than table 3; table 2 is left out. */
  public static final String EDITION_MIXED = "TEXT-EDITION-MIXED";
  /** WARNING: neither the statistical period nor the title gives the report year. */
  public static final String YEAR_UNKNOWN = "TEXT-YEAR-UNKNOWN";
  /** WARNING: no title or contact line names the agency. */
  public static final String AGENCY_UNKNOWN = "TEXT-AGENCY-UNKNOWN";
  /** WARNING: one of the six sections has no heading in the text. */
  public static final String SECTION_MISSING = "TEXT-SECTION-MISSING";
  /**
   * INFO: the text holds tables but none of the narrative sections 一、五、六 (for instance a table
   * printout); their absence is not reported section by section.
   */
  public static final String TABLES_ONLY = "TEXT-TABLES-ONLY";
  /** INFO: a section without heading was recognised by its first words. */
  public static final String SECTION_INFERRED = "TEXT-SECTION-INFERRED";
  /** ERROR: a standard table of the edition was not found or could not be recovered. */
  public static final String TABLE_MISSING = "TEXT-TABLE-MISSING";
  /** ERROR: a row of the edition's layout was not found; its cells are left out. */
  public static final String ROW_MISSING = "TEXT-ROW-MISSING";
  /** WARNING: a row has fewer cells than the layout; the cells read are placed left to right. */
  public static final String ROW_INCOMPLETE = "TEXT-ROW-INCOMPLETE";
  /** WARNING: a row's label is written but no numbers follow it; its cells are blank. */
  public static final String ROW_BLANK = "TEXT-ROW-BLANK";
  /** WARNING: cells without a row label were placed in the next row of the layout. */
  public static final String ROW_UNLABELED = "TEXT-ROW-UNLABELED";
  /**
   * INFO: a numbered row that is not in the edition's layout (e.g. {@code （八）…} in table 3) is
   * kept as an extra row of the table.
   */
  public static final String ROW_EXTRA = "TEXT-ROW-EXTRA";
  /**
   * INFO: the numbering of a row label is written apart from its words (a line break or spaces
   * between {@code 8} and {@code .属于行政查询事项}); the number is read as the label's numbering,
   * not as a cell.
   */
  public static final String LABEL_NUMBER_APART = "TEXT-LABEL-NUMBER-APART";
  /** WARNING: a row label appears a second time; the second row's cells are not read. */
  public static final String ROW_DUPLICATE = "TEXT-ROW-DUPLICATE";
  /** WARNING: a number inside a table region that no cell took; quoted so nothing is lost. */
  public static final String CELL_UNPLACED = "TEXT-CELL-UNPLACED";
  /** INFO: a cell written {@code ?} (the formatter's mark of a missing cell) is left out. */
  public static final String CELL_MARKED_MISSING = "TEXT-CELL-MISSING";
  /** WARNING: a cell token that is neither a number nor a blank or dash; kept as text. */
  public static final String NUMBER_INVALID = "TEXT-NUMBER-INVALID";
  /**
   * WARNING: a negative number ({@code -3}, {@code －3}, {@code −3}) in a column of counts or
   * amounts (all but V2019's {@code 本年增/减}); kept as written.
   */
  public static final String NUMBER_NEGATIVE = "TEXT-NUMBER-NEGATIVE";
  /** INFO: page furniture (page footers, Markdown rules) inside a table was skipped. */
  public static final String PAGE_FURNITURE = "TEXT-PAGE-FURNITURE";
  /** INFO: the cells of rows ran together into digit runs and were split by the format's sums. */
  public static final String CELLS_RUN_TOGETHER = "TEXT-CELLS-RUN-TOGETHER";
  /** INFO: several splits of a digit run satisfy the row sum; the column sums chose one. */
  public static final String SPLIT_BY_SUMS = "TEXT-SPLIT-BY-SUMS";
  /** WARNING: a digit run admits several splits the sums cannot tell apart; one was picked. */
  public static final String SPLIT_AMBIGUOUS = "TEXT-SPLIT-AMBIGUOUS";
  /** WARNING: no split of a digit run satisfies the format's sums; one was picked ignoring them. */
  public static final String SPLIT_UNSATISFIED = "TEXT-SPLIT-UNSATISFIED";
  /** WARNING: a digit run too long (or too costly) to split; its cells are left out. */
  public static final String SPLIT_TOO_LONG = "TEXT-SPLIT-TOO-LONG";
  /** WARNING: more diagnostics than the cap; the rest are dropped. */
  public static final String TOO_MANY = "TEXT-TOO-MANY-DIAGNOSTICS";
}
