package io.github.govdisclosure.model;

/** A column group of table 4. There is no arithmetic link between the groups. */
public enum ReviewGroup {
  /** 行政复议: administrative review. */
  REVIEW("行政复议"),
  /** 行政诉讼 / 未经复议直接起诉: litigation without prior review. */
  LITIGATION_DIRECT("未经复议直接起诉"),
  /** 行政诉讼 / 复议后起诉: litigation after review. */
  LITIGATION_AFTER_REVIEW("复议后起诉");

  private final String label;

  ReviewGroup(String label) {
    this.label = label;
  }

  /** The official group label. */
  public String label() {
    return label;
  }

  /**
   * The cell of the first header row over the group: {@code 行政复议} for {@link #REVIEW} (its own
   * label), {@code 行政诉讼} over both litigation groups. The header row reads {@code 行政复议 | 行政诉讼}.
   */
  public String heading() {
    return this == REVIEW ? label : "行政诉讼";
  }
}
