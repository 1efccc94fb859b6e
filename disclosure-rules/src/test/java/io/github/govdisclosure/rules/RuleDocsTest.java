package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule reference ({@code docs/rules.md} and one page per rule id, {@code docs/rules/<id>.md})
 * agrees with the catalogue: one page per id, the severity and statuses each page states, and every
 * example on a page run through the rules with the findings it shows printed verbatim.
 *
 * <p>An example is a {@code report} block (how the example report of {@code docs/rules.md} is
 * changed; see {@link ReportSketch}) followed by a {@code findings} block: every finding that did
 * not pass, rendered, in the order of the check; any passes the page wants to show; and the line
 * {@code Verdict: <verdict>}. A block with a {@code report <year>} line describes a series, checked
 * with {@link Rules#checkSeries(List)}.
 *
 * <p>The documentation lives at the repository root; the build passes its directory as the
 * property {@code govdisclosure.docs} (the module's {@code ../docs} otherwise).
 */
class RuleDocsTest {
  private static final Path DOCS = Path.of(System.getProperty("govdisclosure.docs", "../docs"));
  private static final Pattern FENCE = Pattern.compile("```(report|findings)");
  private static final Pattern SEVERITY = Pattern.compile("\\| severity \\| ([A-Z]+) \\|");
  private static final Pattern STATUSES = Pattern.compile("\\| statuses \\| ([A-Z_, ]+) \\|");
  private static final String VERDICT = "Verdict: ";

  /** One example of a page: the report block, the findings block, and the line it starts on. */
  private record Example(String page, int line, List<String> report, List<String> findings) {
    @Override
    public String toString() {
      return page + ":" + line;
    }
  }

  /** A page of the reference: its rule id (the file name), its text and its examples. */
  private record Page(String id, String text, List<Example> examples) {}

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Page> pages() {
    Path dir = DOCS.resolve("rules");
    assertThat(dir).as("the rule pages (property govdisclosure.docs)").isDirectory();
    try (Stream<Path> files = Files.list(dir)) {
      List<Page> pages = new ArrayList<>();
      files.sorted().forEach(file -> {
        String name = file.getFileName().toString();
        String text = read(file);
        pages.add(new Page(name.endsWith(".md") ? name.substring(0, name.length() - 3) : name, text,
            examples(name, text)));
      });
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report and findings blocks of a page, paired in order. */
  private static List<Example> examples(String page, String text) {
    List<String> lines = text.lines().toList();
    List<Example> examples = new ArrayList<>();
    List<String> report = null;
    int reportLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i).strip());
      if (!fence.matches()) {
        continue;
      }
      int start = i + 1;
      List<String> block = new ArrayList<>();
      for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
        block.add(lines.get(i));
      }
      if (fence.group(1).equals("report")) {
        assertThat(report).as("%s:%d: a report block is followed by its findings block", page, reportLine).isNull();
        report = block;
        reportLine = start;
      } else {
        assertThat(report).as("%s:%d: a findings block follows a report block", page, start).isNotNull();
        List<String> findings = new ArrayList<>();
        block.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(findings::add);
        examples.add(new Example(page, reportLine, report, findings));
        report = null;
      }
    }
    assertThat(report).as("%s:%d: a report block is followed by its findings block", page, reportLine).isNull();
    return examples;
  }

  /** The example report of {@code docs/rules.md}: its one report block, applied to nothing. */
  private static ReportSketch exampleReport() {
    List<Example> blocks = examples("rules.md", read(DOCS.resolve("rules.md")));
    assertThat(blocks).as("docs/rules.md holds the example report and its findings").hasSize(1);
    return new ReportSketch().applyAll(blocks.get(0).report());
  }

  private static CheckResult run(ReportSketch base, Example example) {
    List<Report> reports = ReportSketch.reports(base, example.report());
    return reports.size() == 1 ? Rules.standard().check(reports.get(0)) : Rules.standard().checkSeries(reports);
  }

  private static Set<String> ids() {
    Set<String> ids = new TreeSet<>();
    for (StandardRule rule : StandardRule.values()) {
      ids.add(rule.id());
    }
    return ids;
  }

  private static Page page(List<Page> pages, StandardRule rule) {
    return pages.stream().filter(p -> p.id().equals(rule.id())).findFirst().orElseThrow();
  }

  @Test
  void everyRuleIdHasExactlyOnePageAndEveryPageIsARuleId() {
    assertThat(pages()).extracting(Page::id).containsExactlyInAnyOrderElementsOf(ids());
  }

  @Test
  void everyPageIsHeadedByItsRuleId() {
    for (Page page : pages()) {
      assertThat(page.text().lines().findFirst()).as(page.id()).hasValue("# " + page.id());
    }
  }

  @Test
  void theSeverityOnEachPageIsTheCataloguesDefault() {
    List<Page> pages = pages();
    for (StandardRule rule : StandardRule.values()) {
      Matcher severity = SEVERITY.matcher(page(pages, rule).text());
      assertThat(severity.find()).as("%s states its severity", rule.id()).isTrue();
      assertThat(severity.group(1)).as(rule.id()).isEqualTo(rule.severity().name());
    }
  }

  @Test
  void theOverviewLinksEveryPageWithItsSeverity() {
    String overview = read(DOCS.resolve("rules.md"));
    for (StandardRule rule : StandardRule.values()) {
      String row = "| [`" + rule.id() + "`](rules/" + rule.id() + ".md) | " + rule.severity().name() + " |";
      assertThat(overview).withFailMessage("docs/rules.md lacks the row %s", row).contains(row);
    }
  }

  @Test
  void theExampleReportPassesEveryCheck() {
    List<Example> blocks = examples("rules.md", read(DOCS.resolve("rules.md")));
    CheckResult result = run(exampleReport(), new Example("rules.md", 0, List.of(), List.of()));
    assertThat(result.getFindings()).isNotEmpty().allMatch(f -> f.getStatus() == Status.PASS);
    assertShows(result, blocks.get(0));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleGivesTheFindingsItShows() {
    ReportSketch base = exampleReport();
    return pages().stream().flatMap(page -> page.examples().stream())
        .map(example -> DynamicTest.dynamicTest(example.toString(), () -> assertShows(run(base, example), example)));
  }

  /**
   * The findings block of an example shows exactly the findings that did not pass, in order, each
   * pass it lists is one, and its verdict line is the verdict.
   */
  private static void assertShows(CheckResult result, Example example) {
    Set<String> passes = new LinkedHashSet<>();
    List<String> others = new ArrayList<>();
    for (Finding finding : result.getFindings()) {
      if (finding.getStatus() == Status.PASS) {
        passes.add(finding.render());
      } else {
        others.add(finding.render());
      }
    }
    List<String> verdicts = example.findings().stream().filter(l -> l.startsWith(VERDICT)).toList();
    assertThat(verdicts).as("%s: one verdict line", example).hasSize(1);
    assertThat(others).as("%s: the findings that did not pass, in order", example)
        .containsExactlyElementsOf(example.findings().stream()
            .filter(l -> !l.startsWith(VERDICT) && !passes.contains(l)).toList());
    assertThat(VERDICT + result.getVerdict()).as("%s: the verdict", example).isEqualTo(verdicts.get(0));
  }

  @Test
  void eachPageShowsAnExampleThatFailsItsRuleAndOneThatDoesNot() {
    ReportSketch base = exampleReport();
    for (Page page : pages()) {
      boolean fails = false;
      boolean holds = false;
      for (Example example : page.examples()) {
        // a rule that only ever says "not assessable" (edition.out-of-scope) fails by saying it
        boolean failed = run(base, example).getFindings().stream().anyMatch(f -> f.getRuleId().equals(page.id())
            && (f.getStatus() == Status.FAIL || f.getStatus() == Status.NOT_ASSESSABLE && notAssessableOnly(page)));
        fails |= failed;
        holds |= !failed;
      }
      assertThat(fails).as("%s has an example that fails it", page.id()).isTrue();
      assertThat(holds).as("%s has an example that it passes", page.id()).isTrue();
    }
  }

  private static boolean notAssessableOnly(Page page) {
    return page.text().contains("| statuses | NOT_ASSESSABLE |");
  }

  @Test
  void theStatusesOnEachPageAreTheOnesItsExamplesGive() {
    ReportSketch base = exampleReport();
    for (Page page : pages()) {
      Matcher claimed = STATUSES.matcher(page.text());
      assertThat(claimed.find()).as("%s states its statuses", page.id()).isTrue();
      Set<Status> stated = EnumSet.noneOf(Status.class);
      for (String status : claimed.group(1).split(", ")) {
        stated.add(Status.valueOf(status));
      }
      Set<Status> given = EnumSet.noneOf(Status.class);
      for (Example example : page.examples()) {
        run(base, example).byRule(page.id()).forEach(f -> given.add(f.getStatus()));
      }
      assertThat(given).as(page.id()).isEqualTo(stated);
    }
  }
}
