package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Denominator;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code narrative.percentage} (WARNING), per stated share: {@code 100 · N / D} at the decimals
 * written, rounded {@code HALF_UP} or truncated {@code DOWN}, for each {@link Denominator} in turn,
 * the combination that explains most of the report's shares first. The numerator is the reading
 * that matches the stated count, else the usual one. The finding names the denominator and the
 * rounding of its expected share. A share that no readable denominator explains while some
 * denominator cannot be read (a blank cell) is not assessable, never a failure: the report may
 * have used that one. Not API.
 */
public final class NarrativePercentage extends StandardRuleBase {
  private static final List<RoundingMode> ROUNDINGS = List.of(RoundingMode.HALF_UP, RoundingMode.DOWN);
  /** The most decimals a stated share is recomputed to. */
  private static final int MAX_STATED_SCALE = 100;

  /** The caller's denominator, or null for the rule's own search among all. */
  private final Denominator fixedDenominator;
  /** The caller's rounding (with {@link #fixedDenominator}). */
  private final RoundingMode fixedRounding;
  /** The caller's number of decimals, or -1 for each stated share's own. */
  private final int fixedScale;

  /** The rule: each stated share against every denominator and rounding, at its own decimals. */
  public NarrativePercentage() {
    this(null, null, -1);
  }

  /**
   * The rule as a caller configures it ({@code Percentages.recomputeStated}): every stated share
   * recomputed over one denominator at one scale and rounding; a share the text states otherwise
   * fails.
   */
  public NarrativePercentage(Denominator denominator, RoundingMode rounding, int scale) {
    super("narrative.percentage", Severity.WARNING, List.of("narrative.percentage.PASS",
        "narrative.percentage.PASS.short", "narrative.percentage.FAIL", "narrative.percentage.FAIL.short",
        "narrative.percentage.NOT_ASSESSABLE", "narrative.percentage.NOT_ASSESSABLE.unreadable",
        "narrative.NOT_ASSESSABLE.table", "narrative.NOT_ASSESSABLE.cells"));
    this.fixedDenominator = denominator;
    this.fixedRounding = rounding;
    this.fixedScale = scale;
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    Report report = context.report();
    List<StatedFigure> figures = report.getStatedFigures();
    Denominators denominators = context.hasTable(Table.APPLICATIONS)
        ? new Denominators(context) : null;
    // the numerators read once: the preference of denominators and the findings both need them
    Quotes.Match[] numerators = new Quotes.Match[figures.size()];
    if (denominators != null) {
      for (int i = 0; i < numerators.length; i++) {
        StatedFigure figure = figures.get(i);
        if (figure.getPercent().isPresent() && context.hasTable(Quotes.tableOf(figure.getQuantity()))) {
          numerators[i] = Quotes.read(context, figure, false);
        }
      }
    }
    List<Combination> preferred = fixedDenominator != null
        ? List.of(new Combination(fixedDenominator, fixedRounding))
        : preferredCombinations(context, figures, numerators, denominators);
    for (int i = 0; i < numerators.length; i++) {
      StatedFigure figure = figures.get(i);
      if (figure.getPercent().isPresent()) {
        findings.add(percentage(context, figure, numerators[i], preferred, denominators));
      }
    }
  }

  /** The denominators of a report read once, each with what reading it found. */
  private static final class Denominators {
    /** By denominator ordinal, {@code null} when a cell is not read as a number. */
    private final BigDecimal[] values;
    private final boolean[] zeroRead;
    private final String[] unreadable;

    Denominators(RuleContext context) {
      Denominator[] all = Denominator.values();
      values = new BigDecimal[all.length];
      zeroRead = new boolean[all.length];
      unreadable = new String[all.length];
      for (Denominator denominator : all) {
        Operands operands = new Operands(context);
        values[denominator.ordinal()] = operands.sum(denominator.cells()).orElse(null);
        zeroRead[denominator.ordinal()] = operands.zeroRead();
        unreadable[denominator.ordinal()] = operands.unreadableText();
      }
    }

