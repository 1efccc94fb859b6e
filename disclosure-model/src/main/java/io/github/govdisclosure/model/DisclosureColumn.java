package io.github.govdisclosure.model;

/** A column of table 2; which columns a row has depends on its block and the edition. */
public enum DisclosureColumn {
  /** V2021 本年制发件数 (count). */
  ISSUED(Kind.COUNT, "本年制发件数"),
  /** V2021 本年废止件数 (count). */
  REPEALED(Kind.COUNT, "本年废止件数"),
  /** V2021 现行有效件数 (count). */
  IN_FORCE(Kind.COUNT, "现行有效件数"),
  /** 本年处理决定数量 (V2021) / 处理决定数量 (V2019) (count). */
  DECISIONS(Kind.COUNT, "本年处理决定数量", "处理决定数量"),
  /** V2021 本年收费金额（单位：万元） (amount in 万元). */
  AMOUNT(Kind.AMOUNT, "本年收费金额（单位：万元）", "本年收费金额"),
  /** V2019 本年新制作数量 (count). */
  NEWLY_MADE(Kind.COUNT, "本年新制作数量"),
  /** V2019 本年新公开数量 (count). */
  NEWLY_PUBLISHED(Kind.COUNT, "本年新公开数量"),
  /** V2019 对外公开总数量 (count). */
  TOTAL_PUBLISHED(Kind.COUNT, "对外公开总数量"),
  /** V2019 上一年项目数量 (count). */
  PRIOR_YEAR_ITEMS(Kind.COUNT, "上一年项目数量"),
  /** V2019 本年增/减 (signed count: the only column that may be negative). */
  NET_CHANGE(Kind.SIGNED_COUNT, "本年增/减", "本年增减"),
  /** V2019 采购项目数量 (count). */
  PROJECTS(Kind.COUNT, "采购项目数量"),
  /** V2019 采购总金额 (amount; the unit is not printed, reports write 元 or 万元). */
  TOTAL_AMOUNT(Kind.AMOUNT, "采购总金额");

  /**
   * The first cell of the header row of every block of table 2, {@code 信息内容}, over the row
   * labels.
   */
  public static final String HEADER = "信息内容";

  /** What a column's cells hold. */
  public enum Kind {
    /** A whole number ≥ 0. */
    COUNT,
    /** A whole number that may be negative. */
    SIGNED_COUNT,
    /** A decimal amount of money ≥ 0. */
    AMOUNT;

    /**
     * Whether a number may stand in a cell of this kind: {@link #COUNT} a whole number ≥ 0,
     * {@link #SIGNED_COUNT} a whole number, {@link #AMOUNT} a number ≥ 0. The rule of
     * {@link CellValues}, stated once.
     */
    public boolean admits(java.math.BigDecimal value) {
      switch (this) {
        case AMOUNT:
          return value.signum() >= 0;
        case SIGNED_COUNT:
          return isWhole(value);
        default:
          return value.signum() >= 0 && isWhole(value);
      }
    }

    /** The kind of the numbers in a cell: table 1's column kind, a count in tables 3 and 4. */
    public static Kind of(CellRef ref) {
      return ref.column() instanceof DisclosureColumn ? ((DisclosureColumn) ref.column()).kind() : COUNT;
    }

    private static boolean isWhole(java.math.BigDecimal value) {
      return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }
  }

  private final Kind kind;
  private final java.util.List<String> labels;

  DisclosureColumn(Kind kind, String... labels) {
    this.kind = kind;
    this.labels = java.util.List.of(labels);
  }

  /** What the column's cells hold. */
  public Kind kind() {
    return kind;
  }

  /** The official label first, then variants. */
  public java.util.List<String> labels() {
    return labels;
  }

  /** The official label. */
  public String label() {
    return labels.get(0);
  }

  /**
   * The label the edition's layout prints: V2019 prints {@code 处理决定数量} where V2021 prints
   * {@code 本年处理决定数量}; every other column prints its official label.
   */
  public String label(Edition edition) {
    return this == DECISIONS && edition == Edition.V2019 ? labels.get(1) : label();
  }
}
