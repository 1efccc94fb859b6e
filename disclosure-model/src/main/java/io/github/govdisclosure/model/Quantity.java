package io.github.govdisclosure.model;

/** What a figure stated in the narrative is about; the rules map each to table cells. */
public enum Quantity {
  /** Applications received in the year ({@code 收到/新收…申请N件}): NEW_RECEIVED, or with CARRIED_OVER. */
  RECEIVED,
  /** Applications carried over from the previous year ({@code 上年结转N件}); canonical key {@code CARRIED_OVER}. */
  CARRIED_FROM_LAST_YEAR("CARRIED_OVER"),
  /** Applications handled ({@code 办结N件}): TOTAL_HANDLED. */
  HANDLED,
  /** {@code 予以公开}: DISCLOSED. */
  DISCLOSED,
  /** {@code 部分公开}: PARTIALLY_DISCLOSED. */
  PARTIALLY_DISCLOSED,
  /** {@code 予以公开及部分公开}: DISCLOSED + PARTIALLY_DISCLOSED. */
  DISCLOSED_OR_PARTIALLY,
  /** {@code 不予公开}: the WITHHELD group. */
  WITHHELD,
  /** {@code 无法提供}: the UNAVAILABLE group (or, in some reports, only UNAVAILABLE_NOT_HELD). */
  UNAVAILABLE,
  /** {@code 不予处理}: the NOT_PROCESSED group. */
  NOT_PROCESSED,
  /** {@code 其他处理}: the OTHER group. */
  OTHER,
  /** {@code 结转下年度继续办理}: CARRIED_FORWARD; canonical key {@code CARRIED_FORWARD}. */
  CARRIED_TO_NEXT_YEAR("CARRIED_FORWARD"),
  /** {@code 行政复议N件}: REVIEW TOTAL. */
  REVIEW,
  /** {@code 行政诉讼N件}: LITIGATION_DIRECT TOTAL + LITIGATION_AFTER_REVIEW TOTAL. */
  LITIGATION;

  private final String key;

  Quantity() {
    this(null);
  }

  Quantity(String key) {
    this.key = key == null ? name() : key;
  }

  /**
   * The group of table 3 rows the quantity is the total of: {@link ApplicationGroup#WITHHELD} for
   * {@link #WITHHELD}, and so for {@link #UNAVAILABLE}, {@link #NOT_PROCESSED} and {@link #OTHER};
   * empty for every other quantity.
   */
  public java.util.Optional<ApplicationGroup> group() {
    switch (this) {
      case WITHHELD:
        return java.util.Optional.of(ApplicationGroup.WITHHELD);
      case UNAVAILABLE:
        return java.util.Optional.of(ApplicationGroup.UNAVAILABLE);
      case NOT_PROCESSED:
        return java.util.Optional.of(ApplicationGroup.NOT_PROCESSED);
      case OTHER:
        return java.util.Optional.of(ApplicationGroup.OTHER);
      default:
        return java.util.Optional.empty();
    }
  }

  /**
   * The canonical key, as JSON documents write it: the constant's name, except
   * {@code CARRIED_OVER} ({@link #CARRIED_FROM_LAST_YEAR}) and {@code CARRIED_FORWARD}
   * ({@link #CARRIED_TO_NEXT_YEAR}).
   */
  public String key() {
    return key;
  }
}
