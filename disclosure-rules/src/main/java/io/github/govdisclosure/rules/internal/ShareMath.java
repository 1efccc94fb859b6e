package io.github.govdisclosure.rules.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Exact share arithmetic on whole counts, BigDecimal and BigInteger only. Not API. */
public final class ShareMath {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000};

  private ShareMath() {}

  /** {@code 100 · part / whole} at the scale, rounded; empty for a zero whole. */
  public static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole, int scale, RoundingMode rounding) {
    if (whole.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(part.multiply(BigDecimal.valueOf(100)).divide(whole, scale, rounding));
  }

  /** What {@link #units} gives when its fast way does not apply. */
  public static final long NO_UNITS = Long.MIN_VALUE;

  /**
   * {@code 100 · part / whole} at the scale, rounded, in units of {@code 10^-scale}, worked out on
   * {@code long}s: the unscaled value of {@link #percent}. {@link #NO_UNITS} unless both are whole
   * numbers of at most 12 digits, the scale at most 4, the whole not zero and the rounding
   * {@code HALF_UP} or {@code DOWN}.
   */
  public static long units(BigDecimal part, BigDecimal whole, int scale, RoundingMode rounding) {
    if (part.scale() != 0 || whole.scale() != 0 || part.precision() > 12 || whole.precision() > 12
        || scale < 0 || scale > 4 || whole.signum() == 0
        || (rounding != RoundingMode.HALF_UP && rounding != RoundingMode.DOWN)) {
      return NO_UNITS;
    }
    long w = whole.longValue();
    long numerator = part.longValue() * 100 * POWERS[scale];
    long quotient = numerator / w;
    long remainder = numerator % w;
    if (rounding == RoundingMode.HALF_UP && remainder != 0 && 2 * Math.abs(remainder) >= Math.abs(w)) {
      quotient += (numerator < 0) == (w < 0) ? 1 : -1;
    }
    return quotient;
  }

  /** A share as written, in units of {@code 10^-scale} ({@code scale} ≥ its own); {@link #NO_UNITS} if too large. */
  public static long units(BigDecimal share, int scale) {
    // at most 18 integer digits fit a long: decide before setScale would write out a huge exponent
    if ((long) share.precision() - share.scale() + scale > 18) {
      return NO_UNITS;
    }
    BigDecimal units = share.movePointRight(scale);
    if (units.scale() < 0) {
      units = units.setScale(0);
    }
    if (units.scale() != 0 || units.precision() > 18) {
      return NO_UNITS;
    }
    return units.longValue();
  }

  /**
   * Largest-remainder shares of counts over a whole: each share truncated to the scale, then the
   * units of {@code 10^-scale} still missing to the rounded ({@code HALF_UP}) exact total go one
   * each to the largest remainders (ties: the larger count, then the earlier category).
   */
  public static List<BigDecimal> largestRemainder(List<Long> counts, long whole, int scale) {
    if (whole <= 0) {
      throw new IllegalArgumentException("whole must be > 0: " + whole);
    }
    BigInteger d = BigInteger.valueOf(whole);
    BigInteger unitsPerPercent = BigInteger.TEN.pow(scale);
    int n = counts.size();
    BigInteger[] floors = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger floorSum = BigInteger.ZERO;
    BigInteger numeratorSum = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger numerator = BigInteger.valueOf(counts.get(i)).multiply(HUNDRED).multiply(unitsPerPercent);
      BigInteger[] qr = numerator.divideAndRemainder(d);
      floors[i] = qr[0];
      remainders[i] = qr[1];
      floorSum = floorSum.add(qr[0]);
      numeratorSum = numeratorSum.add(numerator);
    }
    BigInteger target = new BigDecimal(numeratorSum).divide(new BigDecimal(d), 0, RoundingMode.HALF_UP).toBigIntegerExact();
    int missing = target.subtract(floorSum).intValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort((a, b) -> {
      int byRemainder = remainders[b].compareTo(remainders[a]);
      if (byRemainder != 0) {
        return byRemainder;
      }
      int byCount = Long.compare(counts.get(b), counts.get(a));
      return byCount != 0 ? byCount : Integer.compare(a, b);
    });
    for (int k = 0; k < missing && k < n; k++) {
      int i = order.get(k);
      if (remainders[i].signum() > 0) {
        floors[i] = floors[i].add(BigInteger.ONE);
      }
    }
    List<BigDecimal> shares = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      shares.add(new BigDecimal(floors[i], scale));
    }
    return shares;
  }
}
