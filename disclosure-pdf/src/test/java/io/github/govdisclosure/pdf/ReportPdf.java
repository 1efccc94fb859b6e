package io.github.govdisclosure.pdf;

import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.Applicant;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.DisclosureColumn;
import io.github.govdisclosure.model.DisclosureItem;
import io.github.govdisclosure.model.DisclosureRow;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Outcome;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewGroup;
import io.github.govdisclosure.model.ReviewLitigationTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Prints a report as a PDF the way agencies publish it: title, the six section headings, a line of
 * narrative, and the three standard tables in the official template's layout (merged cells: the
 * vertical 「三、本年度办理结果」, the group labels, the two-row table-4 header), labels wrapped in
 * their cells and vertically centred, numbers centred, a page number 「-N-」 at the foot of each page.
 */
final class ReportPdf {
  /** How tables meet pages. */
  enum Flow {
    /** Each table starts on a page of its own. */
    TABLE_PER_PAGE,
    /** Text and tables run on, and a table breaks across pages where the page ends. */
    ACROSS_PAGES
  }

  private static final float LEFT = 72;
  private static final float TOP = 72;
  private static final float BOTTOM = PdfCanvas.HEIGHT - 72;
  private static final float TEXT = 12;
  private static final float CELL = 9;

  private final PdfCanvas canvas;
  private final Flow flow;
  private final boolean ruled;
  private final UnaryOperator<String> labels;
  private float y = TOP;

  private ReportPdf(PdfCanvas canvas, Flow flow, boolean ruled, UnaryOperator<String> labels) {
    this.canvas = canvas;
    this.flow = flow;
    this.ruled = ruled;
    this.labels = labels;
  }

  /** A cell of a grid: its text, its first slot and how many slots it covers. */
  record GridCell(String text, int row, int col, int rowspan, int colspan, boolean number) {}

  /** A table: column widths and cells. */
  record Grid(float[] widths, List<GridCell> cells, int rows) {}

  /** Prints a report. */
  static byte[] render(Report report, Flow flow, boolean ruled) {
    return render(report, flow, ruled, UnaryOperator.identity());
  }

  /** Prints a report with its table labels changed, as some agencies write them (「1、」 for 「1.」). */
  static byte[] render(Report report, Flow flow, boolean ruled, UnaryOperator<String> labels) {
    try (PdfCanvas canvas = new PdfCanvas()) {
      new ReportPdf(canvas, flow, ruled, labels).print(report);
      return canvas.bytes();
    }
  }

  private void print(Report report) {
    int year = report.getYear().orElse(2021);
    String title = report.getTitle().orElse(report.getAgency().orElse("某某人民政府") + year + "年政府信息公开工作年度报告");
    paragraph(title, 0);
    paragraph("一、总体情况", 24);
    paragraph("本报告统计期限自" + year + "年1月1日至" + year + "年12月31日，由本机关根据《中华人民共和国政府信息公开条例》要求编制。", 24);
    paragraph("二、主动公开政府信息情况", 24);
    report.getActiveDisclosure().ifPresent(t -> table(activeDisclosure(t, report.getEdition())));
    paragraph("三、收到和处理政府信息公开申请情况", 24);
    report.getApplications().ifPresent(t -> table(applications(t, report.getEdition())));
    paragraph("四、政府信息公开行政复议、行政诉讼情况", 24);
    report.getReviewLitigation().ifPresent(t -> table(reviewLitigation(t)));
    paragraph("五、存在的主要问题及改进情况", 24);
    paragraph("本年度政府信息公开工作仍存在一些不足，下一步将持续改进。", 24);
    paragraph("六、其他需要报告的事项", 24);
    paragraph("本年度未收取信息处理费。", 24);
    footer();
  }

  private void paragraph(String text, float indent) {
    float width = PdfCanvas.WIDTH - 2 * LEFT;
    List<String> lines = wrap(text, width - indent, TEXT);
    for (int i = 0; i < lines.size(); i++) {
      if (y + TEXT * 1.6f > BOTTOM) {
        breakPage();
      }
      y += TEXT * 1.6f;
      canvas.text(LEFT + (i == 0 ? indent : 0), y, TEXT, lines.get(i));
    }
  }

