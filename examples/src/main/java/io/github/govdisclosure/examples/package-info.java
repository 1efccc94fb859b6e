/**
 * Small runnable programs that show parse, validate and print, one task each.
 *
 * <ul>
 *   <li>{@link io.github.govdisclosure.examples.Main}: parse report files, check them, print the
 *       tables, findings, stated shares and a verdict (or the JSON document); the jar's main class.
 *   <li>{@link io.github.govdisclosure.examples.AuditDirectory}: audit a directory of reports in
 *       parallel into a CSV summary.
 *   <li>{@link io.github.govdisclosure.examples.CheckSeries}: check one agency's reports across years.
 *   <li>{@link io.github.govdisclosure.examples.ComposeReport}: write a report in code, with its
 *       shares recomputed, and check it.
 *   <li>{@link io.github.govdisclosure.examples.CustomRule}: add a rule of one's own and change a severity.
 * </ul>
 */
package io.github.govdisclosure.examples;
