package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Rule;
import io.github.govdisclosure.rules.StandardRule;

/** A rule of the standard catalogue: its id and default severity come from its {@link StandardRule}. Not API. */
abstract class StandardRuleBase implements Rule {
  final StandardRule rule;

  StandardRuleBase(StandardRule rule) {
    this.rule = rule;
  }

  @Override
  public final String id() {
    return rule.id();
  }

  @Override
  public final Severity severity() {
    return rule.severity();
  }
}
