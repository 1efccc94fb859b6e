/**
 * The command-line program, and small runnable programs that show parse, validate and print, one
 * task each.
 *
 * <ul>
 *   <li>{@link io.github.govdisclosure.examples.Main}: the program {@code govdisclosure}, the jar's
 *       main class: {@code check} reads report files, checks them and prints the tables,
 *       diagnostics, findings, stated shares and a verdict (or the JSON document, or a report page);
 *       {@code audit} checks a folder of reports in parallel into CSV and HTML summaries.
 *   <li>{@link io.github.govdisclosure.examples.CheckSeries}: check one agency's reports across years.
 *   <li>{@link io.github.govdisclosure.examples.ComposeReport}: write a report in code, with its
 *       shares recomputed, and check it.
 *   <li>{@link io.github.govdisclosure.examples.CustomRule}: add a rule of one's own and change a severity.
 * </ul>
 */
package io.github.govdisclosure.examples;
