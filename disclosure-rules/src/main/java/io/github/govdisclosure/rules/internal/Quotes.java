package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.FindingBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table cells a narrative quantity may quote, the usual reading first: a stated count is
 * accepted when any reading matches. What the {@code narrative.*} rules share: the readings, the
 * table a quantity is in, the start of a finding about a stated figure. Not API.
 */
final class Quotes {
  /** Every quantity's quotes in every edition, built once. */
  private static final Map<Edition, Map<Quantity, List<Quote>>> QUOTES = all();

  private Quotes() {}

  private static Map<Edition, Map<Quantity, List<Quote>>> all() {
    Map<Edition, Map<Quantity, List<Quote>>> all = new EnumMap<>(Edition.class);
    for (Edition edition : Edition.values()) {
      Map<Quantity, List<Quote>> byQuantity = new EnumMap<>(Quantity.class);
      for (Quantity quantity : Quantity.values()) {
        byQuantity.put(quantity, build(quantity, edition));
      }
      all.put(edition, byQuantity);
    }
    return all;
  }

  /** One reading: a name for messages and the cells whose sum it is. */
  record Quote(String name, List<CellRef> cells) {
    Quote {
      cells = List.copyOf(cells);
    }
  }

  static List<Quote> of(Quantity quantity, Edition edition) {
    return QUOTES.get(edition).get(quantity);
  }

  /** The table a quantity restates: table 4 for review and litigation, else table 3. */
  static Table tableOf(Quantity quantity) {
    return quantity == Quantity.REVIEW || quantity == Quantity.LITIGATION ? Table.REVIEW_LITIGATION : Table.APPLICATIONS;
  }

  /** A finding about a stated figure: its quantity and phrase (typed and as named values), its span. */
  static FindingBuilder about(FindingBuilder finding, StatedFigure figure) {
    finding.quantity(figure.getQuantity()).phrase(figure.getPhrase())
        .putArguments("quantity", figure.getQuantity().key())
        .putArguments("phrase", figure.getPhrase());
    figure.getSpan().ifPresent(finding::span);
    return finding;
  }

  /** The outcome of reading the quotes of a figure. */
  static final class Match {
    Quote quote;
    Optional<BigDecimal> value = Optional.empty();
    boolean matched;
    boolean zeroRead;
    String unreadable = "";
    /** The readings tried, {@code NEW_RECEIVED = 35}; only when asked for. */
    List<String> tried;
  }

  /**
   * Reads the quotes of a figure in order until one matches its stated count; else the first
   * reading. {@code tried} lists what each reading gave, when asked for.
   */
  static Match read(RuleContext context, StatedFigure figure, boolean tried) {
    Report report = context.report();
    // table 3's own layout: a V2021 report may hold a V2019 table 3 (one OTHER_HANDLING row)
    Edition layout = report.getApplications().map(t -> t.getEdition()).orElse(report.getEdition());
    List<Quote> quotes = of(figure.getQuantity(), layout);
    Match result = new Match();
    if (tried) {
      result.tried = new ArrayList<>(quotes.size());
    }
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      Operands operands = new Operands(context);
      Optional<BigDecimal> value = operands.sum(quote.cells());
      if (tried) {
        result.tried.add(quote.name() + " = " + value.map(Operands::plain).orElse("?"));
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

  private static List<Quote> build(Quantity quantity, Edition edition) {
    if (quantity.group().isPresent()) {
      return group(quantity.group().get(), edition);
    }
    switch (quantity) {
      case RECEIVED:
        return List.of(total(ApplicationRow.NEW_RECEIVED),
            new Quote("NEW_RECEIVED + CARRIED_OVER", List.of(cell(ApplicationRow.NEW_RECEIVED), cell(ApplicationRow.CARRIED_FROM_LAST_YEAR))));
      case CARRIED_FROM_LAST_YEAR:
        return List.of(total(ApplicationRow.CARRIED_FROM_LAST_YEAR));
      case HANDLED:
        return List.of(total(ApplicationRow.TOTAL_HANDLED));
      case DISCLOSED:
        return List.of(total(ApplicationRow.DISCLOSED));
      case PARTIALLY_DISCLOSED:
        return List.of(total(ApplicationRow.PARTIALLY_DISCLOSED));
      case DISCLOSED_OR_PARTIALLY:
        return List.of(new Quote("DISCLOSED + PARTIALLY_DISCLOSED",
            List.of(cell(ApplicationRow.DISCLOSED), cell(ApplicationRow.PARTIALLY_DISCLOSED))));
      case CARRIED_TO_NEXT_YEAR:
        return List.of(total(ApplicationRow.CARRIED_TO_NEXT_YEAR));
      case REVIEW:
        return List.of(new Quote("REVIEW", List.of(CellRef.of(ReviewGroup.REVIEW, Outcome.TOTAL))));
      default:
        CellRef direct = CellRef.of(ReviewGroup.LITIGATION_DIRECT, Outcome.TOTAL);
        CellRef afterReview = CellRef.of(ReviewGroup.LITIGATION_AFTER_REVIEW, Outcome.TOTAL);
        return List.of(new Quote("LITIGATION_DIRECT + LITIGATION_AFTER_REVIEW", List.of(direct, afterReview)),
            new Quote("LITIGATION_DIRECT", List.of(direct)),
            new Quote("LITIGATION_AFTER_REVIEW", List.of(afterReview)));
    }
  }

  private static List<Quote> group(ApplicationGroup group, Edition edition) {
    List<ApplicationRow> rows = group.rows(edition);
    List<Quote> quotes = new ArrayList<>();
    List<CellRef> cells = new ArrayList<>();
    rows.forEach(r -> cells.add(cell(r)));
    quotes.add(new Quote(rows.size() == 1 ? rows.get(0).key() : "Σ " + group.name() + "_*", cells));
    if (rows.size() > 1) {
      rows.forEach(r -> quotes.add(total(r)));
    }
    return List.copyOf(quotes);
  }

  private static Quote total(ApplicationRow row) {
    return new Quote(row.key(), List.of(cell(row)));
  }

  private static CellRef cell(ApplicationRow row) {
    return CellRef.of(row, Applicant.TOTAL);
  }
}
