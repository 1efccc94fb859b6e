package io.github.govdisclosure.model;

import java.util.List;

/** A column inside each group of table 4. */
public enum Outcome {
  /** 结果维持. */
  UPHELD("结果维持"),
  /** 结果纠正. */
  CORRECTED("结果纠正"),
  /** 其他结果. */
  OTHER("其他结果"),
  /** 尚未审结. */
  PENDING("尚未审结"),
  /** 总计: the sum of the four before it. */
  TOTAL("总计");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  /** The official label. */
  public String label() {
    return label;
  }

  /** The four outcomes whose sum is {@link #TOTAL}. */
  public static List<Outcome> parts() {
    return List.of(UPHELD, CORRECTED, OTHER, PENDING);
  }
}
