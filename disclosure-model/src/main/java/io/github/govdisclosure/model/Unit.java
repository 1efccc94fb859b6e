package io.github.govdisclosure.model;

/** The unit written with an amount of money. */
public enum Unit {
  /** 元 (yuan). */
  YUAN("元"),
  /** 万元 (ten thousand yuan). */
  WAN_YUAN("万元");

  private final String symbol;

  Unit(String symbol) {
    this.symbol = symbol;
  }

  /** The Chinese symbol as written after the number. */
  public String symbol() {
    return symbol;
  }
}
