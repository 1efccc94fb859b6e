/**
 * Reading annual reports published as web pages.
 *
 * <p>{@link io.github.govdisclosure.html.DisclosureHtml#parse(String)} finds the report inside the
 * page, expands its tables' {@code rowspan}/{@code colspan} into grids, reads the result with the
 * text parser and returns the text module's {@link io.github.govdisclosure.text.ParseResult}: every
 * diagnostic and every cell span points into the HTML source (line and column in code points).
 */
package io.github.govdisclosure.html;
