package io.github.govdisclosure.rules;

import io.github.govdisclosure.model.FormatKey;
import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reports built in code for the tests; tables 3 and 4 of real reports read from truth files. */
final class Fixtures {
  private static final Pattern ROW = Pattern.compile("\"([A-Z_]+)\"\\s*:\\s*\\[([^\\]]*)\\]");

  private Fixtures() {}

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/truth/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String object(String json, String name) {
    int start = json.indexOf("\"" + name + "\"");
    int open = json.indexOf('{', start);
    int close = json.indexOf('}', open);
    return json.substring(open, close);
  }

  private static Cell cell(String token) {
    String t = token.trim();
    return "null".equals(t) ? Cell.blank() : Cell.of(Long.parseLong(t));
  }

  /** Table 3 of a truth file ({@code null} = blank cell). */
  static ApplicationTable applications(String truth, Edition edition) {
    ApplicationTable.Builder table = ApplicationTable.builder(edition);
    Matcher m = ROW.matcher(object(resource(truth), "applications"));
    while (m.find()) {
      String[] values = m.group(2).split(",");
      Applicant[] columns = Applicant.values();
      for (int i = 0; i < columns.length; i++) {
        table.put(FormatKey.parse(ApplicationRow.class, m.group(1)), columns[i], cell(values[i]));
      }
    }
    return table.build();
  }

  /** Table 4 of a truth file. */
  static ReviewLitigationTable reviewLitigation(String truth, Edition edition) {
    ReviewLitigationTable.Builder table = ReviewLitigationTable.builder(edition);
    Matcher m = ROW.matcher(object(resource(truth), "reviewLitigation"));
    while (m.find()) {
      String[] values = m.group(2).split(",");
      Outcome[] outcomes = Outcome.values();
      for (int i = 0; i < outcomes.length; i++) {
        table.put(ReviewGroup.valueOf(m.group(1)), outcomes[i], cell(values[i]));
      }
    }
    return table.build();
  }

  static Report.Builder withAllSections(Report.Builder report) {
    for (Section section : Section.values()) {
      report.putSections(section, "…");
    }
    return report;
  }

  static StatedFigure figure(Quantity quantity, long count, String percent, String phrase) {
    StatedFigure.Builder figure = new StatedFigure.Builder().quantity(quantity).count(count).phrase(phrase)
        .section(Section.OVERVIEW);
    if (percent != null) {
      figure.percent(new BigDecimal(percent));
    }
    return figure.build();
  }

  static StatedFigure count(Quantity quantity, long count, String phrase) {
    return figure(quantity, count, null, phrase);
  }

