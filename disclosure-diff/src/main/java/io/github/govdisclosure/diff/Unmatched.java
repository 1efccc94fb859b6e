package io.github.govdisclosure.diff;

import io.github.govdisclosure.model.CellRef;
import org.immutables.value.Value;

/**
 * A cell of one report that {@link ReportDiff} does not compare, and why. Together with the
 * comparisons ({@link ReportDiff#getCells()}) the unmatched cells account for every cell of both
 * editions' layouts of tables 2–4.
 */
@Value.Immutable
public interface Unmatched {

  /** Which report the cell belongs to. */
  enum Side {
    /** The older report. */
    OLDER,
    /** The newer report. */
    NEWER
  }

  /** Why the cell is not compared. */
  enum Reason {
    /**
     * The other edition has no cell that means the same: a row or column of one edition only
     * (V2019 {@code 其他对外管理服务事项}, {@code 政府集中采购}, {@code 上一年项目数量}, {@code 本年增/减}), or a
     * cell of the same place that counts something else (V2019 {@code 本年新制作数量} against V2021
     * {@code 本年制发件数}; V2019 {@code 行政事业性收费} item counts against the V2021 amount in 万元).
     */
    NOT_IN_OTHER_EDITION,
    /**
     * A row of the （六）其他处理 group across the edition change: compared only through the group's
     * total, the derived comparison of {@link CellChange}.
     */
    GROUP_TOTAL_ONLY
  }

  /** The cell. */
  @Value.Parameter
  CellRef getCell();

  /** Which report it belongs to. */
  @Value.Parameter
  Side getSide();

  /** Why it is not compared. */
  @Value.Parameter
  Reason getReason();

  /** An unmatched cell. */
  static Unmatched of(CellRef cell, Side side, Reason reason) {
    return ImmutableUnmatched.of(cell, side, reason);
  }
}
