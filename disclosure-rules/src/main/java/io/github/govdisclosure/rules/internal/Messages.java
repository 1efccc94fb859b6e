package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.rules.Finding;
import io.github.govdisclosure.rules.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The finding messages, from the bundles {@code messages}, {@code messages_en},
 * {@code messages_zh} of this package. Not API.
 *
 * <p>Bundles are loaded through this module ({@link ResourceBundle#getBundle(String, Locale,
 * Module)}), which finds them on the module path as well as on the classpath. The locale is
 * narrowed to Chinese or English first, so the JVM's default locale never leaks in. A key missing
 * from the Chinese bundle falls back to the base (English) one. A message key is looked up in the
 * bundles; a user's template (anything that is not shaped like a key) is used as it is. A key that
 * no bundle has (a test proves the standard rules have none) shows the named values, never the
 * key.
 */
public final class Messages {
  static final String BUNDLE = "io.github.govdisclosure.rules.internal.messages";
  /** {@code narrative.count.PASS}: dotted words, no space, no brace. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");

  private Messages() {}

  /** The bundle of a locale: Chinese for any {@code zh} locale, English otherwise. */
  static ResourceBundle bundle(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Locale narrowed = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    return ResourceBundle.getBundle(BUNDLE, narrowed, Messages.class.getModule());
  }

  /**
   * The template of a message key: the bundle's; a user's template itself; for a key no bundle has,
   * a template of the named values.
   */
  static String template(ResourceBundle bundle, String key, Map<String, String> values) {
    if (bundle.containsKey(key)) {
      return bundle.getString(key);
    }
    if (!KEY.matcher(key).matches()) {
      return key;
    }
    StringBuilder shown = new StringBuilder();
    for (String name : values.keySet()) {
      shown.append(shown.length() == 0 ? "" : "; ").append(name).append(" = {").append(name).append('}');
    }
    return shown.length() == 0 ? "?" : shown.toString();
  }

  /** Replaces each {@code {name}} whose name has a value; other braces stay as written. */
  static String fill(String template, Map<String, String> values) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String value = values.get(name);
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** A finding's full message. */
  public static String message(Finding finding, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    String message = fill(template(bundle, finding.getMessageKey(), finding.getArguments()), finding.getArguments());
    return withZeroNote(bundle, finding, message);
  }

  /** A finding's one-line rendering. */
  public static String render(Finding finding, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    String shortKey = finding.getMessageKey() + ".short";
    String derivation = bundle.containsKey(shortKey)
        ? fill(bundle.getString(shortKey), finding.getArguments())
        : fill(template(bundle, finding.getMessageKey(), finding.getArguments()), finding.getArguments());
    derivation = withZeroNote(bundle, finding, derivation);
    String state;
    if (finding.getStatus() == Status.FAIL) {
      state = finding.getSeverity().label();
    } else if (finding.getStatus() == Status.PASS) {
      state = "pass";
    } else {
      state = "not-assessable";
      // the state says it already: "…not-assessable: no report of 2022…", not "…not assessable: not assessable: …"
      String said = bundle.getString("render.notAssessable");
      if (derivation.startsWith(said)) {
        derivation = derivation.substring(said.length());
      }
    }
    String at = null;
    if (!finding.getCells().isEmpty()) {
      at = finding.getCells().get(0).toString();
    } else if (finding.getLocation().isPresent()) {
      at = finding.getLocation().get();
    }
    String key = at == null ? "render.nowhere" : "render";
    return fill(bundle.getString(key), Map.of(
        "rule", finding.getRuleId(), "state", state, "at", at == null ? "" : at, "derivation", derivation));
  }

  private static String withZeroNote(ResourceBundle bundle, Finding finding, String text) {
    String noted = finding.isBlanksReadAsZero() ? text + bundle.getString("note.blanksAsZero") : text;
    if (finding.restsOnGuess()) {
      List<String> cells = new ArrayList<>();
      finding.getGuessedCells().forEach(ref -> cells.add(ref.toString()));
      noted += fill(bundle.getString("note.guessed"), Map.of("cells", String.join(", ", cells)));
    }
    if (finding.getDiagnostic().isPresent()) {
      Diagnostic d = finding.getDiagnostic().get();
      noted += fill(bundle.getString("note.diagnostic"), Map.of("code", d.getCode(), "at", d.getSpan().toString()));
    }
    return noted;
  }
}
