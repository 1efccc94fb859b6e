package io.github.govdisclosure.testkit.internal;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Arithmetic;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Equation;
import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Quantity;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Section;
import io.github.govdisclosure.model.StatedFigure;
import io.github.govdisclosure.model.Term;
import io.github.govdisclosure.model.Unit;
import io.github.govdisclosure.testkit.ReportOptions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Draws a report that satisfies the equations of the format by construction: leaves first, then
 * every other cell of tables 3 and 4 solved from the model's equations ({@link Arithmetic}).
 */
public final class ReportGenerator {

  private static final List<String> PLACES = List.of(
      "威远", "平潭", "沭阳", "青山", "东湖", "南溪", "北川", "西林", "临江", "安宁",
      "长乐", "永和", "清河", "白云", "金水", "龙泉", "凤凰", "桃源", "江华", "宁远");
  private static final List<String> LEVELS = List.of("县", "区", "市");
  private static final List<String> BODIES = List.of(
      "人民政府", "人民政府办公室", "发展和改革局", "自然资源局", "交通运输局", "市场监督管理局",
      "生态环境局", "教育局", "卫生健康局", "住房和城乡建设局");
  private static final List<String> TEXT_TOKENS = List.of("/", "—", "无");
  private static final List<String> PROBLEMS = List.of(
      "政策解读形式不够丰富，公开的“含金量”还需进一步提高。下一步将加强业务培训，提升公开质量。",
      "政务公开队伍的专业能力有待提高，工作人员多为兼职。下一步将充实人员力量，完善工作机制。",
      "依申请公开答复的规范性还需加强。下一步将统一答复文书格式，加强案例指导。");

  private final RandomGenerator rng;
  private final ReportOptions options;
  private final long max;

  private ReportGenerator(RandomGenerator rng, ReportOptions options) {
    this.rng = rng;
    this.options = options;
    this.max = options.effectiveMaxValue();
  }

  /** Draws one report. */
  public static Report generate(RandomGenerator rng, ReportOptions options) {
    return new ReportGenerator(rng, options).report();
  }

  private Report report() {
    List<Edition> editions = new ArrayList<>(options.getEditions());
    editions.sort(null);
    Edition edition = Draw.pick(rng, editions);
    int year = edition == Edition.V2019 ? 2019 + rng.nextInt(2) : 2021 + rng.nextInt(10);
    String agency = Draw.pick(rng, PLACES) + Draw.pick(rng, LEVELS) + Draw.pick(rng, BODIES);

    Map<CellRef, Cell> table2 = activeDisclosure(edition);
    Map<CellRef, Cell> table3 = applications(edition);
    Map<CellRef, Cell> table4 = reviewLitigation(edition);

    Report.Builder report = new Report.Builder()
        .edition(edition)
        .year(year)
        .agency(agency)
        .title(agency + year + "年政府信息公开工作年度报告")
        .preamble("本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自"
            + year + "年1月1日至" + year + "年12月31日。");

    StringBuilder overview = new StringBuilder()
        .append(year).append("年，").append(agency)
        .append("认真贯彻落实《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”的原则，扎实做好政府信息公开工作。");
    if (options.isStatedFigures()) {
      statedFigures(edition, table3, table4, overview, report);
    }
    report.putSections(Section.OVERVIEW, overview.toString());
    report.putSections(Section.ACTIVE_DISCLOSURE, "本年度主动公开政府信息情况如下。");
    report.putSections(Section.APPLICATIONS, "本年度收到和处理政府信息公开申请情况如下。");
    report.putSections(Section.REVIEW_LITIGATION, "本年度政府信息公开行政复议、行政诉讼情况如下。");
    report.putSections(Section.PROBLEMS, Draw.pick(rng, PROBLEMS));
    fee(edition, table3, report);

    messUp(edition, table2, table3, table4);
    return report
        .activeDisclosure(ActiveDisclosureTable.builder(edition).putAllCells(table2).build())
        .applications(ApplicationTable.builder(edition).putAllCells(table3).build())
        .reviewLitigation(ReviewLitigationTable.builder(edition).putAllCells(table4).build())
        .build();
  }

