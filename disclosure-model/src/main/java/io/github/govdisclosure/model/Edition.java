package io.github.govdisclosure.model;

/**
 * The national edition of the annual report format a report follows.
 *
 * <p>{@link #V2019} is 国办公开办函〔2019〕60号, used for the 2019 and 2020 reports; {@link #V2021} is
 * 国办公开办函〔2021〕30号, used from the 2021 reports on. {@link #PRE_2019} marks a report that was
 * recognised but predates the national table layout: it carries narrative only, no tables.
 */
public enum Edition {
  /** Recognised as an annual report, but written before the national table layout existed. */
  PRE_2019("2019年以前（无全国统一表格）"),
  /** 国办公开办函〔2019〕60号, for reports of 2019 and 2020. */
  V2019("国办公开办函〔2019〕60号"),
  /** 国办公开办函〔2021〕30号, for reports of 2021 onward. */
  V2021("国办公开办函〔2021〕30号");

  private final String document;

  Edition(String document) {
    this.document = document;
  }

  /** The document that issued this edition. */
  public String document() {
    return document;
  }

  /** Whether this edition has the three standard tables; false only for {@link #PRE_2019}. */
  public boolean hasTables() {
    return this != PRE_2019;
  }

  /**
   * The edition the format prescribes for a report year: {@link #PRE_2019} before 2019,
   * {@link #V2019} for 2019 and 2020, {@link #V2021} from 2021.
   */
  public static Edition forYear(int year) {
    if (year < 2019) {
      return PRE_2019;
    }
    return year < 2021 ? V2019 : V2021;
  }
}
