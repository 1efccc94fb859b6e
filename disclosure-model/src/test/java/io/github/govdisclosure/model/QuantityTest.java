package io.github.govdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Quantity}: which stated quantities are the total of a group of table 3 rows. */
class QuantityTest {

  @Test
  void theFourGroupQuantitiesAreTheTotalsOfTheirGroupsAndNoOtherIs() {
    Map<Quantity, ApplicationGroup> groups = new EnumMap<>(Quantity.class);
    for (Quantity quantity : Quantity.values()) {
      quantity.group().ifPresent(group -> groups.put(quantity, group));
    }
    assertThat(groups).containsExactly(
        Map.entry(Quantity.WITHHELD, ApplicationGroup.WITHHELD),
        Map.entry(Quantity.UNAVAILABLE, ApplicationGroup.UNAVAILABLE),
        Map.entry(Quantity.NOT_PROCESSED, ApplicationGroup.NOT_PROCESSED),
        Map.entry(Quantity.OTHER, ApplicationGroup.OTHER));
  }
}
