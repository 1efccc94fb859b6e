package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.FindingBuilder;
import io.github.govdisclosure.rules.Status;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code narrative.count} (WARNING), per stated count: the count differs from every reading of the
 * cell or derived group total it restates ({@link Quotes}). Not assessable when the table is absent
 * or the cells of the first reading are not numbers. Not API.
 */
public final class NarrativeCount extends StandardRuleBase {

  /** The rule. */
  public NarrativeCount() {
    super("narrative.count", Severity.WARNING, List.of("narrative.count.PASS", "narrative.count.PASS.short",
        "narrative.count.FAIL", "narrative.count.FAIL.short", "narrative.NOT_ASSESSABLE.table",
        "narrative.NOT_ASSESSABLE.cells"));
  }

  @Override
  protected void check(RuleContext context, List<Finding> findings) {
    for (StatedFigure figure : context.report().getStatedFigures()) {
      if (figure.getCount().isPresent()) {
        findings.add(count(context, figure));
      }
    }
  }

  private Finding count(RuleContext context, StatedFigure figure) {
    long stated = figure.getCount().getAsLong();
    FindingBuilder finding = Quotes.about(finding(context), figure).actual(BigDecimal.valueOf(stated))
        .putArguments("stated", Long.toString(stated));
    Table table = Quotes.tableOf(figure.getQuantity());
    if (!context.hasTable(table)) {
      return finding.status(Status.NOT_ASSESSABLE).messageKey("narrative.NOT_ASSESSABLE.table")
          .location(table.name()).putArguments("table", table.name()).build();
    }
    Quotes.Match quoted = Quotes.read(context, figure, true);
    finding.cells(quoted.quote.cells()).blanksReadAsZero(quoted.zeroRead)
        .putArguments("reading", quoted.quote.name())
        .putArguments("readings", quoted.tried.size() == 1 ? quoted.tried.get(0) : String.join("; ", quoted.tried));
    if (quoted.value.isPresent()) {
      BigDecimal v = quoted.value.get();
      finding.expected(v).putArguments("value", Operands.plain(v));
    }
    if (quoted.matched) {
      return finding.status(Status.PASS).messageKey("narrative.count.PASS").build();
    }
    if (quoted.value.isEmpty()) {
      return finding.status(Status.NOT_ASSESSABLE).messageKey("narrative.NOT_ASSESSABLE.cells")
          .putArguments("cells", quoted.unreadable).build();
    }
    return finding.status(Status.FAIL).messageKey("narrative.count.FAIL").build();
  }
}
