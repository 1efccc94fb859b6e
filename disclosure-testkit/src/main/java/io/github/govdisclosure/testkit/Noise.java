package io.github.govdisclosure.testkit;

import java.util.EnumSet;
import java.util.Set;

/** A kind of mess {@link Renderings#render} can add to a text rendering. */
public enum Noise {
  /**
   * Random extra spaces and blank lines at cell, line and section boundaries (never inside a
   * number): indented lines, {@code 35  |}, {@code | 35   |}, {@code 规章 000} in crawler text.
   */
  EXTRA_SPACING,
  /** Full-width brackets swapped with half-width ones, everywhere: {@code （一）} ↔ {@code (一)}. */
  BRACKET_SWAP,
  /**
   * Wrapped table 4 header cells that lost their second line: {@code 结果纠正} → {@code 结果},
   * {@code 其他结果} → {@code 其他}, {@code 尚未审结} → {@code 尚未}.
   */
  TRUNCATED_HEADERS,
  /** Wrapped table 3 header cells that gained a space: {@code 商业企业} → {@code 商业 企业}, {@code 科研 机构}. */
  SPLIT_WORDS,
  /** The whole document printed twice, as in the seed report. */
  REPEATED,
  /**
   * PDF page footers ({@code — 4 —}) on their own line between table rows; only in
   * {@link Shape#MARKDOWN} and {@link Shape#LINES}.
   */
  PAGE_FOOTERS;

  /** Whether this noise can be added to a rendering of the shape. */
  public boolean appliesTo(Shape shape) {
    if (this == PAGE_FOOTERS) {
      return shape == Shape.MARKDOWN || shape == Shape.LINES;
    }
    return true;
  }

  /** The noise kinds that can be added to a rendering of the shape. */
  public static Set<Noise> applicableTo(Shape shape) {
    Set<Noise> noise = EnumSet.noneOf(Noise.class);
    for (Noise n : values()) {
      if (n.appliesTo(shape)) {
        noise.add(n);
      }
    }
    return noise;
  }
}
