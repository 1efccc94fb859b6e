package io.github.govdisclosure.examples;

import io.github.govdisclosure.text.TextFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The command line of {@link Main}, parsed; a bad one is a {@link UsageException} with a one-line reason. */
final class Options {
  static final String USAGE = String.join("\n",
      "usage: java -jar govdisclosure-examples.jar [--format plain|markdown|html|csv|pipe] [--json]",
      "                                            [--lang en|zh] [--all] [--help] [file ...]",
      "Reads annual reports (.html/.htm as web pages, anything else as text in any common charset),",
      "checks them and prints a header, the three standard tables, the findings, the stated shares",
      "next to the recomputed ones, and a verdict. With no file, reads the bundled sample",
      "2021_weiyuan-county.txt.",
      "  --format F  the tables as plain (default), markdown, html, csv or pipe",
      "  --json      print the JSON document of docs/json.md instead (one compact line per file",
      "              when there are several files)",
      "  --lang L    messages and headings in en (default) or zh",
      "  --all       print passing findings too",
      "  --help      print this help and exit",
      "Exit status: 0 consistent, 1 inconsistent, 2 not assessable, 3 unreadable input or usage",
      "error; with several files, the highest.");

  final TextFormat format;
  final boolean json;
  final Locale locale;
  final boolean all;
  final boolean help;
  final List<String> files;

  private Options(TextFormat format, boolean json, Locale locale, boolean all, boolean help, List<String> files) {
    this.format = format;
    this.json = json;
    this.locale = locale;
    this.all = all;
    this.help = help;
    this.files = List.copyOf(files);
  }

  /**
   * Parses the arguments. Options and files may come in any order; {@code --} ends the options;
   * {@code --format F} may also be written {@code --format=F}.
   *
   * @throws UsageException with a one-line reason for an unknown option or a bad value
   */
  static Options parse(String... args) {
    TextFormat format = null;
    boolean json = false;
    Locale locale = Locale.ENGLISH;
    boolean all = false;
    boolean help = false;
    List<String> files = new ArrayList<>();
    boolean options = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!options || !arg.startsWith("-")) {
        files.add(arg);
        continue;
      }
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "--":
          options = false;
          break;
        case "--format":
          if (value == null) {
            value = next(args, ++i, name);
          }
          format = format(value);
          break;
        case "--lang":
          if (value == null) {
            value = next(args, ++i, name);
          }
          locale = locale(value);
          break;
        case "--json":
          json = flag(name, value);
          break;
        case "--all":
          all = flag(name, value);
          break;
        case "--help":
        case "-h":
          help = flag(name, value);
          break;
        default:
          throw new UsageException("unknown option " + name + " (see --help)");
      }
    }
    if (json && format != null) {
      throw new UsageException("--json and --format cannot be combined");
    }
    return new Options(format == null ? TextFormat.PLAIN : format, json, locale, all, help, files);
  }

  private static String next(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new UsageException(option + " needs a value (see --help)");
    }
    return args[i];
  }

  private static boolean flag(String option, String value) {
    if (value != null) {
      throw new UsageException(option + " takes no value");
    }
    return true;
  }

  private static TextFormat format(String value) {
    switch (value) {
      case "plain":
        return TextFormat.PLAIN;
      case "markdown":
        return TextFormat.MARKDOWN;
      case "html":
        return TextFormat.HTML;
      case "csv":
        return TextFormat.CSV;
      case "pipe":
        return TextFormat.PIPE;
      default:
        throw new UsageException("unknown format \"" + value + "\"; expected plain, markdown, html, csv or pipe");
    }
  }

  private static Locale locale(String value) {
    switch (value) {
      case "en":
        return Locale.ENGLISH;
      case "zh":
        return Locale.CHINESE;
      default:
        throw new UsageException("unknown language \"" + value + "\"; expected en or zh");
    }
  }

  /** A bad command line; the message is the one line printed on stderr. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String reason) {
      super(reason);
    }
  }
}