  // Table 2: no sums, only plausible counts and amounts.
  private Map<CellRef, Cell> activeDisclosure(Edition edition) {
    Map<CellRef, Cell> cells = new LinkedHashMap<>();
    for (DisclosureRow row : DisclosureRow.rows(edition)) {
      long prior = 0;
      for (DisclosureColumn column : row.columns(edition)) {
        Cell cell;
        switch (column.kind()) {
          case SIGNED_COUNT: {
            long change = Draw.count(rng, max, 0.5);
            if (Draw.chance(rng, 0.5)) {
              change = -Math.min(change, prior);
            }
            cell = change > 0 && Draw.chance(rng, 0.5)
                ? new Cell.Builder().from(Cell.of(change)).raw("+" + change).build()
                : Cell.of(change);
            break;
          }
          case AMOUNT: {
            BigDecimal amount = BigDecimal.valueOf(Draw.count(rng, max, 0.3) * 10_000 + rng.nextInt(10_000), 4)
                .setScale(2 * rng.nextInt(3), RoundingMode.DOWN);
            cell = column == DisclosureColumn.TOTAL_AMOUNT
                ? Cell.amount(amount, Draw.chance(rng, 0.5) ? Unit.YUAN : Unit.WAN_YUAN)
                : Cell.of(amount);
            break;
          }
          default: {
            long count = Draw.count(rng, max, 0.3);
            if (column == DisclosureColumn.IN_FORCE || column == DisclosureColumn.TOTAL_PUBLISHED) {
              count += cells.get(CellRef.of(row, row.columns(edition).get(0))).asLong().orElse(0);
            }
            if (column == DisclosureColumn.PRIOR_YEAR_ITEMS) {
              prior = count;
            }
            cell = Cell.of(count);
          }
        }
        cells.put(CellRef.of(row, column), cell);
      }
    }
    return cells;
  }

  // Table 3: per applicant column the results, CARRIED_FORWARD and CARRIED_OVER are drawn; every
  // other cell is solved from the model's equations, so the table is consistent by construction.
  private Map<CellRef, Cell> applications(Edition edition) {
    Map<CellRef, Long> values = new HashMap<>();
    for (CellRef ref : ApplicationTable.builder(edition).build().layout()) {
      values.put(ref, 0L);
    }
    List<Equation> results = Arithmetic.TABLE3_RESULTS_TOTAL.equations(edition);
    List<Equation> balance = Arithmetic.TABLE3_BALANCE.equations(edition);
    for (Applicant column : Applicant.parts()) {
      if (options.isZeroDenominators()) {
        continue;
      }
      double zero = column == Applicant.NATURAL_PERSON ? 0.45 : 0.8;
      Equation handled = results.get(column.ordinal());
      for (CellRef result : sides(handled.right())) {
        values.put(result, Draw.count(rng, max, zero));
      }
      CellRef total = CellRef.of(ApplicationRow.TOTAL_HANDLED, column);
      values.put(total, solve(handled, total, values));
      long forward = Draw.count(rng, max, 0.6);
      // NEW_RECEIVED = TOTAL_HANDLED + CARRIED_FORWARD − CARRIED_OVER must stay ≥ 0.
      long over = Math.min(Draw.count(rng, max, 0.6), values.get(total) + forward);
      values.put(CellRef.of(ApplicationRow.CARRIED_TO_NEXT_YEAR, column), forward);
      values.put(CellRef.of(ApplicationRow.CARRIED_FROM_LAST_YEAR, column), over);
      CellRef received = CellRef.of(ApplicationRow.NEW_RECEIVED, column);
      values.put(received, solve(balance.get(column.ordinal()), received, values));
    }
    for (Equation rowTotal : Arithmetic.TABLE3_APPLICANT_TOTAL.equations(edition)) {
      values.put(rowTotal.defined(), solve(rowTotal, rowTotal.defined(), values));
    }
    Map<CellRef, Cell> cells = new LinkedHashMap<>();
    for (CellRef ref : ApplicationTable.builder(edition).build().layout()) {
      cells.put(ref, Cell.of(values.get(ref)));
    }
    return cells;
  }

  // Table 4: the outcomes of each group are drawn, its total solved from the model's equation.
  private Map<CellRef, Cell> reviewLitigation(Edition edition) {
    Map<CellRef, Long> values = new HashMap<>();
    long groupMax = Math.max(0, max / 10);
    for (Equation groupTotal : Arithmetic.TABLE4_TOTAL.equations(edition)) {
      for (CellRef outcome : sides(groupTotal.right())) {
        values.put(outcome, Draw.count(rng, groupMax, 0.7));
      }
      values.put(groupTotal.defined(), solve(groupTotal, groupTotal.defined(), values));
    }
    Map<CellRef, Cell> cells = new LinkedHashMap<>();
    for (CellRef ref : ReviewLitigationTable.builder(edition).build().layout()) {
      cells.put(ref, Cell.of(values.get(ref)));
    }
    return cells;
  }

