package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Words#format}: every word filled exactly as {@link String#format} fills it. */
class WordsTest {
  private static final Pattern SPECIFIER = Pattern.compile("%(?:(\\d+)\\$)?([sd])");

  @Test
  void everyWordIsFilledAsStringFormatFillsIt() {
    int templates = 0;
    for (Words word : Words.values()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
        String template = word.in(locale);
        Object[] arguments = argumentsFor(template);
        assertThat(word.format(locale, arguments)).as("%s in %s", word, locale)
            .isEqualTo(String.format(Locale.ROOT, template, arguments));
        if (template.indexOf('%') >= 0) {
          assertThat(Words.fill(template, arguments)).as("%s in %s is filled without Formatter", word, locale)
              .isNotNull();
          templates++;
        }
      }
    }
    assertThat(templates).isGreaterThan(20);
  }

  @Test
  void fillsPlainAndNumberedSpecifiersAsFormatterDoes() {
    Object[] arguments = {"甲", 12, -3L, null};
    for (String template : List.of("%s", "%d of %s", "%2$d，%1$s；%s %d", "%4$s|%3$d|%s", "无", "%1$s%1$s")) {
      Object[] given = template.startsWith("%d") ? new Object[] {12, "甲"} : arguments;
      assertThat(Words.fill(template, given)).as(template).isEqualTo(String.format(Locale.ROOT, template, given));
    }
  }

  @Test
  void leavesAnythingElseToFormatter() {
    assertThat(Words.fill("%.1f", 1.5)).isNull();
    assertThat(Words.fill("%5d", 1)).isNull();
    assertThat(Words.fill("100%%", 1)).isNull();
    assertThat(Words.fill("%d", "text")).isNull();
    assertThat(Words.fill("%s and %s", "one")).isNull();
    assertThat(Words.fill("ends with %", 1)).isNull();
  }

  /** A value for each specifier of the template: a number for {@code %d}, words for {@code %s}. */
  private static Object[] argumentsFor(String template) {
    List<Object> arguments = new ArrayList<>();
    Matcher m = SPECIFIER.matcher(template);
    int next = 0;
    while (m.find()) {
      int index = m.group(1) != null ? Integer.parseInt(m.group(1)) - 1 : next++;
      while (arguments.size() <= index) {
        arguments.add(null);
      }
      arguments.set(index, m.group(2).equals("d") ? (Object) (index * 7 + 1) : "词" + index);
    }
    return arguments.toArray();
  }
}
