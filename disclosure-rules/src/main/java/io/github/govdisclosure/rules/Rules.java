package io.github.govdisclosure.rules;

/** The rule set. PLACEHOLDER: the rules work defines it. */
public final class Rules {
  private Rules() {}
}