    /** The denominator's value, {@code null} when a cell is not read as a number. */
    BigDecimal value(Denominator denominator) {
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
  private static List<Combination> preferredCombinations(RuleContext context, List<StatedFigure> figures,
      Quotes.Match[] numerators, Denominators denominators) {
    List<Combination> combinations = new ArrayList<>(Denominator.values().length * ROUNDINGS.size());
    for (Denominator denominator : Denominator.values()) {
      for (RoundingMode rounding : ROUNDINGS) {
        combinations.add(new Combination(denominator, rounding));
      }
    }
    if (!context.hasTable(Table.APPLICATIONS)) {
      return combinations;
    }
    boolean explained = false;
    for (int i = 0; i < numerators.length; i++) {
      StatedFigure figure = figures.get(i);
      if (figure.getPercent().isEmpty() || Quotes.tableOf(figure.getQuantity()) != Table.APPLICATIONS) {
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
        BigDecimal d = denominators.value(combination.denominator);
        if (d != null && d.signum() != 0 && matches(n.get(), d, scale, combination.rounding, stated, statedUnits)) {
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

  private Finding percentage(RuleContext context, StatedFigure figure, Quotes.Match numerator,
      List<Combination> preferred, Denominators denominators) {
    BigDecimal stated = figure.getPercent().get();
    int scale = fixedScale >= 0 ? fixedScale : statedScale(stated);
    FindingBuilder finding = Quotes.about(finding(context), figure).actual(stated)
        .putArguments("stated", statedText(stated))
        .putArguments("scale", Integer.toString(scale));
    Table table = Quotes.tableOf(figure.getQuantity());
    if (!context.hasTable(table) || !context.hasTable(Table.APPLICATIONS)) {
      Table absent = context.hasTable(table) ? Table.APPLICATIONS : table;
      return finding.status(Status.NOT_ASSESSABLE).messageKey("narrative.NOT_ASSESSABLE.table")
          .location(absent.name()).putArguments("table", absent.name()).build();
    }
    List<CellRef> cells = new ArrayList<>(8);
    addNew(cells, numerator.quote.cells());
    boolean zeroRead = numerator.zeroRead;
    finding.putArguments("reading", numerator.quote.name());
    if (numerator.value.isEmpty()) {
      return finding.cells(cells).status(Status.NOT_ASSESSABLE).messageKey("narrative.NOT_ASSESSABLE.cells")
          .putArguments("cells", numerator.unreadable).build();
    }
    BigDecimal n = numerator.value.get();
    finding.putArguments("numerator", Operands.plain(n));
    long statedUnits = ShareMath.units(stated, scale);
    for (Combination combination : preferred) {
      BigDecimal d = denominators.value(combination.denominator);
      if (d == null || d.signum() == 0) {
        continue;
      }
      if (matches(n, d, scale, combination.rounding, stated, statedUnits)) {
        BigDecimal recomputed = ShareMath.percent(n, d, scale, combination.rounding).get();
        addNew(cells, combination.denominator.cells());
        return finding.cells(cells).status(Status.PASS).expected(recomputed)
            .blanksReadAsZero(zeroRead || denominators.zeroRead(combination.denominator))
            .messageKey("narrative.percentage.PASS")
            .putArguments("denominator", combination.denominator.name())
            .putArguments("denominatorLabel", combination.denominator.label())
            .putArguments("denominatorValue", Operands.plain(d))
            .putArguments("rounding", combination.rounding.name())
            .denominator(combination.denominator, d)
            .rounding(combination.rounding)
            .build();
      }
    }
    List<String> tried = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    BigDecimal firstRecomputed = null;
    Denominator firstDenominator = null;
    BigDecimal firstValue = null;
    RoundingMode failRounding = fixedDenominator != null ? fixedRounding : RoundingMode.HALF_UP;
    for (Denominator denominator : fixedDenominator != null ? new Denominator[] {fixedDenominator}
        : Denominator.values()) {
      BigDecimal d = denominators.value(denominator);
      if (d == null) {
        unreadable.add(denominators.unreadableText(denominator));
        continue;
      }
      if (d.signum() == 0) {
        tried.add("100 × " + Operands.plain(n) + " / 0 (" + denominator.label() + ")");
        continue;
      }
      BigDecimal recomputed = ShareMath.percent(n, d, scale, failRounding).get();
      if (firstRecomputed == null) {
        firstRecomputed = recomputed;
        firstDenominator = denominator;
        firstValue = d;
      }
      zeroRead |= denominators.zeroRead(denominator);
      tried.add("100 × " + Operands.plain(n) + " / " + Operands.plain(d) + " = " + recomputed.toPlainString()
          + " (" + denominator.label() + ")");
      addNew(cells, denominator.cells());
    }
    finding.cells(cells).blanksReadAsZero(zeroRead).putArguments("tried", String.join("; ", tried));
    if (firstRecomputed != null && !unreadable.isEmpty()) {
      // no denominator that can be read matches: the report may have used one that cannot be read
      // (a blank NEW_RECEIVED[TOTAL]), so the share is not assessable, never a failure
      return finding.status(Status.NOT_ASSESSABLE).messageKey("narrative.percentage.NOT_ASSESSABLE.unreadable")
          .putArguments("cells", String.join("; ", new LinkedHashSet<>(unreadable))).build();
    }
    if (firstRecomputed == null) {
      List<String> reasons = new ArrayList<>(tried);
      reasons.addAll(unreadable);
      return finding.status(Status.NOT_ASSESSABLE).messageKey("narrative.percentage.NOT_ASSESSABLE")
          .putArguments("cells", String.join("; ", reasons)).build();
    }
    // expected is the HALF_UP share (the caller's rounding) over the first usable denominator: say which, as a PASS does
    return finding.status(Status.FAIL).expected(firstRecomputed).messageKey("narrative.percentage.FAIL")
        .putArguments("denominator", firstDenominator.name())
        .putArguments("denominatorLabel", firstDenominator.label())
        .putArguments("denominatorValue", Operands.plain(firstValue))
        .putArguments("rounding", failRounding.name())
        .denominator(firstDenominator, firstValue)
        .rounding(failRounding)
        .build();
  }

  /**
   * Adds the cells not among them yet, in order, as a {@link LinkedHashSet} would: a finding has a
   * handful of cells, which a scan checks for cheaper than a set's hash table.
   */
  private static void addNew(List<CellRef> cells, List<CellRef> more) {
    for (CellRef ref : more) {
      if (!cells.contains(ref)) {
        cells.add(ref);
      }
    }
  }
}
