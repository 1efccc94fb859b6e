/**
 * Generators for property tests: consistent reports ({@link io.github.govdisclosure.testkit.Reports}),
 * single-cell perturbations ({@link io.github.govdisclosure.testkit.Perturbations}) and messy text
 * renderings ({@link io.github.govdisclosure.testkit.Renderings}), each driven by a
 * {@code java.util.random.RandomGenerator} and deterministic for a given seed, plus QuickTheories
 * adapters ({@link io.github.govdisclosure.testkit.TestkitGens}).
 */
@ValueStyle
package io.github.govdisclosure.testkit;

import io.github.govdisclosure.model.internal.style.ValueStyle;
