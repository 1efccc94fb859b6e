package io.github.govdisclosure.text;

import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.text.internal.format.DisplayWidth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link DisclosureText#format} prints a report's standard tables: an immutable format
 * object, a {@link Syntax} plus a few options, with one named preset per syntax.
 *
 * <p>Start from a preset and change what you need:
 *
 * <pre>{@code
 * TextFormat format = TextFormat.PLAIN.builder()
 *     .tables(Table.APPLICATIONS)
 *     .asciiBorders(true)
 *     .build();
 * String text = DisclosureText.format(report, format);
 * }</pre>
 *
 * <p>Every preset prints the tables in the order 二, 三, 四, with the official labels of the
 * report's edition, and {@code \n} line separators. A table the report lacks is not left out
 * silently: the format says that nothing is available for it. Output is deterministic.
 */
public final class TextFormat {

  /** The shape of the output. */
  public enum Syntax {
    /**
     * The flattened web text of the project's canonical example: each non-empty cell on its own
     * line followed by {@code " |"}, runs of empty cells as bare {@code |} characters, section
     * headings, block captions, header rows and row labels as in the official tables. The parser
     * reads it back.
     */
    PIPE,
    /**
     * Aligned tables for a terminal, with borders, correct for double-width characters. A cell the
     * reader did not read as written carries a mark ({@code 35*} split out of a digit run by the
     * format's sums, {@code 35~} placed by a guess), explained by a legend line under its table.
     */
    PLAIN,
    /** GitHub Markdown tables; cells split or guessed by the reader are marked as in {@link #PLAIN}. */
    MARKDOWN,
    /** One RFC 4180 record per cell: {@code table,row,column,label,value,raw}. */
    CSV,
    /**
     * A standalone HTML page with the official rowspan/colspan layout; a cell split or guessed by
     * the reader has the class {@code split} or {@code guessed}.
     */
    HTML
  }

  /**
   * The canonical flattened form of {@code 2021_weiyuan-county.txt}: a title line (when the
   * report has an agency or a year), the section headings, {@code 第二十条第（一）项} captions, header
   * rows, official row labels, and every cell's raw token ({@code |} alone for a blank cell).
   * A missing cell prints as {@code ?}, which the parser reads back as a missing cell (an empty
   * cell would read back as a blank).
   */
  public static final TextFormat PIPE = new Builder(Syntax.PIPE).build();

  /**
   * Aligned tables with box-drawing borders ({@code ┌─┬─┐}), the official two-level headers,
   * {@code ?} for a missing cell and nothing for a blank one.
   */
  public static final TextFormat PLAIN = new Builder(Syntax.PLAIN).build();

  /**
   * GitHub Markdown: a {@code #} title, a {@code ##} heading per section, one table per block of
   * table 2 and one table each for tables 3 and 4 (table 4's columns prefixed with their group).
   * Row labels are exact so the parser can read it back; {@code ?} marks a missing cell.
   */
  public static final TextFormat MARKDOWN = new Builder(Syntax.MARKDOWN).build();

  /**
   * One record per cell found, after the header record {@code table,row,column,label,value,raw}.
   * Keys are the canonical UPPER_SNAKE keys; table 2's row key carries its block
   * ({@code ITEM_1.RULES}); {@code value} is the plain number, empty for a blank or text cell;
   * {@code raw} is the token as written. Missing cells and absent tables have no records.
   */
  public static final TextFormat CSV = new Builder(Syntax.CSV).build();

  /**
   * A standalone UTF-8 HTML page; each table is laid out like the national template (rowspan and
   * colspan as in the official tables).
   */
  public static final TextFormat HTML = new Builder(Syntax.HTML).build();

  private final Syntax syntax;
  private final EnumSet<Table> tables;
  private final boolean printTitle;
  private final boolean printHeadings;
  private final String lineSeparator;
  private final boolean asciiBorders;
  private final boolean asciiPunctuation;
  private final String missingMark;

  private TextFormat(Builder builder) {
    this.syntax = builder.syntax;
    this.tables = EnumSet.copyOf(builder.tables);
    this.printTitle = builder.printTitle;
    this.printHeadings = builder.printHeadings;
    this.lineSeparator = builder.lineSeparator;
    this.asciiBorders = builder.asciiBorders;
    this.asciiPunctuation = builder.asciiPunctuation;
    this.missingMark = builder.missingMark;
  }

