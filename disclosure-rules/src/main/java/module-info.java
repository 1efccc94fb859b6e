/**
 * The consistency rules of the annual report format.
 *
 * <p>Entry point: {@link io.github.govdisclosure.rules.Rules}.
 */
module io.github.govdisclosure.rules {
  requires static org.immutables.value.annotations;
  requires transitive io.github.govdisclosure.model;
  requires org.hibernate.validator;
  requires java.logging;

  exports io.github.govdisclosure.rules;
}
