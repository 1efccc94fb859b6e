package io.github.govdisclosure.examples;

import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.rules.Rules;
import io.github.govdisclosure.rules.StandardRule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options {@code check}, {@code audit} and {@code compare} share: how the rules are configured
 * and the language of the output.
 */
final class RuleOptions {
  @Option(names = "--blanks-as-zero", description = "Read blank cells as 0 (the findings made so say it).")
  boolean blanksAsZero;

  @Option(names = "--disable", paramLabel = "RULE", converter = RuleId.class, completionCandidates = RuleIds.class,
      description = "Turn a rule off (repeatable), e.g. structure.section-missing.")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL", converter = SeverityOverride.Converter.class,
      description = "Give a rule's findings another severity, error, warning or info (repeatable),"
          + " e.g. narrative.count=info. The verdict weighs errors.")
  List<SeverityOverride> severities = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "LANG",
      description = "The language of the output: en (default) or zh; rule ids stay ids.")
  Language language = Language.EN;

  /** The rules configured by the options. */
  Rules rules() {
    Rules.Builder rules = Rules.builder().blanksAsZero(blanksAsZero);
    disabled.forEach(rules::disable);
    severities.forEach(override -> rules.severity(override.rule(), override.level()));
    return rules.build();
  }

  Locale locale() {
    return language.locale();
  }

  /** The languages of {@code --lang}. */
  enum Language {
    EN(Locale.ENGLISH),
    ZH(Locale.CHINESE);

    private final Locale locale;

    Language(Locale locale) {
      this.locale = locale;
    }

    Locale locale() {
      return locale;
    }

    /** The value as written on the command line (picocli lists it in its messages). */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The ids of the standard rules, for completion and messages. */
  static final class RuleIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.of(StandardRule.values()).map(StandardRule::id).iterator();
    }

    static String list() {
      return Stream.of(StandardRule.values()).map(StandardRule::id).collect(Collectors.joining(", "));
    }
  }

  /** A rule id of the catalogue; an unknown one is a usage error that names the known ids. */
  static final class RuleId implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (StandardRule.byId(value).isEmpty()) {
        throw new TypeConversionException("unknown rule id '" + value + "'; the rule ids are " + RuleIds.list());
      }
      return value;
    }
  }

  /**
   * {@code RULE=LEVEL}: a rule id and the severity its findings get.
   *
   * @param rule the rule id
   * @param level the severity
   */
  record SeverityOverride(String rule, Severity level) {
    /** Reads {@code RULE=LEVEL}, the level in any case. */
    static final class Converter implements ITypeConverter<SeverityOverride> {
      @Override
      public SeverityOverride convert(String value) {
        int equals = value.lastIndexOf('=');
        if (equals < 0) {
          throw new TypeConversionException("expected RULE=LEVEL, e.g. narrative.count=info, but was '" + value + "'");
        }
        String rule = new RuleId().convert(value.substring(0, equals));
        String level = value.substring(equals + 1);
        for (Severity severity : Severity.values()) {
          if (severity.name().equalsIgnoreCase(level)) {
            return new SeverityOverride(rule, severity);
          }
        }
        throw new TypeConversionException("unknown severity '" + level + "' in '" + value
            + "'; expected error, warning or info");
      }
    }
  }
}
