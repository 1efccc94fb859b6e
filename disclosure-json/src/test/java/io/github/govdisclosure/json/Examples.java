package io.github.govdisclosure.json;

import io.github.govdisclosure.fixtures.CanonicalExample;
import io.github.govdisclosure.fixtures.Corpus;
import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.SourceSpan;
import io.github.govdisclosure.model.StatedBreakdown;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reports built in code for the round-trip tests, and this module's test resources. */
final class Examples {
  private Examples() {}

  /** The canonical example of {@code disclosure-fixtures}: tables, stated figures and breakdown, fee statement. */
  static Report canonical() {
    return CanonicalExample.report();
  }

  /** 2019_pingtan.txt: a V2019 report with tables 3 and 4, from the corpus truth. */
  static Report pingtan2019() {
    return Corpus.truth("2019_pingtan.txt").report();
  }

  /** A report of messy cells as real reports write them, with spans on everything that has one. */
  static Report messy() {
    ActiveDisclosureTable active = ActiveDisclosureTable.builder(Edition.V2019)
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.NEWLY_MADE,
            new Cell.Builder().kind(Cell.Kind.NUMBER).raw("22（其中修订16件）").value(new BigDecimal(22))
                .note("其中修订16件").span(new SourceSpan(1200, 12, 40, 3)).build())
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.NEWLY_PUBLISHED, Cell.text("/"))
        .put(DisclosureRow.GOVERNMENT_RULES, DisclosureColumn.TOTAL_PUBLISHED, Cell.blank())
        .put(DisclosureRow.LICENSING, DisclosureColumn.NET_CHANGE,
            new Cell.Builder().kind(Cell.Kind.NUMBER).raw("+4").value(new BigDecimal(4)).build())
        .put(DisclosureRow.PENALTY, DisclosureColumn.NET_CHANGE, Cell.of(-2))
        .put(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.TOTAL_AMOUNT,
            Cell.amount(new BigDecimal("251000"), Unit.YUAN))
        .put(DisclosureRow.CENTRALIZED_PROCUREMENT, DisclosureColumn.PROJECTS, Cell.text("—"))
        .put(DisclosureRow.ADMINISTRATIVE_FEES, DisclosureColumn.PRIOR_YEAR_ITEMS, Cell.of(new BigDecimal("1.50")))
        .build();
    ApplicationTable applications = ApplicationTable.builder(Edition.V2019)
        .row(ApplicationRow.NEW_RECEIVED, 35, 0, 0, 0, 0, 0, 35)
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.NATURAL_PERSON,
            new Cell.Builder().kind(Cell.Kind.NUMBER).raw("３５").value(new BigDecimal(35))
                .span(new SourceSpan(2048, 2, 77, 9)).build())
        .put(ApplicationRow.CARRIED_FROM_LAST_YEAR, Applicant.TOTAL,
            new Cell.Builder().kind(Cell.Kind.NUMBER).raw("1,234").value(new BigDecimal(1234)).build())
        .put(ApplicationRow.DISCLOSED, Applicant.TOTAL, Cell.text("无"))
        .put(ApplicationRow.DISCLOSED, Applicant.NATURAL_PERSON, Cell.blank())
        .put(ApplicationRow.OTHER_HANDLING, Applicant.TOTAL,
            new Cell.Builder().from(Cell.of(0)).span(new SourceSpan(3000, 1, 90, 14)).build())
        .addExtraRows(new ExtraRow.Builder().label("其中：网上申请")
            .addCells(Cell.of(12), Cell.blank(), Cell.text("-"),
                new Cell.Builder().from(Cell.of(7)).span(new SourceSpan(3100, 1, 91, 20)).build())
            .span(new SourceSpan(3090, 7, 91, 1))
            .build())
        .addExtraRows(ExtraRow.of("合计", List.of()))
        .build();
    ReviewLitigationTable review = ReviewLitigationTable.builder(Edition.V2019)
        .group(ReviewGroup.REVIEW, 1, 0, 0, 0, 1)
        .put(ReviewGroup.LITIGATION_DIRECT, Outcome.TOTAL,
            new Cell.Builder().kind(Cell.Kind.NUMBER).raw("12.5万元").value(new BigDecimal("12.5"))
                .unit(Unit.WAN_YUAN).note("误填").build())
        .put(ReviewGroup.LITIGATION_AFTER_REVIEW, Outcome.TOTAL, new Cell.Builder().kind(Cell.Kind.TEXT).raw("").build())
        .put(ReviewGroup.LITIGATION_AFTER_REVIEW, Outcome.UPHELD,
            new Cell.Builder().kind(Cell.Kind.BLANK).raw("").note("空").build())
        .build();
    return new Report.Builder()
        .edition(Edition.V2019)
        .year(2020)
        .agency("平潭综合实验区\"测试\"局\\办公室")
        .title("平潭综合实验区2020年政府信息公开工作年度报告")
        .preamble("本报告依据《条例》编制。\n第二行\t制表符")
        .putSections(Section.OTHER_MATTERS, "未收取信息处理费。")
        .putSections(Section.OVERVIEW, "2020年，……")
        .activeDisclosure(active)
        .applications(applications)
        .reviewLitigation(review)
        .addStatedFigures(new StatedFigure.Builder().quantity(Quantity.RECEIVED).count(35)
            .phrase("共收到申请35件").span(new SourceSpan(10, 8, 2, 5)).build())
        .addStatedFigures(new StatedFigure.Builder().quantity(Quantity.DISCLOSED)
            .percent(new BigDecimal("20.0")).phrase("占20.0%").section(Section.OVERVIEW).build())
        .addStatedBreakdowns(new StatedBreakdown.Builder().total(10).complete(false).phrase("共10条")
            .span(new SourceSpan(30, 4, 3, 1)).build())
        .feeStatement(new FeeStatement.Builder().charged(true).phrase("收取信息处理费12元")
            .span(new SourceSpan(500, 9, 20, 1)).build())
        .build();
  }

  /** A report before the national layout: text only, no tables. */
  static Report pre2019() {
    return new Report.Builder()
        .edition(Edition.PRE_2019)
        .year(2017)
        .agency("平潭综合实验区市场监督管理局")
        .title("平潭综合实验区市场监督管理局2017年政府信息公开工作年度报告")
        .preamble("根据《中华人民共和国政府信息公开条例》规定，现公布本局2017年度报告。")
        .putSections(Section.OVERVIEW, "2017年，我局……")
        .putSections(Section.PROBLEMS, "存在问题……")
        .build();
  }

  static String resource(String path) {
    try (InputStream in = Examples.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
