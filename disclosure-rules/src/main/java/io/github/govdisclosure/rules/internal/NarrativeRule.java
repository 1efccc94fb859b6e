package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Denominator;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Reading;
import io.github.govdisclosure.rules.StandardRule;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The narrative rules: stated counts, shares, breakdowns and the fee statement. Not API. */
final class NarrativeRule extends StandardRuleBase {
  private static final List<RoundingMode> ROUNDINGS = List.of(RoundingMode.HALF_UP, RoundingMode.DOWN);
  /** The most decimals a stated share is recomputed to. */
  private static final int MAX_STATED_SCALE = 100;


  NarrativeRule(StandardRule rule) {
    super(rule);
  }

  @Override
  public List<Finding> check(Report report, Reading reading) {
    List<Finding> findings = new ArrayList<>();
    check(report, reading, Maker.BUILDER, findings);
    return findings;
  }

  /** Adds the rule's findings on a report to a list, made by a maker. */
  void check(Report report, Reading reading, Maker maker, List<Finding> findings) {
    List<StatedFigure> figures = report.getStatedFigures();
    switch (rule) {
      case NARRATIVE_COUNT:
        for (StatedFigure figure : figures) {
          if (figure.getCount().isPresent()) {
            findings.add(count(report, reading, figure, maker));
          }
        }
        break;
      case NARRATIVE_PERCENTAGE:
        Denominators denominators = hasTable(report, Table.APPLICATIONS) ? new Denominators(report, reading) : null;
        // the numerators read once: the preference of denominators and the findings both need them
        Quoted[] numerators = new Quoted[figures.size()];
        if (denominators != null) {
          for (int i = 0; i < numerators.length; i++) {
            StatedFigure figure = figures.get(i);
            if (figure.getPercent().isPresent() && hasTable(report, tableOf(figure.getQuantity()))) {
              numerators[i] = quote(report, reading, figure, false);
            }
          }
        }
        List<Combination> preferred = preferredCombinations(report, figures, numerators, denominators);
        for (int i = 0; i < numerators.length; i++) {
          StatedFigure figure = figures.get(i);
          if (figure.getPercent().isPresent()) {
            findings.add(percentage(report, figure, numerators[i], preferred, denominators, maker));
          }
        }
        break;
      case NARRATIVE_BREAKDOWN:
        for (StatedBreakdown breakdown : report.getStatedBreakdowns()) {
          findings.add(breakdown(breakdown, maker));
        }
        break;
      default:
        Finding fee = fee(report, reading, maker);
        if (fee != null) {
          findings.add(fee);
        }
    }
  }

  private Draft finding(StatedFigure figure) {
    Draft finding = new Draft(rule)
        .putArguments("quantity", figure.getQuantity().key())
        .putArguments("phrase", figure.getPhrase());
    figure.getSpan().ifPresent(finding::span);
    return finding;
  }

  private static Table tableOf(Quantity quantity) {
    return quantity == Quantity.REVIEW || quantity == Quantity.LITIGATION ? Table.REVIEW_LITIGATION : Table.APPLICATIONS;
  }

  private static boolean hasTable(Report report, Table table) {
    return report.getEdition().hasTables() && report.table(table).isPresent();
  }

  /** The outcome of reading the quotes of a figure. */
  private static final class Quoted {
    Quotes.Quote quote;
    Optional<BigDecimal> value = Optional.empty();
    boolean matched;
    boolean zeroRead;
    String unreadable = "";
    /** The readings tried, {@code NEW_RECEIVED = 35}; only when asked for. */
    List<String> tried;
  }

  /** Reads the quotes of a figure; {@code tried} lists what each reading gave, when asked for. */
  private static Quoted quote(Report report, Reading reading, StatedFigure figure, boolean tried) {
    List<Quotes.Quote> quotes = Quotes.of(figure.getQuantity(), report.getEdition());
    Quoted result = new Quoted();
    if (tried) {
      result.tried = new ArrayList<>(quotes.size());
    }
    for (int i = 0; i < quotes.size(); i++) {
      Quotes.Quote quote = quotes.get(i);
      Operands operands = new Operands(report, reading);
      Optional<BigDecimal> value = operands.sum(quote.cells);
      if (tried) {
        result.tried.add(quote.name + " = " + value.map(Operands::plain).orElse("?"));
      }
      if (i == 0) {
        result.quote = quote;
        result.value = value;
        result.zeroRead = operands.zeroRead();
        result.unreadable = operands.unreadableText();
      }
      if (figure.getCount().isPresent() && value.isPresent()
          && value.get().compareTo(BigDecimal.valueOf(figure.getCount().getAsLong())) == 0) {
        result.quote = quote;
        result.value = value;
        result.matched = true;
        result.zeroRead = operands.zeroRead();
        return result;
      }
    }
    return result;
  }

