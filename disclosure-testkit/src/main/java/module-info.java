/**
 * Generators for property tests of code that reads or checks annual reports: reports of both
 * editions that are consistent by construction, single-cell perturbations of them, and messy text
 * renderings in the shapes found in the wild.
 *
 * <p>Entry points: {@link io.github.govdisclosure.testkit.Reports},
 * {@link io.github.govdisclosure.testkit.Perturbations},
 * {@link io.github.govdisclosure.testkit.Renderings} (plain {@code RandomGenerator}s) and
 * {@link io.github.govdisclosure.testkit.TestkitGens} (QuickTheories {@code Gen}s).
 *
 * <p>QuickTheories 0.26 has no module descriptor and no {@code Automatic-Module-Name}: its module
 * name {@code quicktheories} is derived from the jar file name.
 */
@SuppressWarnings({"requires-transitive-automatic", "requires-automatic"})
module io.github.govdisclosure.testkit {
  requires static org.immutables.value.annotations;
  requires transitive io.github.govdisclosure.model;
  requires transitive quicktheories;

  exports io.github.govdisclosure.testkit;
}
