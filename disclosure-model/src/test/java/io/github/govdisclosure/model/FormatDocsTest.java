package io.github.govdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The format reference ({@code docs/format.md}) names what the model names: every canonical key
 * with every official label and variant, and the Java constants whose name is not their key. The
 * documentation lives at the repository root; the build passes its directory as the property
 * {@code govdisclosure.docs} (the module's {@code ../docs} otherwise).
 */
class FormatDocsTest {
  private static final Path FORMAT = Path.of(System.getProperty("govdisclosure.docs", "../docs"), "format.md");
  /** The enums whose constants have canonical keys. */
  private static final List<Class<? extends Enum<?>>> KEYED = List.of(Edition.class, Section.class, Table.class,
      DisclosureItem.class, DisclosureRow.class, DisclosureColumn.class, ApplicationRow.class, Applicant.class,
      ApplicationGroup.class, ReviewGroup.class, Outcome.class, Quantity.class, Unit.class);

  private static String format() throws IOException {
    assertThat(FORMAT).as("the format reference (property govdisclosure.docs)").isRegularFile();
    return Files.readString(FORMAT, StandardCharsets.UTF_8);
  }

  private static String code(String text) {
    return "`" + text + "`";
  }

  @Test
  void namesEveryCanonicalKey() throws IOException {
    String format = format();
    for (Class<? extends Enum<?>> type : KEYED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String key = code(FormatKey.of(constant));
        assertThat(format).withFailMessage("docs/format.md lacks the key %s of %s", key, constant).contains(key);
      }
    }
  }

  @Test
  void givesEveryOfficialLabelAndVariant() throws IOException {
    List<String> labels = new ArrayList<>();
    add(labels, Edition.values(), e -> List.of(e.document()));
    add(labels, Section.values(), Section::headings);
    add(labels, DisclosureItem.values(), i -> List.of(i.caption()));
    add(labels, DisclosureRow.values(), DisclosureRow::labels);
    add(labels, DisclosureColumn.values(), DisclosureColumn::labels);
    add(labels, ApplicationRow.values(), ApplicationRow::labels);
    add(labels, Applicant.values(), a -> List.of(a.label()));
    add(labels, ApplicationGroup.values(), g -> List.of(g.label()));
    add(labels, ReviewGroup.values(), g -> List.of(g.label()));
    add(labels, Outcome.values(), o -> List.of(o.label()));
    String format = format();
    for (String label : labels) {
      assertThat(format).withFailMessage("docs/format.md lacks the label %s", code(label)).contains(code(label));
    }
  }

  private static <E> void add(List<String> labels, E[] constants, Function<E, List<String>> of) {
    for (E constant : constants) {
      labels.addAll(of.apply(constant));
    }
  }

  @Test
  void listsEveryConstantWhoseNameIsNotItsKeyWithItsKey() throws IOException {
    String format = format();
    for (Class<? extends Enum<?>> type : KEYED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String key = FormatKey.of(constant);
        if (!key.equals(constant.name())) {
          String row = "| " + code(type.getSimpleName() + "." + constant.name()) + " | " + code(key) + " |";
          assertThat(format).withFailMessage("docs/format.md lacks the alias row %s", row).contains(row);
        }
      }
    }
  }
}