  private Finding count(Report report, Reading reading, StatedFigure figure, Maker maker) {
    long stated = figure.getCount().getAsLong();
    Draft finding = finding(figure).actual(BigDecimal.valueOf(stated))
        .putArguments("stated", Long.toString(stated));
    Table table = tableOf(figure.getQuantity());
    if (!hasTable(report, table)) {
      return finding.status(Status.NOT_ASSESSABLE).messageKey("narrative.NOT_ASSESSABLE.table")
          .location(table.name()).putArguments("table", table.name()).make(maker);
    }
    Quoted quoted = quote(report, reading, figure, true);
    finding.cells(quoted.quote.cells).blanksReadAsZero(quoted.zeroRead)
        .putArguments("reading", quoted.quote.name)
        .putArguments("readings", quoted.tried.size() == 1 ? quoted.tried.get(0) : String.join("; ", quoted.tried));
    if (quoted.value.isPresent()) {
      BigDecimal v = quoted.value.get();
      finding.expected(v).putArguments("value", Operands.plain(v));
    }
    if (quoted.matched) {
      return finding.status(Status.PASS).messageKey("narrative.count.PASS").make(maker);
    }
    if (quoted.value.isEmpty()) {
      return finding.status(Status.NOT_ASSESSABLE).messageKey("narrative.NOT_ASSESSABLE.cells")
          .putArguments("cells", quoted.unreadable).make(maker);
    }
    return finding.status(Status.FAIL).messageKey("narrative.count.FAIL").make(maker);
  }

  /** The denominators of a report read once, each with what reading it found. */
  private static final class Denominators {
    private final Optional<BigDecimal>[] values;
    private final boolean[] zeroRead;
    private final String[] unreadable;

    @SuppressWarnings("unchecked")
    Denominators(Report report, Reading reading) {
      Denominator[] all = Denominator.values();
      values = new Optional[all.length];
      zeroRead = new boolean[all.length];
      unreadable = new String[all.length];
      for (Denominator denominator : all) {
        Operands operands = new Operands(report, reading);
        values[denominator.ordinal()] = operands.sum(denominator.cells());
        zeroRead[denominator.ordinal()] = operands.zeroRead();
        unreadable[denominator.ordinal()] = operands.unreadableText();
      }
    }

    Optional<BigDecimal> value(Denominator denominator) {
      return values[denominator.ordinal()];
    }

    boolean zeroRead(Denominator denominator) {
      return zeroRead[denominator.ordinal()];
    }

    String unreadableText(Denominator denominator) {
      return unreadable[denominator.ordinal()];
    }
  }

  /** A denominator and a rounding. */
  private static final class Combination {
    final Denominator denominator;
    final RoundingMode rounding;
    int explains;

    Combination(Denominator denominator, RoundingMode rounding) {
      this.denominator = denominator;
      this.rounding = rounding;
    }
  }

  /**
   * The combinations of denominator and rounding in the order they are tried: those that explain
   * more of the report's stated shares first, then Denominator order. A share at few decimals can
   * match a wrong denominator by chance (7/34 truncated is 20, as is 7/35); a report uses one
   * denominator throughout, so the one that explains most of its shares is preferred.
   */
  private static List<Combination> preferredCombinations(Report report, List<StatedFigure> figures,
      Quoted[] numerators, Denominators denominators) {
    List<Combination> combinations = new ArrayList<>(Denominator.values().length * ROUNDINGS.size());
    for (Denominator denominator : Denominator.values()) {
      for (RoundingMode rounding : ROUNDINGS) {
        combinations.add(new Combination(denominator, rounding));
      }
    }
    if (!hasTable(report, Table.APPLICATIONS)) {
      return combinations;
    }
    boolean explained = false;
    for (int i = 0; i < numerators.length; i++) {
      StatedFigure figure = figures.get(i);
      if (figure.getPercent().isEmpty() || tableOf(figure.getQuantity()) != Table.APPLICATIONS) {
        continue;
      }
      Optional<BigDecimal> n = numerators[i].value;
      if (n.isEmpty()) {
        continue;
      }
      BigDecimal stated = figure.getPercent().get();
      int scale = statedScale(stated);
      long statedUnits = ShareMath.units(stated, scale);
      for (Combination combination : combinations) {
        Optional<BigDecimal> d = denominators.value(combination.denominator);
        if (d.isPresent() && d.get().signum() != 0
            && matches(n.get(), d.get(), scale, combination.rounding, stated, statedUnits)) {
          combination.explains++;
          explained = true;
        }
      }
    }
    if (explained) {
      combinations.sort((a, b) -> Integer.compare(b.explains, a.explains)); // stable: ties keep Denominator order
    }
    return combinations;
  }

