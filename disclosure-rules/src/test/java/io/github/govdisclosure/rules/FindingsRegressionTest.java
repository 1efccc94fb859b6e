package io.github.govdisclosure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.StatedFigure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every attribute of every finding (argument order included), its renderings and messages in
 * both locales, on the fixtures and on seeded perturbations of their tables 3 and 4, under four
 * configurations, digested per case and compared with {@code golden/findings.sha256}: recorded
 * before the rules were made fast, so that the faster rules find exactly what the first ones did.
 * Regenerate with {@link #main} only when a finding is meant to change.
 *
 * <p>The digests cover the findings of the rules they were recorded with ({@link #RECORDED}), and
 * the verdict: a rule added since is specified by its own test and changes no digest, unless it
 * changes a verdict.
 */
class FindingsRegressionTest {
  /** The rules the digests were recorded with. */
  static final Set<String> RECORDED = Set.of("cell.count", "validation.constraint", "table3.balance",
      "table3.results-total", "table3.applicant-total", "table3.wrong-cell", "table4.total",
      "structure.section-missing", "structure.table-missing", "structure.row-missing", "structure.row-unknown",
      "edition.year-mismatch", "narrative.count", "narrative.percentage", "narrative.breakdown", "narrative.fee",
      "cross-year.carry-over", "cross-year.in-force");

  private static final List<Rules> CONFIGURATIONS = List.of(
      Rules.standard(),
      Rules.builder().blanksAsZero(true).build(),
      Rules.builder().disable("table3.balance").disable("cell.count").build(),
      Rules.builder().severity("table3.wrong-cell", Severity.WARNING).severity("table3.applicant-total", Severity.INFO)
          .build());

  @Test
  void findingsAreThoseRecordedBeforeTheRulesWereMadeFast() {
    Map<String, String> golden = golden();
    Map<String, String> actual = digests();
    assertThat(actual).hasSize(golden.size());
    assertThat(actual).containsExactlyEntriesOf(golden);
  }

  /** The recorded digests by case. */
  static Map<String, String> golden() {
    Map<String, String> golden = new LinkedHashMap<>();
    for (String line : goldenText().split("\n")) {
      if (!line.isBlank()) {
        golden.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1));
      }
    }
    return golden;
  }

  private static String goldenText() {
    try (java.io.InputStream in = FindingsRegressionTest.class.getResourceAsStream("/golden/findings.sha256")) {
      assertThat(in).as("golden/findings.sha256").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Prints the digests, one case a line, for {@code src/test/resources/golden/findings.sha256}. */
  public static void main(String[] args) {
    digests().forEach((name, digest) -> System.out.println(name + " " + digest));
  }

  static Map<String, String> digests() {
    return digests(UnaryOperator.identity());
  }

  /** The digests with each configuration changed, e.g. a rule added. */
  static Map<String, String> digests(UnaryOperator<Rules> change) {
    List<Rules> configurations = new ArrayList<>();
    CONFIGURATIONS.forEach(rules -> configurations.add(change.apply(rules)));
    Map<String, String> digests = new LinkedHashMap<>();
    List<Report> bases = List.of(Fixtures.weiyuan(), Fixtures.zrz(), Fixtures.report(Fixtures.smallTable().build()).build());
    for (int b = 0; b < bases.size(); b++) {
      for (int c = 0; c < configurations.size(); c++) {
        digests.put("base" + b + "-config" + c, digest(configurations.get(c), bases.get(b)));
      }
    }
    Report partial = new Report.Builder().from(bases.get(0)).reviewLitigation(java.util.Optional.empty())
        .sections(Map.of(Section.OVERVIEW, "…")).build();
    digests.put("partial", digest(configurations.get(0), partial));
    Random random = new Random(20211231L);
    for (int v = 0; v < 150; v++) {
      Report base = bases.get(v % bases.size());
      Report variant = perturb(base, random);
      Rules rules = configurations.get(random.nextInt(configurations.size()));
      digests.put("variant" + v, digest(rules, variant));
    }
    return digests;
  }

  static Report perturb(Report base, Random random) {
    Report.Builder report = new Report.Builder().from(base);
    if (random.nextInt(4) > 0) {
      report.applications(applications(base.getApplications().get(), random));
    }
    if (random.nextInt(3) == 0) {
      report.reviewLitigation(review(base.getReviewLitigation().get(), random));
    }
    if (!base.getStatedFigures().isEmpty() && random.nextBoolean()) {
      List<StatedFigure> figures = new ArrayList<>();
      for (StatedFigure figure : base.getStatedFigures()) {
        StatedFigure.Builder changed = new StatedFigure.Builder().from(figure);
        if (random.nextInt(3) == 0 && figure.getCount().isPresent()) {
          changed.count(figure.getCount().getAsLong() + random.nextInt(3) - 1);
        }
        if (random.nextInt(3) == 0 && figure.getPercent().isPresent()) {
          changed.percent(figure.getPercent().get().add(new BigDecimal("0.01")));
        }
        figures.add(changed.build());
      }
      report.statedFigures(figures);
    }
    return report.build();
  }

  private static ApplicationTable applications(ApplicationTable table, Random random) {
    ApplicationTable.Builder changed = ApplicationTable.builder(table.getEdition());
    Map<CellRef, Cell> cells = mutate(table, random);
    cells.forEach((ref, cell) -> changed.put((io.github.govdisclosure.model.ApplicationRow) ref.row(),
        (io.github.govdisclosure.model.Applicant) ref.column(), cell));
    return changed.build();
  }

  private static ReviewLitigationTable review(ReviewLitigationTable table, Random random) {
    ReviewLitigationTable.Builder changed = ReviewLitigationTable.builder(table.getEdition());
    Map<CellRef, Cell> cells = mutate(table, random);
    cells.forEach((ref, cell) -> changed.put((io.github.govdisclosure.model.ReviewGroup) ref.row(),
        (io.github.govdisclosure.model.Outcome) ref.column(), cell));
    return changed.build();
  }

  private static Map<CellRef, Cell> mutate(StandardTable table, Random random) {
    Map<CellRef, Cell> cells = new LinkedHashMap<>(table.getCells());
    List<CellRef> layout = table.layout();
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      CellRef ref = layout.get(random.nextInt(layout.size()));
      long printed = table.get(ref).asLong().orElse(0);
      switch (random.nextInt(8)) {
        case 0:
        case 1:
        case 2:
          cells.put(ref, Cell.of(Math.max(0, printed + random.nextInt(5) - 2)));
          break;
        case 3:
          cells.put(ref, Cell.blank());
          break;
        case 4:
          cells.put(ref, Cell.text(random.nextBoolean() ? "/" : "无"));
          break;
        case 5:
          cells.put(ref, Cell.of(new BigDecimal(printed + ".5")));
          break;
        case 6:
          cells.put(ref, Cell.of(-1 - random.nextInt(3)));
          break;
        default:
          cells.remove(ref);
      }
    }
    return cells;
  }

  private static String digest(Rules rules, Report report) {
    StringBuilder out = new StringBuilder();
    CheckResult result = rules.check(report);
    out.append(result.getVerdict()).append(' ').append(result.isComplete()).append('\n');
    List<Finding> recorded = recorded(result.getFindings());
    for (Finding finding : recorded) {
      dump(finding, out, "");
    }
    // CheckResult.render of the recorded findings: the failures and unassessable ones, a line each
    for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
      for (Finding finding : recorded) {
        if (finding.getStatus() != Status.PASS) {
          out.append(finding.render(locale)).append('\n');
        }
      }
    }
    out.append("validate\n");
    for (Finding finding : recorded(rules.validate(report).getFindings())) {
      dump(finding, out, "");
    }
    out.append("recompute\n");
    for (Finding finding : recorded(Percentages.recompute(report, rules))) {
      dump(finding, out, "");
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(out.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Finding> recorded(List<Finding> findings) {
    return findings.stream().filter(f -> RECORDED.contains(f.getRuleId())).toList();
  }

  private static void dump(Finding f, StringBuilder out, String indent) {
    out.append(indent).append(f.getRuleId()).append('|').append(f.getSeverity()).append('|').append(f.getStatus())
        .append('|').append(f.getCells()).append('|').append(f.getLocation()).append('|').append(f.getYear())
        .append('|').append(f.getExpected().map(BigDecimal::toString)).append('|')
        .append(f.getActual().map(BigDecimal::toString)).append('|').append(f.getMessageKey()).append('|');
    f.getArguments().forEach((k, v) -> out.append(k).append('=').append(v).append(';'));
    out.append('|').append(f.isBlanksReadAsZero()).append('|').append(f.getSpan()).append('\n');
    out.append(indent).append(f.render()).append('\n').append(indent).append(f.render(Locale.CHINA)).append('\n');
    out.append(indent).append(f.message()).append('\n').append(indent).append(f.message(Locale.CHINESE)).append('\n');
    for (Finding explained : f.getExplains()) {
      dump(explained, out, indent + "  ");
    }
    assertThat(f).isEqualTo(Finding.builder().from(f).build());
  }
}
