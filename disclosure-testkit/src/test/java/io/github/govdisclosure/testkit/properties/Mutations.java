package io.github.govdisclosure.testkit.properties;

import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.Section;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Character-level damage to the tables of a rendered report, as bad extraction or typing does it:
 * delete a character, insert one (a digit, a separator or an ideograph), duplicate one, swap two
 * adjacent digits, or change a digit into another. Damage lands in the table text only
 * ({@link #tableText}): a digit typed into a narrative sentence is a narrative number, not a cell.
 */
final class Mutations {

  private static final String INSERTS = "0123456789|\t\n 　（）()、.,—-数年";

  private Mutations() {}

  /**
   * Where the tables are: the table region ({@link NumberAccounting#region}) less the section
   * headings and section texts of the report, as offsets {@code [from, to)} that may be damaged.
   */
  static BitSet tableText(Report report, String text) {
    BitSet table = new BitSet(text.length());
    NumberAccounting.region(text).ifPresent(r -> table.set(r[0], r[1]));
    List<String> narrative = new ArrayList<>(report.getSections().values());
    for (Section section : Section.values()) {
      narrative.add(section.heading());
    }
    for (String words : narrative) {
      for (int at = text.indexOf(words); at >= 0 && !words.isEmpty(); at = text.indexOf(words, at + 1)) {
        table.clear(at, at + words.length());
      }
    }
    return table;
  }

  /** Damages the table text of a rendering of the report {@code count} times, at random places of it. */
  static String mutate(String text, int count, Report report, RandomGenerator rng) {
    StringBuilder b = new StringBuilder(text);
    for (int k = 0; k < count; k++) {
      List<Integer> places = new ArrayList<>();
      tableText(report, b.toString()).stream().forEach(places::add);
      if (places.isEmpty()) {
        break;
      }
      int at = places.get(rng.nextInt(places.size()));
      switch (rng.nextInt(5)) {
        case 0:
          b.deleteCharAt(at);
          break;
        case 1:
          b.insert(at, INSERTS.charAt(rng.nextInt(INSERTS.length())));
          break;
        case 2:
          b.insert(at, b.charAt(at));
          break;
        case 3:
          swapDigits(b, places, rng.nextInt(places.size()));
          break;
        default:
          changeDigit(b, places, rng.nextInt(places.size()), rng);
      }
    }
    return b.toString();
  }

  /** Swaps the first two adjacent, different digits from the {@code from}-th place on (wrapping around). */
  private static void swapDigits(StringBuilder b, List<Integer> places, int from) {
    for (int n = 0; n < places.size(); n++) {
      int i = places.get((from + n) % places.size());
      if (i + 1 < b.length() && Character.isDigit(b.charAt(i)) && Character.isDigit(b.charAt(i + 1))
          && b.charAt(i) != b.charAt(i + 1)) {
        char x = b.charAt(i);
        b.setCharAt(i, b.charAt(i + 1));
        b.setCharAt(i + 1, x);
        return;
      }
    }
  }

  /** Changes the first ASCII digit from the {@code from}-th place on (wrapping around) into another. */
  private static void changeDigit(StringBuilder b, List<Integer> places, int from, RandomGenerator rng) {
    for (int n = 0; n < places.size(); n++) {
      int i = places.get((from + n) % places.size());
      if (b.charAt(i) >= '0' && b.charAt(i) <= '9') {
        b.setCharAt(i, (char) ('0' + (b.charAt(i) - '0' + 1 + rng.nextInt(9)) % 10));
        return;
      }
    }
  }
}
