package io.github.govdisclosure.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * A reader diagnostic's message as the program prints it: in English the reader's own message; in
 * Chinese what the code means ({@code diagnostics-zh.properties}), then the reader's particulars
 * in parentheses: {@code 连写数字有多种拆法…（详情：several splits of …）}. A code without a line
 * there (a reader newer than this program) prints its message alone.
 */
final class DiagnosticWords {
  private DiagnosticWords() {}

  private static final class Chinese {
    static final Properties LINES = load();

    private static Properties load() {
      Properties lines = new Properties();
      try (InputStream in = DiagnosticWords.class.getResourceAsStream("diagnostics-zh.properties")) {
        if (in == null) {
          throw new IllegalStateException("diagnostics-zh.properties is missing from the program");
        }
        lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return lines;
    }
  }

  /** What the code means in Chinese, or null when this program does not know the code. */
  static String meaning(String code) {
    return Chinese.LINES.getProperty(code);
  }

  /** The message of a diagnostic with this code in a language. */
  static String message(String code, String message, Locale locale) {
    if (!Words.isChinese(locale)) {
      return message;
    }
    String meaning = meaning(code);
    return meaning == null ? message : meaning + "（详情：" + message + "）";
  }
}
