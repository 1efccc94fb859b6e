package io.github.govdisclosure.text;

/**
 * How {@link DisclosureText#format} prints the standard tables. PLACEHOLDER: the formatter work
 * defines the presets and options.
 */
public final class TextFormat {
  /** The canonical flattened form of the canonical example: each cell followed by {@code " |"}. */
  public static final TextFormat PIPE = new TextFormat("PIPE");
  /** Aligned tables with box-drawing borders, correct for double-width characters. */
  public static final TextFormat PLAIN = new TextFormat("PLAIN");
  /** GitHub Markdown tables. */
  public static final TextFormat MARKDOWN = new TextFormat("MARKDOWN");
  /** One line per cell, RFC 4180. */
  public static final TextFormat CSV = new TextFormat("CSV");
  /** A standalone HTML page with the official layout. */
  public static final TextFormat HTML = new TextFormat("HTML");

  private final String name;

  private TextFormat(String name) {
    this.name = name;
  }

  /** The preset's name. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
