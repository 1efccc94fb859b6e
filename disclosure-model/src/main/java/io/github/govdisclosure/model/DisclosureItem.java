package io.github.govdisclosure.model;

import java.util.Set;

/** A block of table 2, one item of article 20 of the Regulation, captioned {@code 第二十条第（N）项}. */
public enum DisclosureItem {
  /** 第二十条第（一）项: rules and normative documents. */
  ITEM_1("第二十条第（一）项", Edition.V2019, Edition.V2021),
  /** 第二十条第（五）项: licensing (V2019 also other services). */
  ITEM_5("第二十条第（五）项", Edition.V2019, Edition.V2021),
  /** 第二十条第（六）项: penalty and coercion. */
  ITEM_6("第二十条第（六）项", Edition.V2019, Edition.V2021),
  /** 第二十条第（八）项: administrative fees. */
  ITEM_8("第二十条第（八）项", Edition.V2019, Edition.V2021),
  /** 第二十条第（九）项: centralised procurement (V2019 only). */
  ITEM_9("第二十条第（九）项", Edition.V2019);

  private final String caption;
  private final Set<Edition> editions;

  DisclosureItem(String caption, Edition first, Edition... rest) {
    this.caption = caption;
    this.editions = Set.of(Layouts.concat(first, rest));
  }

  /** The caption row, e.g. {@code 第二十条第（一）项}. */
  public String caption() {
    return caption;
  }

  /** Whether the edition's layout has this block. */
  public boolean in(Edition edition) {
    return editions.contains(edition);
  }
}
