/**
 * Generators for property tests: consistent reports ({@link io.github.govdisclosure.testkit.Reports}),
 * single-cell perturbations ({@link io.github.govdisclosure.testkit.Perturbations}) and messy text
 * renderings ({@link io.github.govdisclosure.testkit.Renderings}), each driven by a
 * {@code java.util.random.RandomGenerator} and deterministic for a given seed, plus QuickTheories
 * adapters ({@link io.github.govdisclosure.testkit.TestkitGens}).
 */
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    jdkOnly = true,
    jakarta = true)
package io.github.govdisclosure.testkit;

import org.immutables.value.Value;
