package io.github.govdisclosure.examples;

import io.github.govdisclosure.text.DisclosureText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line of {@link Main}, parsed by picocli: the commands, the default command, and what
 * a usage error, {@code --help} and {@code --version} print and exit with.
 */
final class Cli {
  /** The program's name in usage, messages and the completion script. */
  static final String NAME = "govdisclosure";

  /** What stands before a command and is the top command's own: help and version. */
  private static final Set<String> TOP_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  private Cli() {}

  /**
   * Where a command prints, and whether a person watches.
   *
   * @param out standard output
   * @param err standard error: usage errors, unreadable files, the progress bar
   * @param terminal whether a progress bar may be drawn on {@code err}
   */
  record Console(PrintStream out, PrintStream err, boolean terminal) {
    /** Prints one line on {@code err}: {@code govdisclosure: <reason>}. */
    void error(String reason) {
      err.println(NAME + ": " + reason);
      err.flush();
    }
  }

  /** The command that prints a completion script. */
  private static final String COMPLETION = "generate-completion";
  /** The commands, by the name that selects them. */
  private static final Set<String> COMMANDS = Set.of(CheckCommand.NAME, AuditCommand.NAME, CompareCommand.NAME,
      COMPLETION);

  /**
   * Parses the arguments, runs the command, returns the exit status. A run of one command builds
   * that command's picocli model only (picocli reads each command's annotations when it is added,
   * about a tenth of a single-file check); the top command's help and the completion script build
   * them all.
   */
  static int run(String[] args, Console console) {
    String[] commandArgs = withCommand(args);
    String command = commandArgs[0];
    CommandLine line = COMMANDS.contains(command) && !command.equals(COMPLETION)
        ? commandLine(console, command)
        : commandLine(console);
    return line.execute(commandArgs);
  }

  /** The command line: the top command, {@code check}, {@code audit}, {@code compare}, {@code generate-completion}. */
  static CommandLine commandLine(Console console) {
    CommandLine line = commandLine(console, null);
    line.getSubcommands().get(COMPLETION).getCommandSpec().usageMessage().hidden(false)
        .description("Print a bash or zsh completion script for the program installed as govdisclosure.",
            "Use: source <(govdisclosure generate-completion).");
    return line;
  }

  /** The top command with one command ({@code null}: every command), and the program's handlers. */
  private static CommandLine commandLine(Console console, String only) {
    CommandLine line = new CommandLine(new Top());
    if (only == null || only.equals(CheckCommand.NAME)) {
      line.addSubcommand(new CheckCommand(console));
    }
    if (only == null || only.equals(AuditCommand.NAME)) {
      line.addSubcommand(new AuditCommand(console));
    }
    if (only == null || only.equals(CompareCommand.NAME)) {
      line.addSubcommand(new CompareCommand(console));
    }
    if (only == null) {
      line.addSubcommand(COMPLETION, new AutoComplete.GenerateCompletion());
    }
    line.setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(new OutputStreamWriter(console.err(), StandardCharsets.UTF_8), true))
        .setParameterExceptionHandler((e, args) -> usageError(e, console))
        .setExecutionExceptionHandler((e, command, parsed) -> {
          // a bug, not a user's mistake: say so on one line, with the trace for the report
          console.error("internal error: " + e);
          e.printStackTrace(console.err());
          return Main.UNREADABLE;
        });
    return line;
  }

  /** Without a command, the arguments are those of {@code check}: README's main job keeps working. */
  static String[] withCommand(String[] args) {
    if (args.length > 0 && (COMMANDS.contains(args[0]) || TOP_OPTIONS.contains(args[0]))) {
      return args;
    }
    List<String> checked = new ArrayList<>(List.of(CheckCommand.NAME));
    checked.addAll(Arrays.asList(args));
    return checked.toArray(new String[0]);
  }

  /** A usage error: picocli's message on one line, exit status 3. */
  private static int usageError(ParameterException e, Console console) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    console.error(e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip() + " (see " + command + " --help)");
    return Main.UNREADABLE;
  }

  /** The top command; it only dispatches (a missing command is {@code check}, see {@link #withCommand}). */
  @Command(name = NAME, mixinStandardHelpOptions = true, versionProvider = Version.class,
      description = {"Reads China's government information disclosure annual reports (政府信息公开工作年度报告), checks"
          + " the arithmetic of their tables and what the text states, and names the wrong cell.",
          "Without a command the arguments are those of check (the bundled sample when no file is given)."},
      footer = {"", "Exit status: 0 consistent, 1 inconsistent, 2 not assessable, 3 unreadable input or usage"
          + " error; with several reports, the highest."})
  static final class Top implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
      throw new ParameterException(spec.commandLine(), "a command is needed");
    }
  }

  /** {@code --version}: the program's version and the formats it reads. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {NAME + " " + version(), "reads: " + String.join(", ", DisclosureText.readableFormats())};
    }

    /** The version of the build, from {@code version.properties} (written by Maven). */
    static String version() {
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "unknown";
        }
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties.getProperty("version", "unknown");
    }
  }
}