  /**
   * 威远县人民政府 2021 (V2021), the canonical example: tables from the truth file, narrative as
   * published (section 一 and 六).
   */
  static Report weiyuan() {
    ActiveDisclosureTable active = ActiveDisclosureTable.builder(Edition.V2021)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.ISSUED, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.REPEALED, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.IN_FORCE, 0)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED, 4)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED, 0)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE, 147)
        .put(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, 27098)
        .put(DisclosureRow.PENALTY, DisclosureColumn.DECISIONS, 2212)
        .put(DisclosureRow.COERCION, DisclosureColumn.DECISIONS, 353)
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.AMOUNT, Cell.of(new BigDecimal("4221.6528")))
        .build();
    return withAllSections(new Report.Builder())
        .edition(Edition.V2021).year(2021).agency("威远县人民政府")
        .activeDisclosure(active)
        .applications(applications("2021_weiyuan-county.txt.json", Edition.V2021))
        .reviewLitigation(reviewLitigation("2021_weiyuan-county.txt.json", Edition.V2021))
        .addStatedFigures(count(Quantity.RECEIVED, 35, "全年共收到信息公开申请35件"))
        .addStatedFigures(figure(Quantity.DISCLOSED, 17, "48.57", "“予以公开”17件，占总数的48.57%"))
        .addStatedFigures(figure(Quantity.PARTIALLY_DISCLOSED, 4, "11.43", "“部分公开”4件，占总数的11.43%"))
        .addStatedFigures(figure(Quantity.WITHHELD, 3, "8.57", "“不予公开”3件，占总数的8.57%"))
        .addStatedFigures(figure(Quantity.UNAVAILABLE, 7, "20", "“无法提供”7件，占总数的20%"))
        .addStatedFigures(figure(Quantity.NOT_PROCESSED, 3, "8.57", "“不予处理”3件，占总数的8.57%"))
        .addStatedFigures(figure(Quantity.CARRIED_TO_NEXT_YEAR, 1, "2.86", "“结转下年度继续办理”1件，占总数的2.86%"))
        .addStatedBreakdowns(new StatedBreakdown.Builder().total(7784)
            .parts(List.of(689L, 3799L, 2109L, 222L, 80L, 443L, 442L)).complete(true)
            .phrase("全年共公开信息7784条,其中,政策文件及解读信息689条,…其他类别信息442条").section(Section.OVERVIEW).build())
        .feeStatement(new FeeStatement.Builder().charged(false).phrase("2021年,我县未收取政府信息公开信息处理费。").build())
        .build();
  }

  /**
   * 平潭综合实验区自然资源与生态环境局 2020 (V2019), inconsistent as published: tables 3 and 4 from
   * the truth file; table 2 read from the run-together crawler text; the complete breakdown of
   * section 二 (225 = 5 + 5 + 40 + 121 + 39 + 15).
   */
  static Report zrz() {
    ActiveDisclosureTable active = ActiveDisclosureTable.builder(Edition.V2019)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.NEWLY_MADE, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.NEWLY_PUBLISHED, 0)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.TOTAL_PUBLISHED, 0)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_MADE, 9)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_PUBLISHED, 9)
        .put(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.TOTAL_PUBLISHED, 21)
        .put(DisclosureRow.LICENSING, DisclosureColumn.PRIOR_YEAR_ITEMS, 20)
        .put(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE, 18)
        .put(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, 0)
        .put(DisclosureRow.OTHER_SERVICES, DisclosureColumn.PRIOR_YEAR_ITEMS, 0)
        .put(DisclosureRow.OTHER_SERVICES, DisclosureColumn.NET_CHANGE, 0)
        .put(DisclosureRow.OTHER_SERVICES, DisclosureColumn.DECISIONS, 0)
        .put(DisclosureRow.PENALTY, DisclosureColumn.PRIOR_YEAR_ITEMS, 88)
        .put(DisclosureRow.PENALTY, DisclosureColumn.NET_CHANGE, 14)
        .put(DisclosureRow.PENALTY, DisclosureColumn.DECISIONS, 314)
        .put(DisclosureRow.COERCION, DisclosureColumn.PRIOR_YEAR_ITEMS, 7)
        .put(DisclosureRow.COERCION, DisclosureColumn.NET_CHANGE, 1)
        .put(DisclosureRow.COERCION, DisclosureColumn.DECISIONS, 14)
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.PRIOR_YEAR_ITEMS, 0)
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.NET_CHANGE, 0)
        .put(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.PROJECTS, 19)
        .put(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.TOTAL_AMOUNT,
            Cell.amount(new BigDecimal("1690.9913"), Unit.WAN_YUAN))
        .build();
    return withAllSections(new Report.Builder())
        .edition(Edition.V2019).year(2020).agency("平潭综合实验区自然资源与生态环境局")
        .activeDisclosure(active)
        .applications(applications("2020_pingtan-zrz.txt.json", Edition.V2019))
        .reviewLitigation(reviewLitigation("2020_pingtan-zrz.txt.json", Edition.V2019))
        .addStatedBreakdowns(new StatedBreakdown.Builder().total(225)
            .parts(List.of(5L, 5L, 40L, 121L, 39L, 15L)).complete(true)
            .phrase("主动公开政府信息225条…其中政策规范性文件类信息5条，…行政处罚类15条").section(Section.ACTIVE_DISCLOSURE).build())
        .build();
  }

  /** A V2021 table 3 whose every row is zero except the given balanced figures. */
  static ApplicationTable.Builder zeroTable(Edition edition) {
    ApplicationTable.Builder table = ApplicationTable.builder(edition);
    for (ApplicationRow row : ApplicationRow.rows(edition)) {
      table.row(row, 0, 0, 0, 0, 0, 0, 0);
    }
    return table;
  }

  /** A small consistent V2021 table 3: 10 received (8 persons, 2 enterprises), 9 handled, 1 forward. */
  static ApplicationTable.Builder smallTable() {
    return zeroTable(Edition.V2021)
        .row(ApplicationRow.NEW_RECEIVED, 8, 2, 0, 0, 0, 0, 10)
        .row(ApplicationRow.DISCLOSED, 4, 1, 0, 0, 0, 0, 5)
        .row(ApplicationRow.PARTIALLY_DISCLOSED, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.WITHHELD_THIRD_PARTY, 1, 1, 0, 0, 0, 0, 2)
        .row(ApplicationRow.UNAVAILABLE_NOT_HELD, 1, 0, 0, 0, 0, 0, 1)
        .row(ApplicationRow.TOTAL_HANDLED, 7, 2, 0, 0, 0, 0, 9)
        .row(ApplicationRow.CARRIED_TO_NEXT_YEAR, 1, 0, 0, 0, 0, 0, 1);
  }

  static ReviewLitigationTable zeroReview(Edition edition) {
    return ReviewLitigationTable.builder(edition)
        .group(ReviewGroup.REVIEW, 0, 0, 0, 0, 0)
        .group(ReviewGroup.LITIGATION_DIRECT, 0, 0, 0, 0, 0)
        .group(ReviewGroup.LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0)
        .build();
  }

  static ActiveDisclosureTable zeroActive(Edition edition) {
    ActiveDisclosureTable.Builder table = ActiveDisclosureTable.builder(edition);
    for (DisclosureRow row : DisclosureRow.rows(edition)) {
      for (DisclosureColumn column : row.columns(edition)) {
        table.put(row, column, 0);
      }
    }
    return table.build();
  }

  /** A complete V2021 report of 2021 around a table 3. */
  static Report.Builder report(ApplicationTable applications) {
    Edition edition = applications.getEdition();
    return withAllSections(new Report.Builder())
        .edition(edition).year(edition == Edition.V2021 ? 2021 : 2020).agency("测试县人民政府")
        .activeDisclosure(zeroActive(edition))
        .applications(applications)
        .reviewLitigation(zeroReview(edition));
  }
}