  /** The shape of the output. */
  public Syntax getSyntax() {
    return syntax;
  }

  /** Whether the table is printed (all three by default); tables always print in the order 二, 三, 四. */
  public boolean prints(Table table) {
    return tables.contains(Objects.requireNonNull(table, "table"));
  }

  /** The tables printed, in the order 二, 三, 四. */
  public Set<Table> getTables() {
    return Collections.unmodifiableSet(EnumSet.copyOf(tables));
  }

  /**
   * Whether a title line {@code <agency><year>年政府信息公开工作年度报告} is printed when the report
   * has an agency or a year (default true; CSV has no title).
   */
  public boolean isPrintTitle() {
    return printTitle;
  }

  /**
   * Whether section headings ({@code 三、收到和处理政府信息公开申请情况}) are printed (default true; CSV
   * has none).
   */
  public boolean isPrintHeadings() {
    return printHeadings;
  }

  /** The line separator, {@code \n} by default. */
  public String getLineSeparator() {
    return lineSeparator;
  }

  /** Whether PLAIN draws its borders with {@code +}, {@code -} and {@code |} instead of box drawing. */
  public boolean isAsciiBorders() {
    return asciiBorders;
  }

  /**
   * Whether the official labels are printed with ASCII brackets, colon and comma ({@code (一)}
   * for {@code （一）}) as flattened web text often has them (default false). Cell tokens and labels
   * of rows outside the layout are always printed as written.
   */
  public boolean isAsciiPunctuation() {
    return asciiPunctuation;
  }

  /** What a missing cell prints as: {@code ?} by default, empty for PIPE; CSV leaves missing cells out. */
  public String getMissingMark() {
    return missingMark;
  }

