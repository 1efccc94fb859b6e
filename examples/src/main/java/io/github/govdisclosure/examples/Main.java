package io.github.govdisclosure.examples;

/** PLACEHOLDER: the examples work replaces it with parse → check → print. */
public final class Main {
  private Main() {}

  /** Runs the program. */
  public static void main(String[] args) {
    System.out.println("govdisclosure");
  }
}
