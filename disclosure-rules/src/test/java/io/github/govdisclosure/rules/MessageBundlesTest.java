package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.internal.LitigationWithinReview;
import io.github.govdisclosure.rules.internal.StandardRuleBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the catalogue (and the test-only rule of the recipe) declares the message keys its
 * findings may have; every one of them is in every message bundle, every finding the rules make
 * has a declared key, and no message shows a key or an unfilled {@code {name}}.
 */
class MessageBundlesTest {
  private static final String DIRECTORY = "/io/github/govdisclosure/rules/internal/";
  /** The keys every rendering uses, whatever the rule. */
  private static final List<String> COMMON = List.of("render", "render.nowhere", "render.notAssessable",
      "note.blanksAsZero", "note.guessed", "note.diagnostic");
  private static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z]+\\}");

  private static List<StandardRuleBase> rules() {
    List<StandardRuleBase> rules = new ArrayList<>();
    for (StandardRule rule : StandardRule.values()) {
      rules.add((StandardRuleBase) rule.rule());
    }
    rules.add(new LitigationWithinReview());
    return rules;
  }

  /** Every {@code messages*.properties} of the rules, by file name, read as written (no fallback). */
  private static Map<String, Properties> bundles() {
    URL base = MessageBundlesTest.class.getResource(DIRECTORY + "messages.properties");
    assertThat(base).as("the base bundle").isNotNull();
    Map<String, Properties> bundles = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of(base.toURI()).getParent())) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith("messages") && name.endsWith(".properties")) {
          Properties properties = new Properties();
          try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
          }
          bundles.put(name, properties);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return bundles;
  }

  @Test
  void everyRuleHasEveryMessageKeyInEveryBundle() {
    Map<String, Properties> bundles = bundles();
    assertThat(bundles.keySet()).contains("messages.properties", "messages_en.properties", "messages_zh.properties");
    for (StandardRuleBase rule : rules()) {
      assertThat(rule.messageKeys()).as(rule.id()).isNotEmpty();
      List<String> keys = new ArrayList<>(rule.messageKeys());
      keys.addAll(COMMON);
      bundles.forEach((name, bundle) -> assertThat(bundle.stringPropertyNames()).as(name + " for " + rule.id())
          .containsAll(keys));
    }
  }

  @Test
  void everyBundleHasTheSameKeys() {
    Map<String, Properties> bundles = bundles();
    Properties base = bundles.get("messages.properties");
    bundles.forEach((name, bundle) -> assertThat(bundle.stringPropertyNames()).as(name)
        .isEqualTo(base.stringPropertyNames()));
  }

  @Test
  void everyFindingHasAKeyItsRuleDeclaresAndAFilledMessage() {
    Map<String, List<String>> declared = new LinkedHashMap<>();
    rules().forEach(rule -> declared.put(rule.id(), rule.messageKeys()));
    Rules keep = Rules.builder().add(new LitigationWithinReview()).build();
    Rules zero = keep.toBuilder().blanksAsZero(true).severity("cell.count", Severity.INFO).build();
    List<Finding> findings = new ArrayList<>();
    for (Report report : reports()) {
      findings.addAll(keep.check(report).getFindings());
      findings.addAll(zero.check(report).getFindings());
    }
    for (List<Report> series : series()) {
      findings.addAll(keep.checkSeries(series).getFindings());
      findings.addAll(zero.checkSeries(series).getFindings());
    }
    List<Finding> all = new ArrayList<>();
    findings.forEach(f -> collect(f, all));
    assertThat(all).extracting(Finding::getRuleId).containsAll(declared.keySet());
    for (Finding finding : all) {
      assertThat(declared.get(finding.getRuleId())).as(finding.toString()).contains(finding.getMessageKey());
      for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
        for (String text : List.of(finding.message(locale), finding.render(locale))) {
          assertThat(text).as(finding.toString()).doesNotContain(finding.getMessageKey());
          assertThat(UNFILLED.matcher(text).find()).as(text).isFalse();
        }
      }
    }
  }

  @Test
  void aMissingKeyShowsTheNamedValuesNeverTheKey() {
    Finding finding = Finding.builder().ruleId("acme.rule").severity(Severity.WARNING).status(Status.FAIL)
        .messageKey("acme.rule.FAIL").putArguments("left", "3").putArguments("right", "5").build();
    assertThat(finding.message()).isEqualTo("left = 3; right = 5");
    assertThat(finding.render(Locale.CHINESE)).isEqualTo("acme.rule warning：left = 3; right = 5");
    Finding bare = finding.toBuilder().arguments(Map.of()).build();
    assertThat(bare.message()).isEqualTo("?");
  }

  private static void collect(Finding finding, List<Finding> into) {
    into.add(finding);
    finding.getExplains().forEach(f -> collect(f, into));
  }

  /** The fixtures, seeded perturbations of their tables, and reports with parts missing. */
  private static List<Report> reports() {
    List<Report> bases = List.of(Fixtures.weiyuan(), Fixtures.zrz(), Fixtures.report(Fixtures.smallTable().build()).build());
    List<Report> reports = new ArrayList<>(bases);
    Random random = new Random(20240607L);
    for (int i = 0; i < 30; i++) {
      reports.add(FindingsRegressionTest.perturb(bases.get(i % bases.size()), random));
    }
    Report weiyuan = bases.get(0);
    reports.add(new Report.Builder().from(weiyuan).applications(java.util.Optional.empty())
        .reviewLitigation(java.util.Optional.empty()).sections(Map.of()).build());
    reports.add(new Report.Builder().from(weiyuan).year(java.util.OptionalInt.empty()).build());
    reports.add(new Report.Builder().from(weiyuan).year(2001).build());
    // headings in order and misnumbered, a hybrid table 3, a failure on a guessed cell, a cited diagnostic
    java.util.Optional<io.github.govdisclosure.model.Section> overview = java.util.Optional.of(
        io.github.govdisclosure.model.Section.OVERVIEW);
    reports.add(new Report.Builder().from(weiyuan).addHeadings(
        io.github.govdisclosure.model.Heading.of("一", "总体情况", overview)).build());
    reports.add(new Report.Builder().from(weiyuan).addHeadings(
        io.github.govdisclosure.model.Heading.of("三", "总体情况", overview)).build());
    reports.add(new Report.Builder().from(weiyuan).applications(ApplicationTable.builder(Edition.V2019).build()).build());
    CellRef received = CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
    reports.add(new Report.Builder().from(weiyuan).applications(ApplicationTable.builder(Edition.V2021)
        .from(weiyuan.getApplications().get()).put(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL,
            new Cell.Builder().from(Cell.of(weiyuan.cell(received).asLong().getAsLong() + 1))
                .provenance(io.github.govdisclosure.model.Provenance.GUESSED).basis("placed by position").build())
        .build()).build());
    reports.add(new Report.Builder().from(weiyuan).sections(Map.of()).addDiagnostics(
        new io.github.govdisclosure.model.Diagnostic.Builder().code("TEXT-SECTION-MISSING").severity(Severity.WARNING)
            .span(new io.github.govdisclosure.model.SourceSpan(0, 0, 1, 1))
            .message("no heading of section PROBLEMS (五、存在的主要问题及改进情况) was found").excerpt("").build()).build());
    reports.add(new Report.Builder().from(weiyuan).edition(Edition.PRE_2019).activeDisclosure(java.util.Optional.empty())
        .applications(java.util.Optional.empty()).reviewLitigation(java.util.Optional.empty()).build());
    reports.add(Fixtures.report(ApplicationTable.builder(Edition.V2021).from(Fixtures.smallTable().build())
        .addExtraRows(io.github.govdisclosure.model.ExtraRow.of("（八）其他情形", List.of(Cell.of(1)))).build()).build());
    return reports;
  }

  /** Consecutive years, a gap, a duplicate, a blank carried-over cell. */
  private static List<List<Report>> series() {
    Report y2021 = Fixtures.weiyuan();
    Report y2022 = new Report.Builder().from(y2021).year(2022).build();
    Report blank2022 = new Report.Builder().from(y2022).applications(ApplicationTable.builder(Edition.V2021)
        .from(y2021.getApplications().get())
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.TOTAL, Cell.blank()).build()).build();
    Report y2024 = new Report.Builder().from(y2021).year(2024).build();
    return List.of(List.of(Fixtures.zrz(), y2021, y2022), List.of(y2021, blank2022), List.of(y2021, y2022, y2022),
        List.of(y2021, y2024));
  }
}