  /** A builder starting from this format's settings. */
  public Builder builder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TextFormat)) {
      return false;
    }
    TextFormat that = (TextFormat) other;
    return syntax == that.syntax
        && tables.equals(that.tables)
        && printTitle == that.printTitle
        && printHeadings == that.printHeadings
        && lineSeparator.equals(that.lineSeparator)
        && asciiBorders == that.asciiBorders
        && asciiPunctuation == that.asciiPunctuation
        && missingMark.equals(that.missingMark);
  }

  @Override
  public int hashCode() {
    return Objects.hash(syntax, tables, printTitle, printHeadings, lineSeparator, asciiBorders,
        asciiPunctuation, missingMark);
  }

  /** E.g. {@code TextFormat[PLAIN, tables=[APPLICATIONS], asciiBorders]}; only settings that differ from the preset are listed. */
  @Override
  public String toString() {
    TextFormat preset = preset(syntax);
    StringBuilder text = new StringBuilder("TextFormat[").append(syntax);
    if (this != preset) {
      if (!tables.equals(preset.tables)) {
        text.append(", tables=").append(getTables());
      }
      if (printTitle != preset.printTitle) {
        text.append(", printTitle=").append(printTitle);
      }
      if (printHeadings != preset.printHeadings) {
        text.append(", printHeadings=").append(printHeadings);
      }
      if (!lineSeparator.equals(preset.lineSeparator)) {
        text.append(", lineSeparator=").append(lineSeparator.replace("\r", "\\r").replace("\n", "\\n"));
      }
      if (asciiBorders != preset.asciiBorders) {
        text.append(", asciiBorders=").append(asciiBorders);
      }
      if (asciiPunctuation != preset.asciiPunctuation) {
        text.append(", asciiPunctuation=").append(asciiPunctuation);
      }
      if (!missingMark.equals(preset.missingMark)) {
        text.append(", missingMark=\"").append(missingMark).append('"');
      }
    }
    return text.append(']').toString();
  }

  /**
   * The number of terminal columns {@link #PLAIN} gives a text when it aligns columns: two for an
   * East Asian wide or full-width character (CJK ideographs, full-width punctuation and digits),
   * none for combining marks, zero-width characters and controls, one for the rest. For printers of
   * other tables (a comparison of two reports, a list of findings) that align text as PLAIN does.
   *
   * @param text the text
   * @return its width in terminal columns
   */
  public static int displayWidth(CharSequence text) {
    return DisplayWidth.of(Objects.requireNonNull(text, "text"));
  }

  /** The preset of a syntax, e.g. {@link #PLAIN} for {@link Syntax#PLAIN}. */
  public static TextFormat preset(Syntax syntax) {
    switch (Objects.requireNonNull(syntax, "syntax")) {
      case PIPE:
        return PIPE;
      case PLAIN:
        return PLAIN;
      case MARKDOWN:
        return MARKDOWN;
      case CSV:
        return CSV;
      default:
        return HTML;
    }
  }

  /** Builds a {@link TextFormat}; obtain one from {@link TextFormat#builder()} of a preset. */
  public static final class Builder {
    private Syntax syntax;
    private EnumSet<Table> tables = EnumSet.allOf(Table.class);
    private boolean printTitle = true;
    private boolean printHeadings = true;
    private String lineSeparator = "\n";
    private boolean asciiBorders;
    private boolean asciiPunctuation;
    private String missingMark = "?";

    private Builder(Syntax syntax) {
      this.syntax = syntax;
    }

    private Builder(TextFormat format) {
      this.syntax = format.syntax;
      this.tables = EnumSet.copyOf(format.tables);
      this.printTitle = format.printTitle;
      this.printHeadings = format.printHeadings;
      this.lineSeparator = format.lineSeparator;
      this.asciiBorders = format.asciiBorders;
      this.asciiPunctuation = format.asciiPunctuation;
      this.missingMark = format.missingMark;
    }

    /** Sets the shape of the output; the other settings are kept. */
    public Builder syntax(Syntax syntax) {
      this.syntax = Objects.requireNonNull(syntax, "syntax");
      return this;
    }

    /** Prints only these tables (always in the order 二, 三, 四); none prints only the title. */
    public Builder tables(Table... tables) {
      Objects.requireNonNull(tables, "tables");
      return tables(Arrays.asList(tables));
    }

    /** Prints only these tables (always in the order 二, 三, 四). */
    public Builder tables(Collection<Table> tables) {
      Objects.requireNonNull(tables, "tables");
      EnumSet<Table> set = EnumSet.noneOf(Table.class);
      for (Table table : tables) {
        set.add(Objects.requireNonNull(table, "table"));
      }
      this.tables = set;
      return this;
    }

    /** Whether to print the title line {@code <agency><year>年政府信息公开工作年度报告}. */
    public Builder printTitle(boolean printTitle) {
      this.printTitle = printTitle;
      return this;
    }

    /** Whether to print the section headings. */
    public Builder printHeadings(boolean printHeadings) {
      this.printHeadings = printHeadings;
      return this;
    }

    /**
     * Sets the line separator, e.g. {@code "\r\n"}.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Builder lineSeparator(String lineSeparator) {
      Objects.requireNonNull(lineSeparator, "lineSeparator");
      if (lineSeparator.isEmpty()) {
        throw new IllegalArgumentException("the line separator is empty");
      }
      this.lineSeparator = lineSeparator;
      return this;
    }

    /** Whether PLAIN draws ASCII borders ({@code +-|}) instead of box drawing. */
    public Builder asciiBorders(boolean asciiBorders) {
      this.asciiBorders = asciiBorders;
      return this;
    }

    /** Whether official labels use ASCII {@code ( ) : ,} instead of the full-width forms. */
    public Builder asciiPunctuation(boolean asciiPunctuation) {
      this.asciiPunctuation = asciiPunctuation;
      return this;
    }

    /**
     * Sets what a missing cell prints as (not used by CSV, which leaves missing cells out).
     *
     * @throws IllegalArgumentException if it contains a line break
     */
    public Builder missingMark(String missingMark) {
      Objects.requireNonNull(missingMark, "missingMark");
      if (missingMark.indexOf('\n') >= 0 || missingMark.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("the missing mark contains a line break");
      }
      this.missingMark = missingMark;
      return this;
    }

    /** The format. */
    public TextFormat build() {
      return new TextFormat(this);
    }
  }
}