  /**
   * The decimals a stated share is recomputed to: those it was written with, at most
   * {@value #MAX_STATED_SCALE} (a report writes 0 to 2; a percent built with scale 10^9 must not
   * make the recomputation write a billion digits).
   */
  private static int statedScale(BigDecimal stated) {
    return Math.min(MAX_STATED_SCALE, Math.max(0, stated.scale()));
  }

  /** The stated share as written, or in scientific notation when plain digits would be absurdly many. */
  private static String statedText(BigDecimal stated) {
    boolean plain = stated.scale() <= MAX_STATED_SCALE && stated.precision() - (long) stated.scale() <= MAX_STATED_SCALE;
    return plain ? stated.toPlainString() : stated.toString();
  }

  /** Whether {@code 100 · n / d} at the scale, rounded, is the stated share; {@code d} not zero. */
  private static boolean matches(BigDecimal n, BigDecimal d, int scale, RoundingMode rounding, BigDecimal stated,
      long statedUnits) {
    long units = statedUnits == ShareMath.NO_UNITS ? ShareMath.NO_UNITS : ShareMath.units(n, d, scale, rounding);
    if (units != ShareMath.NO_UNITS) {
      return units == statedUnits;
    }
    return ShareMath.percent(n, d, scale, rounding).get().compareTo(stated) == 0;
  }

  private Finding percentage(Report report, StatedFigure figure, Quoted numerator, List<Combination> preferred,
      Denominators denominators, Maker maker) {
    BigDecimal stated = figure.getPercent().get();
    int scale = statedScale(stated);
    Draft finding = finding(figure).actual(stated)
        .putArguments("stated", statedText(stated))
        .putArguments("scale", Integer.toString(scale));
    Table table = tableOf(figure.getQuantity());
    if (!hasTable(report, table) || !hasTable(report, Table.APPLICATIONS)) {
      Table absent = hasTable(report, table) ? Table.APPLICATIONS : table;
      return finding.status(Status.NOT_ASSESSABLE).messageKey("narrative.NOT_ASSESSABLE.table")
          .location(absent.name()).putArguments("table", absent.name()).make(maker);
    }
    Set<CellRef> cells = new LinkedHashSet<>(numerator.quote.cells);
    boolean zeroRead = numerator.zeroRead;
    finding.putArguments("reading", numerator.quote.name);
    if (numerator.value.isEmpty()) {
      return finding.cells(cells).status(Status.NOT_ASSESSABLE).messageKey("narrative.NOT_ASSESSABLE.cells")
          .putArguments("cells", numerator.unreadable).make(maker);
    }
    BigDecimal n = numerator.value.get();
    finding.putArguments("numerator", Operands.plain(n));
    long statedUnits = ShareMath.units(stated, scale);
    for (Combination combination : preferred) {
      Optional<BigDecimal> d = denominators.value(combination.denominator);
      if (d.isEmpty() || d.get().signum() == 0) {
        continue;
      }
      if (matches(n, d.get(), scale, combination.rounding, stated, statedUnits)) {
        BigDecimal recomputed = ShareMath.percent(n, d.get(), scale, combination.rounding).get();
        cells.addAll(combination.denominator.cells());
        return finding.cells(cells).status(Status.PASS).expected(recomputed)
            .blanksReadAsZero(zeroRead || denominators.zeroRead(combination.denominator))
            .messageKey("narrative.percentage.PASS")
            .putArguments("denominator", combination.denominator.name())
            .putArguments("denominatorLabel", combination.denominator.label())
            .putArguments("denominatorValue", Operands.plain(d.get()))
            .putArguments("rounding", combination.rounding.name())
            .make(maker);
      }
    }
    List<String> tried = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    BigDecimal firstRecomputed = null;
    Denominator firstDenominator = null;
    BigDecimal firstValue = null;
    for (Denominator denominator : Denominator.values()) {
      Optional<BigDecimal> d = denominators.value(denominator);
      if (d.isEmpty()) {
        unreadable.add(denominators.unreadableText(denominator));
        continue;
      }
      if (d.get().signum() == 0) {
        tried.add("100 × " + Operands.plain(n) + " / 0 (" + denominator.label() + ")");
        continue;
      }
      BigDecimal recomputed = ShareMath.percent(n, d.get(), scale, RoundingMode.HALF_UP).get();
      if (firstRecomputed == null) {
        firstRecomputed = recomputed;
        firstDenominator = denominator;
        firstValue = d.get();
      }
      zeroRead |= denominators.zeroRead(denominator);
      tried.add("100 × " + Operands.plain(n) + " / " + Operands.plain(d.get()) + " = " + recomputed.toPlainString()
          + " (" + denominator.label() + ")");
      cells.addAll(denominator.cells());
    }
    finding.cells(cells).blanksReadAsZero(zeroRead).putArguments("tried", String.join("; ", tried));
    if (firstRecomputed == null) {
      List<String> reasons = new ArrayList<>(tried);
      reasons.addAll(unreadable);
      return finding.status(Status.NOT_ASSESSABLE).messageKey("narrative.percentage.NOT_ASSESSABLE")
          .putArguments("cells", String.join("; ", reasons)).make(maker);
    }
    // expected is the HALF_UP share over the first usable denominator: say which, as a PASS does
    return finding.status(Status.FAIL).expected(firstRecomputed).messageKey("narrative.percentage.FAIL")
        .putArguments("denominator", firstDenominator.name())
        .putArguments("denominatorLabel", firstDenominator.label())
        .putArguments("denominatorValue", Operands.plain(firstValue))
        .putArguments("rounding", RoundingMode.HALF_UP.name())
        .make(maker);
  }

