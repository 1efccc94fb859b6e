package io.github.govdisclosure.diff;

import io.github.govdisclosure.diff.internal.DiffPrinter;
import io.github.govdisclosure.diff.internal.Pairing;
import io.github.govdisclosure.diff.internal.Sentences;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.rules.CheckResult;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.text.TextFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Two annual reports of one agency compared: last year's against this year's.
 *
 * <pre>{@code
 * ReportDiff diff = ReportDiff.of(report2021, report2022);
 * diff.changed();                        // the cells whose value changed
 * diff.getCrossYear().failures();        // cross-year.carry-over, cross-year.in-force
 * System.out.println(diff.format(TextFormat.PLAIN));
 * }</pre>
 *
 * <p><b>Cells.</b> {@link #getCells()} compares every cell of tables 2–4 that means the same in
 * both reports' editions, in the newer layout's reading order: with the same edition, every cell;
 * across the V2019→V2021 change, table 4 whole, table 3 but the （六）其他处理 group, whose V2019
 * single row is compared with the V2021 group total as a {@linkplain CellChange#isDerived()
 * derived} comparison, and of table 2 only {@code 处理决定数量} of 行政许可, 行政处罚 and 行政强制
 * ({@code DECISIONS}). {@link #getUnmatched()} lists every other cell of either layout with the
 * reason. A blank, text or missing cell is never read as zero: its comparison has no change.
 *
 * <p><b>Across years.</b> {@link #getCrossYear()} is {@link Rules#checkSeries} of the two reports:
 * {@code cross-year.carry-over} ({@code 上年结转} this year equals {@code 结转下年度} last year) and
 * {@code cross-year.in-force} ({@code 现行有效件数}). Reports whose years are not consecutive (or
 * not known) make those findings {@code NOT_ASSESSABLE}.
 *
 * <p><b>Narrative.</b> {@link #getSections()} aligns the sections by their key and diffs their
 * text sentence by sentence (java-diff-utils, Myers' algorithm).
 *
 * <p>Immutable and thread-safe; making a diff never throws on content.
 */
@Value.Immutable
public interface ReportDiff {

  /** The older report (last year's). */
  Report getOlder();

  /** The newer report (this year's). */
  Report getNewer();

  /** Every comparison, in the reading order of the newer report's layout (table 2, 3, 4). */
  List<CellChange> getCells();

  /** The cells of either report that are not compared, older first, each in reading order. */
  List<Unmatched> getUnmatched();

  /** The findings of the cross-year rules on the two reports. */
  CheckResult getCrossYear();

  /** The sections with text in either report, in section order, diffed by sentence. */
  List<SectionDiff> getSections();

  /** Whether the two reports follow different editions. */
  default boolean isEditionChange() {
    return getOlder().getEdition() != getNewer().getEdition();
  }

  /** The comparisons whose value changed ({@link CellChange.Kind#CHANGED}). */
  default List<CellChange> changed() {
    return withKind(CellChange.Kind.CHANGED);
  }

  /** The comparisons of a kind, in order. */
  default List<CellChange> withKind(CellChange.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    List<CellChange> found = new ArrayList<>();
    for (CellChange change : getCells()) {
      if (change.getKind() == kind) {
        found.add(change);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Compares two reports with the standard rules.
   *
   * @param older last year's report
   * @param newer this year's report
   * @return the comparison
   */
  static ReportDiff of(Report older, Report newer) {
    return of(older, newer, Rules.standard());
  }

  /**
   * Compares two reports; the cross-year findings follow the rule set's configuration (disabled
   * rules, severities, blanks read as zero).
   *
   * @param older last year's report
   * @param newer this year's report
   * @param rules the rule set of the cross-year findings
   * @return the comparison
   */
  static ReportDiff of(Report older, Report newer, Rules rules) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    Objects.requireNonNull(rules, "rules");
    Pairing pairing = Pairing.of(older, newer);
    return new Builder().older(older).newer(newer)
        .cells(pairing.cells())
        .unmatched(pairing.unmatched())
        .crossYear(rules.checkSeries(List.of(older, newer)))
        .sections(Sentences.diff(older, newer))
        .build();
  }

  /**
   * The comparison printed in English; see {@link #format(TextFormat, Locale)}.
   *
   * @param format the syntax and line separator
   * @return the text
   */
  default String format(TextFormat format) {
    return format(format, Locale.ENGLISH);
  }

  /**
   * The comparison printed in a format's syntax, with its line separator; headings and words in
   * Chinese for {@code zh}, English otherwise (table labels are always the official Chinese ones).
   *
   * <ul>
   *   <li>{@code PLAIN}: a heading per part, the changed and not comparable cells in aligned
   *       columns (display width: a CJK character takes two), the unchanged ones counted, then the
   *       cells not compared, the cross-year findings and the changed sentences ({@code -} older,
   *       {@code +} newer);
   *   <li>{@code MARKDOWN}: the same parts as Markdown headings, tables and lists;
   *   <li>{@code CSV}: one RFC 4180 record per cell of both layouts, compared or not:
   *       {@code table,row,column,derived,older_raw,older,newer_raw,newer,change,relative_change,kind}
   *       ({@code kind} is a {@link CellChange.Kind}, or for a cell not compared
   *       {@code OLDER_ONLY}/{@code NEWER_ONLY} followed by its {@link Unmatched.Reason});
   *   <li>{@code HTML}: a standalone page with every compared cell, changed ones marked (▲ ▼ and a
   *       background, never colour alone), the cells not compared, the findings and the sentences
   *       with removals struck through and additions underlined;
   *   <li>{@code PIPE} prints as {@code PLAIN} (the flattened form is a report's, not a diff's).
   * </ul>
   *
   * @param format the syntax and line separator
   * @param locale the language of headings and words
   * @return the text
   */
  default String format(TextFormat format, Locale locale) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(locale, "locale");
    return DiffPrinter.print(this, format, locale);
  }

  /** Builds a comparison; {@link #of} makes them. */
  class Builder extends ImmutableReportDiff.Builder {}
}
