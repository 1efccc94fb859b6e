package io.github.govdisclosure.model.internal.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to each package that declares value types
 * ({@code @ValueStyle package …;} in its {@code package-info.java}) instead of a copy of
 * {@code @Value.Style} per module. A style meta-annotation: the Immutables processor reads the
 * {@code @Value.Style} on this annotation type.
 *
 * <ul>
 *   <li>{@code get = {"get*", "is*"}}: accessors are {@code getX()}/{@code isX()}, where Bean
 *       Validation finds constraints (on fluent accessors they are silently ignored);
 *   <li>{@code init = "*"}: builder setters without a prefix ({@code .year(2021)});
 *   <li>{@code visibility = PACKAGE}, {@code overshadowImplementation = true}: the generated
 *       {@code Immutable*} class never appears in a signature; users see the interface and its
 *       nested {@code Builder};
 *   <li>{@code allowedClasspathAnnotations = {Override.class}}, {@code jdkOnly = true}: the
 *       generated code needs nothing beyond the JDK (no Guava, no other annotations);
 *   <li>{@code jakarta = true}: Jakarta, not {@code javax}, annotations.
 * </ul>
 *
 * <p>Not API: exported only to this project's modules.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    jdkOnly = true,
    jakarta = true)
public @interface ValueStyle {}