  private Finding breakdown(StatedBreakdown breakdown, Maker maker) {
    long sum = 0;
    List<String> parts = new ArrayList<>();
    for (long part : breakdown.getParts()) {
      sum += part;
      parts.add(Long.toString(part));
    }
    String key;
    Status status;
    if (sum > breakdown.getTotal()) {
      status = Status.FAIL;
      key = "narrative.breakdown.FAIL.exceeds";
    } else if (breakdown.isComplete() && sum != breakdown.getTotal()) {
      status = Status.FAIL;
      key = "narrative.breakdown.FAIL.incomplete";
    } else {
      status = Status.PASS;
      key = breakdown.isComplete() ? "narrative.breakdown.PASS.complete" : "narrative.breakdown.PASS";
    }
    Draft finding = new Draft(rule)
        .status(status).messageKey(key)
        .expected(BigDecimal.valueOf(breakdown.getTotal()))
        .actual(BigDecimal.valueOf(sum))
        .putArguments("total", Long.toString(breakdown.getTotal()))
        .putArguments("parts", String.join(" + ", parts))
        .putArguments("sum", Long.toString(sum))
        .putArguments("phrase", breakdown.getPhrase());
    breakdown.getSection().ifPresent(s -> finding.location(s.name()));
    breakdown.getSpan().ifPresent(finding::span);
    return finding.make(maker);
  }

  /** The fee finding; {@code null} when the rule does not apply. */
  private Finding fee(Report report, Reading reading, Maker maker) {
    if (report.getFeeStatement().isEmpty() || report.getFeeStatement().get().isCharged()
        || report.getEdition() != Edition.V2021 || report.getApplications().isEmpty()) {
      return null;
    }
    FeeStatement statement = report.getFeeStatement().get();
    CellRef unpaid = CellRef.of(ApplicationRow.OTHER_FEE_UNPAID, Applicant.TOTAL);
    Operands operands = new Operands(report, reading);
    Optional<BigDecimal> value = operands.value(unpaid);
    Draft finding = new Draft(rule)
        .cells(List.of(unpaid)).blanksReadAsZero(operands.zeroRead())
        .putArguments("phrase", statement.getPhrase());
    statement.getSpan().ifPresent(finding::span);
    if (value.isEmpty()) {
      return finding.status(Status.NOT_ASSESSABLE).messageKey("narrative.NOT_ASSESSABLE.cells")
          .putArguments("cells", operands.unreadableText()).make(maker);
    }
    finding.actual(value.get()).putArguments("value", Operands.plain(value.get()));
    Status status = value.get().signum() > 0 ? Status.FAIL : Status.PASS;
    return finding.status(status).messageKey("narrative.fee." + status.name()).make(maker);
  }
}
