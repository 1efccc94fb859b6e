package io.github.govdisclosure.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.testkit.Reports;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import io.github.govdisclosure.text.TextFormat;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.govdisclosure.testkit.TestkitGens;

/**
 * Property 1: {@code parse(format(report, f))} gives back the report (edition, year, agency and the
 * three tables; spans are auxiliary and not compared) for the formats the parser reads.
 *
 * <p>The formats that round-trip are {@code PIPE} (the seed report's flattened web text) and
 * {@code MARKDOWN} (GitHub tables with a {@code #} title); both print the title line and the
 * official labels, which the parser needs. The others are not inputs of the text parser:
 * {@code CSV} is a data export with canonical keys and no labels, title or headings (nothing for
 * the parser to find; {@code DisclosureJson} is the machine round trip); {@code HTML} is read by
 * {@code disclosure-html}, not by {@code DisclosureText.parse}; {@code PLAIN} draws box borders
 * ({@code │}) and prints a blank cell as nothing, so a blank cannot be told from a missing cell or
 * the next column (it happens to read back reports without blanks, but does not promise to).
 *
 * <p>{@code MARKDOWN} is checked with every option set, blanks included; {@code PIPE} without
 * blank cells, because a blank cell that opens a table 2 row of V2019 does not yet read back
 * ({@code TextRegressionTest.pipeBlankFirstCellOfATable2RowReadsBack}).
 */
class FormatRoundTripPropertyTest {

  private static final int EXAMPLES = 60;

  @ParameterizedTest
  @ValueSource(strings = {"PIPE", "MARKDOWN"})
  void formatThenParseGivesAnEqualReport(String syntax) {
    TextFormat format = TextFormat.preset(TextFormat.Syntax.valueOf(syntax));
    AtomicLong checked = new AtomicLong();
    PropertyRuns.theory(EXAMPLES)
        .forAll(Examples.options(syntax.equals("PIPE") ? Examples.WITHOUT_BLANKS : Examples.ALL),
            TestkitGens.seeds())
        .checkAssert((options, seed) -> {
          Report report = Reports.consistent(new SplittableRandom(seed), options);
          String text = DisclosureText.format(report, format);
          ParseResult result = DisclosureText.parse(text);
          Report read = result.getReport();
          assertThat(read.getEdition()).isEqualTo(report.getEdition());
          assertThat(read.getYear()).isEqualTo(report.getYear());
          assertThat(read.getAgency()).isEqualTo(report.getAgency());
          assertThat(Examples.cellDifferences(report, read)).as("cells of %s", syntax).isEmpty();
          assertThat(read.getActiveDisclosure()).isEqualTo(report.getActiveDisclosure());
          assertThat(read.getApplications()).isEqualTo(report.getApplications());
          assertThat(read.getReviewLitigation()).isEqualTo(report.getReviewLitigation());
          checked.incrementAndGet();
        });
    PropertyRuns.record("formatThenParseGivesAnEqualReport[" + syntax + "]", checked.get());
  }
}