  /** The cells of a side of an equation, in order. */
  private static List<CellRef> sides(List<Term> terms) {
    List<CellRef> cells = new ArrayList<>();
    for (Term term : terms) {
      cells.addAll(term.cells());
    }
    return cells;
  }

  /** The value of {@code unknown} that makes the equation hold, given the values of its other cells. */
  private static long solve(Equation equation, CellRef unknown, Map<CellRef, Long> values) {
    long left = 0;
    long right = 0;
    boolean onLeft = false;
    for (CellRef cell : sides(equation.left())) {
      if (cell.equals(unknown)) {
        onLeft = true;
      } else {
        left += values.get(cell);
      }
    }
    for (CellRef cell : sides(equation.right())) {
      if (!cell.equals(unknown)) {
        right += values.get(cell);
      }
    }
    return onLeft ? right - left : left - right;
  }

  private void statedFigures(Edition edition, Map<CellRef, Cell> table3, Map<CellRef, Cell> table4,
      StringBuilder text, Report.Builder report) {
    long received = value(table3, CellRef.of(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL));
    String receivedPhrase = "全年共收到政府信息公开申请" + received + "件";
    report.addStatedFigures(figure(Quantity.RECEIVED, received, null, receivedPhrase));
    text.append(receivedPhrase).append("，其中，");
    Map<Quantity, Long> parts = new LinkedHashMap<>();
    parts.put(Quantity.DISCLOSED, value(table3, CellRef.of(ApplicationRow.DISCLOSED, Applicant.TOTAL)));
    parts.put(Quantity.PARTIALLY_DISCLOSED,
        value(table3, CellRef.of(ApplicationRow.PARTIALLY_DISCLOSED, Applicant.TOTAL)));
    parts.put(Quantity.WITHHELD, groupTotal(edition, table3, ApplicationGroup.WITHHELD));
    parts.put(Quantity.UNAVAILABLE, groupTotal(edition, table3, ApplicationGroup.UNAVAILABLE));
    parts.put(Quantity.NOT_PROCESSED, groupTotal(edition, table3, ApplicationGroup.NOT_PROCESSED));
    parts.put(Quantity.OTHER, groupTotal(edition, table3, ApplicationGroup.OTHER));
    parts.put(Quantity.CARRIED_TO_NEXT_YEAR, value(table3, CellRef.of(ApplicationRow.CARRIED_TO_NEXT_YEAR, Applicant.TOTAL)));
    List<String> phrases = new ArrayList<>();
    for (Map.Entry<Quantity, Long> part : parts.entrySet()) {
      String phrase = "“" + NAMES.get(part.getKey()) + "”" + part.getValue() + "件";
      BigDecimal percent = null;
      if (received != 0) {
        percent = BigDecimal.valueOf(part.getValue()).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(received), 2, RoundingMode.HALF_UP);
        phrase += "，占总数的" + percent.toPlainString() + "%";
      }
      phrases.add(phrase);
      report.addStatedFigures(figure(part.getKey(), part.getValue(), percent, phrase));
    }
    text.append(String.join("；", phrases)).append("。");

