package io.github.govdisclosure.diff.internal;

import io.github.govdisclosure.diff.CellChange;
import io.github.govdisclosure.diff.Unmatched;
import io.github.govdisclosure.model.ActiveDisclosureTable;
import io.github.govdisclosure.model.ApplicationGroup;
import io.github.govdisclosure.model.ApplicationRow;
import io.github.govdisclosure.model.ApplicationTable;
import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.Edition;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.ReviewLitigationTable;
import io.github.govdisclosure.model.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which cell of one report means the same as which cell of the other. Not API.
 *
 * <p>A cell is compared with the cell of the same reference when both editions' layouts have it:
 * the editions share the meaning of every table 3 row and every table 4 cell, and of table 2 only
 * the {@code DECISIONS} column of 行政许可, 行政处罚 and 行政强制 — every other table 2 cell of V2019 sits
 * where V2021 has none (the V2019 ITEM_1 columns count made and published documents, V2021 ones
 * issued, repealed and in force; V2019 ITEM_8 counts fee items, V2021 sums the fees in 万元), so
 * sharing a reference is exactly sharing a meaning. The one exception is the （六）其他处理 group of
 * table 3 across editions: one row in V2019, three in V2021, compared through their totals.
 */
public final class Pairing {
  private final List<CellChange> cells = new ArrayList<>();
  private final List<Unmatched> unmatched = new ArrayList<>();

  private Pairing() {}

  /** Pairs the cells of two reports. */
  public static Pairing of(Report older, Report newer) {
    Pairing pairing = new Pairing();
    for (Table table : Table.values()) {
      pairing.pair(table, older, newer);
    }
    return pairing;
  }

  /** The comparisons, in the newer layout's order. */
  public List<CellChange> cells() {
    return List.copyOf(cells);
  }

  /** The cells not compared, the older report's first. */
  public List<Unmatched> unmatched() {
    return List.copyOf(unmatched);
  }

  private void pair(Table table, Report older, Report newer) {
    List<CellRef> olderLayout = layout(table, older.getEdition());
    List<CellRef> newerLayout = layout(table, newer.getEdition());
    Set<CellRef> inOlder = new HashSet<>(olderLayout);
    Set<CellRef> inNewer = new HashSet<>(newerLayout);
    boolean byGroupTotal = table == Table.APPLICATIONS && older.getEdition() != newer.getEdition()
        && !olderLayout.isEmpty() && !newerLayout.isEmpty();
    List<Unmatched> newerOnly = new ArrayList<>();
    for (CellRef ref : newerLayout) {
      if (byGroupTotal && inOtherGroup(ref)) {
        newerOnly.add(Unmatched.of(ref, Unmatched.Side.NEWER, Unmatched.Reason.GROUP_TOTAL_ONLY));
        if (ref.row() == ApplicationGroup.OTHER.rows(newer.getEdition()).get(0)) {
          cells.add(groupTotal(ref, older, newer));
        }
      } else if (inOlder.contains(ref)) {
        cells.add(new CellChange.Builder().table(table).row(ref.row()).column(ref.column())
            .addOlderCells(ref).addNewerCells(ref).older(older.cell(ref)).newer(newer.cell(ref)).build());
      } else {
        newerOnly.add(Unmatched.of(ref, Unmatched.Side.NEWER, Unmatched.Reason.NOT_IN_OTHER_EDITION));
      }
    }
    for (CellRef ref : olderLayout) {
      if (byGroupTotal && inOtherGroup(ref)) {
        unmatched.add(Unmatched.of(ref, Unmatched.Side.OLDER, Unmatched.Reason.GROUP_TOTAL_ONLY));
      } else if (!inNewer.contains(ref)) {
        unmatched.add(Unmatched.of(ref, Unmatched.Side.OLDER, Unmatched.Reason.NOT_IN_OTHER_EDITION));
      }
    }
    unmatched.addAll(newerOnly);
  }

  /** The derived comparison of the （六）其他处理 group's totals in one column. */
  private static CellChange groupTotal(CellRef first, Report older, Report newer) {
    List<CellRef> olderCells = groupCells(older.getEdition(), first);
    List<CellRef> newerCells = groupCells(newer.getEdition(), first);
    return new CellChange.Builder().table(Table.APPLICATIONS).row(ApplicationGroup.OTHER).column(first.column())
        .olderCells(olderCells).newerCells(newerCells)
        .older(sum(older, olderCells)).newer(sum(newer, newerCells))
        .derived(true)
        .build();
  }

  private static List<CellRef> groupCells(Edition edition, CellRef column) {
    List<CellRef> refs = new ArrayList<>();
    for (ApplicationRow row : ApplicationGroup.OTHER.rows(edition)) {
      refs.add(new CellRef(Table.APPLICATIONS, row, column.column()));
    }
    return refs;
  }

  /** One cell as written; several summed into a plain number, or the first that is not a number. */
  private static Cell sum(Report report, List<CellRef> refs) {
    if (refs.size() == 1) {
      return report.cell(refs.get(0));
    }
    BigDecimal total = BigDecimal.ZERO;
    for (CellRef ref : refs) {
      Cell cell = report.cell(ref);
      if (cell.getValue().isEmpty()) {
        return cell;
      }
      total = total.add(cell.getValue().get());
    }
    return Cell.of(total);
  }

  private static boolean inOtherGroup(CellRef ref) {
    return ref.row() instanceof ApplicationRow && ((ApplicationRow) ref.row()).group() == ApplicationGroup.OTHER;
  }

  /** The edition's layout of a table, as the model defines it; none for an edition without tables. */
  static List<CellRef> layout(Table table, Edition edition) {
    if (!edition.hasTables()) {
      return List.of();
    }
    switch (table) {
      case ACTIVE_DISCLOSURE:
        return ActiveDisclosureTable.builder(edition).build().layout();
      case APPLICATIONS:
        return ApplicationTable.builder(edition).build().layout();
      default:
        return ReviewLitigationTable.builder(edition).build().layout();
    }
  }
}
