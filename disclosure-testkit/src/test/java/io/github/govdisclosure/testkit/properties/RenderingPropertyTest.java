package io.github.govdisclosure.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.testkit.Noise;
import io.github.govdisclosure.testkit.Rendering;
import io.github.govdisclosure.testkit.Renderings;
import io.github.govdisclosure.testkit.Reports;
import io.github.govdisclosure.testkit.Shape;
import io.github.govdisclosure.testkit.TestkitGens;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.generators.Generate;

/**
 * Property 2: a messy rendering ({@link Renderings}, every {@link Shape}, a random subset of
 * {@link Noise}) parses to the same cell values, or else each cell read differently is named by a
 * diagnostic ({@link Naming}: the message names the cell or its row, or the diagnostic's span
 * overlaps the token read into the cell).
 *
 * <p>"Same cell values" compares kind, value and unit ({@link Examples#sameValue}), not the raw
 * token, which bracket swapping changes ({@code 22(其中修订16件)}), nor the annotation, which
 * crawler text runs into the next cell (it is then quoted by a {@code TEXT-CELL-UNPLACED}).
 *
 * <p>Reports are drawn without blank cells (see {@code TextRegressionTest}), and crawler text only
 * of V2021 reports of plain numbers: an annotation, a text cell ({@code 无}) or a negative V2019
 * {@code NET_CHANGE} inside a crawler run makes the splitter misread the row without a diagnostic naming it
 * ({@code TextRegressionTest}). Year, agency and narrative are not part of this
 * property (crawler text runs the title into the body, so it may lose the agency).
 */
class RenderingPropertyTest {

  private static final int EXAMPLES = 30;

  @ParameterizedTest
  @EnumSource(Shape.class)
  void messyRenderingsParseToTheSameCellsOrNameTheCell(Shape shape) {
    AtomicLong checked = new AtomicLong();
    PropertyRuns.theory(EXAMPLES)
        .forAll(Examples.options(shape == Shape.CRAWLER ? Examples.CRAWLER_CELLS : Examples.WITHOUT_BLANKS),
            Generate.range(0, (1 << Noise.values().length) - 1),
            TestkitGens.seeds())
        .checkAssert((options, mask, seed) -> {
          SplittableRandom rng = new SplittableRandom(seed);
          Report report = Reports.consistent(rng, options);
          Rendering rendering = Renderings.render(report, shape, noise(mask), rng);
          ParseResult result = DisclosureText.parse(rendering.getText());
          assertThat(unnamedDifferences(report, result)).as(rendering.describe()).isEmpty();
          checked.incrementAndGet();
        });
    PropertyRuns.record("messyRenderingsParseToTheSameCellsOrNameTheCell[" + shape + "]", checked.get());
  }

  static Set<Noise> noise(int mask) {
    Set<Noise> noise = EnumSet.noneOf(Noise.class);
    for (Noise n : Noise.values()) {
      if ((mask & (1 << n.ordinal())) != 0) {
        noise.add(n);
      }
    }
    return noise;
  }

  /** The layout cells read differently that no diagnostic names, described. */
  static List<String> unnamedDifferences(Report report, ParseResult result) {
    List<String> unnamed = new ArrayList<>();
    Report parsed = result.getReport();
    for (Table t : Table.values()) {
      StandardTable table = report.table(t).orElseThrow();
      for (CellRef ref : table.layout()) {
        Cell want = table.get(ref);
        Cell got = parsed.cell(ref);
        if (!Examples.sameValue(want, got) && !Naming.namedByAny(result.getDiagnostics(), ref, parsed)) {
          unnamed.add(ref + ": " + Naming.describe(want) + " read as " + Naming.describe(got));
        }
      }
    }
    return unnamed;
  }
}
