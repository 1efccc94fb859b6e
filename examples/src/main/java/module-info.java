/** Small runnable programs that show parse, validate and print. */
module io.github.govdisclosure.examples {
  requires io.github.govdisclosure.model;
  requires io.github.govdisclosure.rules;
  requires io.github.govdisclosure.text;
  requires io.github.govdisclosure.json;
  requires io.github.govdisclosure.html;
  requires java.logging;
}
