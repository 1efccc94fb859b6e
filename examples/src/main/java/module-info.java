/** The command-line program and small runnable programs that show parse, validate and print. */
module io.github.govdisclosure.examples {
  requires io.github.govdisclosure.model;
  requires io.github.govdisclosure.rules;
  requires io.github.govdisclosure.text;
  requires io.github.govdisclosure.json;
  requires io.github.govdisclosure.html;
  requires java.logging;
  requires info.picocli;
  requires org.jsoup;

  // picocli reads the commands' annotated fields and sets them
  opens io.github.govdisclosure.examples to info.picocli;
}
