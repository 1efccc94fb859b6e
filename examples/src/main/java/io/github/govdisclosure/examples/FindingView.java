package io.github.govdisclosure.examples;

import io.github.govdisclosure.json.JsonDocument;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Acceptance;
import io.github.govdisclosure.rules.Denominator;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rule finding as the programs show it. This is the one class that reads the rules'
 * {@link Finding}, so that a change of that API touches one file here.
 */
final class FindingView {
  private final Finding finding;
  private final Optional<Acceptance> acceptance;

  FindingView(Finding finding) {
    this(finding, Optional.empty());
  }

  /** A finding and the review decision that accepts it, if one does ({@code --baseline}). */
  FindingView(Finding finding, Optional<Acceptance> acceptance) {
    this.finding = finding;
    this.acceptance = acceptance;
  }

  /**
   * Whether a review decision of the baseline accepts this failed finding: it is listed, as
   * accepted, but it is no failure of the verdict.
   */
  boolean accepted() {
    return acceptance.isPresent();
  }

  /** The decision that accepts this finding, if any. */
  Optional<Acceptance> acceptance() {
    return acceptance;
  }

  /**
   * A review decision accepting this finding of a report, scoped to the report's agency and year
   * and naming the file it was read from.
   */
  Acceptance accept(Report report, String file, String who, String reason, LocalDate day) {
    return new Acceptance.Builder().from(finding, report.getAgency(), report.getYear()).file(file).acceptedBy(who)
        .reason(reason).acceptedOn(day).build();
  }

  /** The stable key of the finding ({@code docs/json.md}, "Finding keys"). */
  String key() {
    return finding.getKey();
  }

  /** The status as the programs print it: {@code FAIL}, {@code PASS}, {@code NOT_ASSESSABLE} or {@code ACCEPTED}. */
  String shownStatus() {
    return accepted() ? "ACCEPTED" : finding.getStatus().name();
  }

  /** The status in words: {@code failed}, {@code accepted}, …; 不符, 已接受, …. */
  String statusWord(Locale locale) {
    return accepted() ? Words.STATUS_ACCEPTED.in(locale) : Words.status(finding.getStatus(), locale);
  }

  String ruleId() {
    return finding.getRuleId();
  }

  Severity severity() {
    return finding.getSeverity();
  }

  Status status() {
    return finding.getStatus();
  }

  /** The cells involved, the one the equation defines first. */
  List<CellRef> cells() {
    return finding.getCells();
  }

  /** The cell the equation defines (a total, or the suspect of {@code table3.wrong-cell}). */
  Optional<CellRef> cell() {
    return finding.getCells().isEmpty() ? Optional.empty() : Optional.of(finding.getCells().get(0));
  }

  Optional<BigDecimal> expected() {
    return finding.getExpected();
  }

  Optional<BigDecimal> actual() {
    return finding.getActual();
  }

  /** Whether this finding is listed at a least severity: {@code ERROR} is the most serious. */
  boolean isAtLeast(Severity least) {
    return finding.getSeverity().ordinal() <= least.ordinal();
  }

  /** The full message, which names the operands: {@code TOTAL_HANDLED = 9, but … = 10}. */
  String message(Locale locale) {
    return finding.message(locale);
  }

  /**
   * The derivation of the one-line rendering, with the values only: {@code 9 but 2 + 4 + … = 10}.
   * The rules render it after {@code <rule> <state> at <cell>: }; what follows that prefix is the
   * derivation (the full message when the rendering has another shape).
   */
  String derivation(Locale locale) {
    String rendered = finding.render(locale);
    String state = finding.getStatus() == Status.FAIL ? finding.getSeverity().label()
        : finding.getStatus() == Status.PASS ? "pass" : "not-assessable";
    Optional<String> at = cell().map(CellRef::toString).or(finding::getLocation);
    boolean chinese = Words.isChinese(locale);
    String prefix = finding.getRuleId() + " " + state
        + at.map(place -> (chinese ? " 位于 " : " at ") + place).orElse("") + (chinese ? "：" : ": ");
    return rendered.startsWith(prefix) ? rendered.substring(prefix.length()) : finding.message(locale);
  }

  /**
   * The place of the finding as a reader names it: a cell ({@link ReaderNames#cell}) or a section,
   * table or property.
   */
  Optional<String> place(Edition edition, Locale locale) {
    Optional<ApplicationGroup> group = group(edition);
    if (group.isPresent()) {
      return Optional.of(ReaderNames.group(group.get(), locale));
    }
    return cell().map(ref -> ReaderNames.cell(ref, edition, locale))
        .or(() -> finding.getLocation().map(location -> ReaderNames.location(location, locale)));
  }

  /**
   * The group of table 3 rows a finding about a stated quantity is about ({@code WITHHELD} …), when
   * the group has several rows in the edition: the finding is placed at the group, not its first row.
   */
  private Optional<ApplicationGroup> group(Edition edition) {
    return finding.getQuantity().flatMap(Quantity::group).filter(g -> g.rows(edition).size() > 1);
  }

  /**
   * The one-line rendering: {@code table3.balance error at APPLICATIONS[…][…]: 35 + 0 = 35 but …}
   * in English (as the rules render it), {@code table3.balance 错误 位于 「表三·…」：…} in Chinese.
   */
  String line(Edition edition, Locale locale) {
    boolean chinese = Words.isChinese(locale);
    String state;
    if (accepted()) {
      state = Words.STATUS_ACCEPTED.in(locale) + " " + (chinese ? Words.severity(finding.getSeverity(), locale)
          : finding.getSeverity().label());
    } else if (!chinese) {
      state = finding.getStatus() == Status.FAIL ? finding.getSeverity().label()
          : finding.getStatus() == Status.PASS ? "pass" : "not-assessable";
    } else {
      state = finding.getStatus() == Status.FAIL ? Words.severity(finding.getSeverity(), locale)
          : Words.status(finding.getStatus(), locale);
    }
    Optional<String> place = place(edition, locale);
    return finding.getRuleId() + " " + state
        + place.map(at -> " " + Words.AT.in(locale) + " " + at).orElse("") + (chinese ? "：" : ": ")
        + derivation(locale);
  }

  /** The finding as the JSON form of {@code docs/json.md} carries it, its message in a locale. */
  Finding json(Locale locale) {
    return JsonDocument.written(finding, locale);
  }

  /**
   * A stated share of {@code narrative.percentage}: the quantity's key, the share stated and the one
   * recomputed, and, unless not assessable, the denominator and rounding that matched (a failure
   * names the denominator its recomputed share is over).
   */
  Share share() {
    Optional<Denominator> denominator = finding.getDenominator()
        .filter(name -> finding.getStatus() != Status.NOT_ASSESSABLE);
    return new Share(finding.getQuantity().map(Quantity::key).orElse("?"), finding.getActual(), finding.getExpected(),
        denominator, finding.getDenominatorValue().map(v -> v.stripTrailingZeros().toPlainString()),
        finding.getRounding(), finding.getStatus());
  }

  /**
   * A share stated in the text next to the recomputed one.
   *
   * @param quantity the canonical key of the quantity ({@code DISCLOSED})
   * @param stated the share the text states, in percent
   * @param recomputed the share recomputed, in percent
   * @param denominator the denominator matched (or, of a failure, the one recomputed over)
   * @param denominatorValue its value
   * @param rounding the rounding matched
   * @param status whether the stated share matched
   */
  record Share(String quantity, Optional<BigDecimal> stated, Optional<BigDecimal> recomputed,
      Optional<Denominator> denominator, Optional<String> denominatorValue, Optional<RoundingMode> rounding,
      Status status) {}
}