    long review = value(table4, CellRef.of(ReviewGroup.REVIEW, Outcome.TOTAL));
    long litigation = value(table4, CellRef.of(ReviewGroup.LITIGATION_DIRECT, Outcome.TOTAL))
        + value(table4, CellRef.of(ReviewGroup.LITIGATION_AFTER_REVIEW, Outcome.TOTAL));
    String reviewPhrase = "被申请行政复议" + review + "件";
    String litigationPhrase = "被提起行政诉讼" + litigation + "件";
    text.append("全年因政府信息公开工作").append(reviewPhrase).append("，").append(litigationPhrase).append("。");
    report.addStatedFigures(figure(Quantity.REVIEW, review, null, reviewPhrase));
    report.addStatedFigures(figure(Quantity.LITIGATION, litigation, null, litigationPhrase));
  }

  private static final Map<Quantity, String> NAMES = Map.of(
      Quantity.DISCLOSED, "予以公开",
      Quantity.PARTIALLY_DISCLOSED, "部分公开",
      Quantity.WITHHELD, "不予公开",
      Quantity.UNAVAILABLE, "无法提供",
      Quantity.NOT_PROCESSED, "不予处理",
      Quantity.OTHER, "其他处理",
      Quantity.CARRIED_TO_NEXT_YEAR, "结转下年度继续办理");

  private static StatedFigure figure(Quantity quantity, long count, BigDecimal percent, String phrase) {
    StatedFigure.Builder figure = new StatedFigure.Builder()
        .quantity(quantity).count(count).phrase(phrase).section(Section.OVERVIEW);
    if (percent != null) {
      figure.percent(percent);
    }
    return figure.build();
  }

  private void fee(Edition edition, Map<CellRef, Cell> table3, Report.Builder report) {
    long unpaid = edition == Edition.V2021
        ? value(table3, CellRef.of(ApplicationRow.OTHER_FEE_UNPAID, Applicant.TOTAL)) : 0;
    String phrase = unpaid > 0
        ? "共收取政府信息公开信息处理费" + (100 * (1 + rng.nextInt(50))) + "元"
        : "未收取政府信息公开信息处理费";
    report.putSections(Section.OTHER_MATTERS, "本年度" + phrase + "。");
    report.feeStatement(new FeeStatement.Builder().charged(unpaid > 0).phrase(phrase).build());
  }

  // Blanks, text cells and annotations, after the narrative has been written from the values.
  private void messUp(Edition edition, Map<CellRef, Cell> table2, Map<CellRef, Cell> table3,
      Map<CellRef, Cell> table4) {
    List<Map<CellRef, Cell>> tables = List.of(table2, table3, table4);
    if (options.isAnnotations()) {
      List<CellRef> counts = new ArrayList<>();
      for (CellRef ref : table2.keySet()) {
        if (((DisclosureRow) ref.row()).item() == DisclosureItem.ITEM_1) {
          counts.add(ref);
        }
      }
      int n = 1 + rng.nextInt(3);
      for (int i = 0; i < n; i++) {
        CellRef ref = Draw.pick(rng, counts);
        long v = table2.get(ref).asLong().orElse(0);
        if (v == 0) {
          v = 1 + rng.nextInt(30);
        }
        long part = rng.nextLong(v + 1);
        String note = Draw.chance(rng, 0.5) ? "其中修订" + part + "件" : "含自然失效" + part + "件";
        table2.put(ref, new Cell.Builder().kind(Cell.Kind.NUMBER).raw(v + "（" + note + "）")
            .value(BigDecimal.valueOf(v)).note(note).build());
      }
    }
    if (options.isBlanks()) {
      if (Draw.chance(rng, 0.4)) {
        Applicant column = Draw.pick(rng, List.of(Applicant.COMMERCIAL_ENTERPRISE, Applicant.RESEARCH_INSTITUTION,
            Applicant.SOCIAL_WELFARE_ORGANIZATION, Applicant.LEGAL_SERVICE_INSTITUTION, Applicant.OTHER_ORGANIZATION));
        for (ApplicationRow row : ApplicationRow.rows(edition)) {
          table3.put(CellRef.of(row, column), Cell.blank());
        }
      } else {
        replaceSome(tables, 1 + rng.nextInt(4), null);
      }
    }
    if (options.isTextCells()) {
      replaceSome(tables, 1 + rng.nextInt(3), TEXT_TOKENS);
    }
  }

  private void replaceSome(List<Map<CellRef, Cell>> tables, int n, List<String> tokens) {
    for (int i = 0; i < n; i++) {
      Map<CellRef, Cell> table = Draw.pick(rng, tables);
      CellRef ref = Draw.pick(rng, new ArrayList<>(table.keySet()));
      table.put(ref, tokens == null ? Cell.blank() : Cell.text(Draw.pick(rng, tokens)));
    }
  }

  private static long value(Map<CellRef, Cell> table, CellRef ref) {
    return table.get(ref).asLong().orElseThrow();
  }

  private static long groupTotal(Edition edition, Map<CellRef, Cell> table3, ApplicationGroup group) {
    long sum = 0;
    for (ApplicationRow row : group.rows(edition)) {
      sum += value(table3, CellRef.of(row, Applicant.TOTAL));
    }
    return sum;
  }
}
