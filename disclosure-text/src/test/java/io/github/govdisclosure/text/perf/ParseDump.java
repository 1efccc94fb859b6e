package io.github.govdisclosure.text.perf;

import io.github.govdisclosure.model.Table;
import io.github.govdisclosure.model.Diagnostic;
import io.github.govdisclosure.text.DisclosureText;
import io.github.govdisclosure.text.ParseResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Hand-run: prints everything a parse gives for every file under the given folders (report with
 * spans, diagnostics with spans), so that two builds' outputs can be compared with {@code diff}.
 */
final class ParseDump {
  private ParseDump() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (String dir : args) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(Path.of(dir))) {
        files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      }
      for (Path file : files) {
        ParseResult result = DisclosureText.parse(Files.readAllBytes(file));
        out.println("== " + file);
        out.println(result.getReport());
        for (Table t : Table.values()) {
          result.getReport().table(t).ifPresent(table -> {
            table.getCells().forEach((k, v) -> out.println(k + " " + v + " " + v.getSpan()));
            table.getExtraRows().forEach(x -> out.println(x + " " + x.getSpan()));
          });
        }
        result.getReport().getFeeStatement().ifPresent(f -> out.println(f + " " + f.getSpan()));
        result.getReport().getStatedFigures().forEach(f -> out.println(f + " " + f.getSpan()));
        result.getReport().getStatedBreakdowns().forEach(f -> out.println(f + " " + f.getSpan()));
        for (Diagnostic d : result.getDiagnostics()) {
          out.println(d.render() + " " + d.getSpan());
        }
      }
    }
  }
}