  private void footer() {
    String number = "-" + canvas.pages() + "-";
    canvas.text((PdfCanvas.WIDTH - canvas.width(number, 10)) / 2, PdfCanvas.HEIGHT - 40, 10, number);
  }

  private void breakPage() {
    footer();
    canvas.newPage();
    y = TOP;
  }

  private List<String> wrap(String text, float width, float size) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String c = new String(Character.toChars(cp));
      if (line.length() > 0 && canvas.width(line + c, size) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(c);
      i += Character.charCount(cp);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private void table(Grid grid) {
    if (flow == Flow.TABLE_PER_PAGE) {
      breakPage();
    } else {
      y += 10;
    }
    float[] heights = new float[grid.rows()];
    java.util.Arrays.fill(heights, 18);
    float[] x = new float[grid.widths().length + 1];
    x[0] = LEFT;
    for (int c = 0; c < grid.widths().length; c++) {
      x[c + 1] = x[c] + grid.widths()[c];
    }
    List<List<String>> wrapped = new ArrayList<>();
    for (GridCell cell : grid.cells()) {
      List<String> lines = wrap(cell.number() ? cell.text() : labels.apply(cell.text()), x[cell.col() + cell.colspan()] - x[cell.col()] - 4, CELL);
      wrapped.add(lines);
      float need = lines.size() * (CELL + 2) + 6;
      float have = 0;
      for (int r = cell.row(); r < cell.row() + cell.rowspan(); r++) {
        have += heights[r];
      }
      if (need > have) {
        heights[cell.row() + cell.rowspan() - 1] += need - have;
      }
    }
    int[] page = new int[grid.rows()];
    float[] top = new float[grid.rows()];
    float at = y;
    int onPage = canvas.pages();
    for (int r = 0; r < grid.rows(); r++) {
      if (at + heights[r] > BOTTOM) {
        onPage++;
        at = TOP;
      }
      page[r] = onPage;
      top[r] = at;
      at += heights[r];
    }
    // each cell in page segments; the text in its first segment, borders around every segment
    int first = page[0];
    int last = page[grid.rows() - 1];
    for (int p = first; p <= last; p++) {
      if (p > canvas.pages()) {
        breakPage();
      }
      for (int i = 0; i < grid.cells().size(); i++) {
        GridCell cell = grid.cells().get(i);
        int r0 = -1;
        int r1 = -1;
        for (int r = cell.row(); r < cell.row() + cell.rowspan(); r++) {
          if (page[r] == p) {
            r0 = r0 < 0 ? r : r0;
            r1 = r;
          }
        }
        if (r0 < 0) {
          continue;
        }
        float x0 = x[cell.col()];
        float x1 = x[cell.col() + cell.colspan()];
        float y0 = top[r0];
        float y1 = top[r1] + heights[r1];
        draw(x0, y0, x1, y1, r0 == cell.row() ? wrapped.get(i) : List.of(), cell.number());
      }
    }
    y = at + 6;
  }

  private void draw(float x0, float y0, float x1, float y1, List<String> lines, boolean centred) {
    if (ruled) {
      canvas.line(x0, y0, x1, y0).line(x0, y1, x1, y1).line(x0, y0, x0, y1).line(x1, y0, x1, y1);
    }
    float height = lines.size() * (CELL + 2) - 2;
    float baseline = y0 + (y1 - y0 - height) / 2 + CELL - 1;
    for (String line : lines) {
      float w = canvas.width(line, CELL);
      float left = centred ? x0 + (x1 - x0 - w) / 2 : x0 + 2;
      canvas.text(left, baseline, CELL, line);
      baseline += CELL + 2;
    }
  }

  static Grid activeDisclosure(ActiveDisclosureTable table, Edition edition) {
    List<GridCell> cells = new ArrayList<>();
    int r = 0;
    for (DisclosureItem item : DisclosureItem.values()) {
      if (!item.in(edition)) {
        continue;
      }
      cells.add(new GridCell(item.caption(), r++, 0, 1, 4, true));
      List<DisclosureRow> rows = new ArrayList<>();
      for (DisclosureRow row : DisclosureRow.rows(edition)) {
        if (row.item() == item) {
          rows.add(row);
        }
      }
      List<DisclosureColumn> columns = rows.get(0).columns(edition);
      cells.add(new GridCell("信息内容", r, 0, 1, 1, true));
      for (int c = 0; c < columns.size(); c++) {
        cells.add(new GridCell(columns.get(c).label(), r, c + 1, 1, c + 1 == columns.size() ? 3 - c : 1, true));
      }
      r++;
      for (DisclosureRow row : rows) {
        String label = edition == Edition.V2019 ? row.labels().get(row.labels().size() - 1) : row.label();
        cells.add(new GridCell(label, r, 0, 1, 1, false));
        for (int c = 0; c < columns.size(); c++) {
          cells.add(new GridCell(raw(table.get(row, columns.get(c))), r, c + 1, 1,
              c + 1 == columns.size() ? 3 - c : 1, true));
        }
        r++;
      }
    }
    return new Grid(new float[] {150, 100, 100, 100}, cells, r);
  }

  static Grid applications(ApplicationTable table, Edition edition) {
    List<GridCell> cells = new ArrayList<>();
    cells.add(new GridCell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 0, 0, 3, 3, false));
    cells.add(new GridCell("申请人情况", 0, 3, 1, 7, true));
    cells.add(new GridCell("自然人", 1, 3, 2, 1, true));
    cells.add(new GridCell("法人或其他组织", 1, 4, 1, 5, true));
    cells.add(new GridCell("总计", 1, 9, 2, 1, true));
    List<Applicant> applicants = List.of(Applicant.values());
    for (int c = 1; c <= 5; c++) {
      cells.add(new GridCell(applicants.get(c).label(), 2, 3 + c, 1, 1, true));
    }
    List<ApplicationRow> rows = ApplicationRow.rows(edition);
    int firstResult = rows.indexOf(ApplicationRow.DISCLOSED);
    int total = rows.indexOf(ApplicationRow.TOTAL_HANDLED);
    int r = 3;
    for (int i = 0; i < rows.size(); i++) {
      ApplicationRow row = rows.get(i);
      int row0 = r + i;
      if (i == firstResult) {
        cells.add(new GridCell("三、本年度办理结果", row0, 0, total - firstResult + 1, 1, false));
      }
      if (i < firstResult || i > total) {
        cells.add(new GridCell(row.label(), row0, 0, 1, 3, false));
      } else if (row.group() == null || row.group().rows(edition).size() == 1) {
        cells.add(new GridCell(row.label(), row0, 1, 1, 2, false));
      } else {
        List<ApplicationRow> group = row.group().rows(edition);
        if (group.get(0) == row) {
          cells.add(new GridCell(row.group().label(), row0, 1, group.size(), 1, false));
        }
        cells.add(new GridCell(row.label(), row0, 2, 1, 1, false));
      }
      for (int c = 0; c < applicants.size(); c++) {
        cells.add(new GridCell(raw(table.get(row, applicants.get(c))), row0, 3 + c, 1, 1, true));
      }
    }
    return new Grid(new float[] {26, 70, 140, 30, 30, 30, 30, 30, 30, 32}, cells, r + rows.size());
  }

  static Grid reviewLitigation(ReviewLitigationTable table) {
    List<GridCell> cells = new ArrayList<>();
    cells.add(new GridCell("行政复议", 0, 0, 2, 5, true));
    cells.add(new GridCell("行政诉讼", 0, 5, 1, 10, true));
    cells.add(new GridCell("未经复议直接起诉", 1, 5, 1, 5, true));
    cells.add(new GridCell("复议后起诉", 1, 10, 1, 5, true));
    int c = 0;
    for (ReviewGroup group : ReviewGroup.values()) {
      for (Outcome outcome : Outcome.values()) {
        cells.add(new GridCell(outcome.label(), 2, c, 1, 1, true));
        cells.add(new GridCell(raw(table.get(group, outcome)), 3, c, 1, 1, true));
        c++;
      }
    }
    float[] widths = new float[15];
    java.util.Arrays.fill(widths, 29);
    return new Grid(widths, cells, 4);
  }

  private static String raw(Cell cell) {
    return cell.getKind() == Cell.Kind.MISSING || cell.getKind() == Cell.Kind.BLANK ? "" : cell.getRaw();
  }
}
