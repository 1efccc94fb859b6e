/**
 * What the text module shares with the readers of other formats (the page reader of {@code
 * disclosure-html}): content sniffing, the UTF-8 check, the line index of positions. Exported to
 * those modules only; not API.
 */
package io.github.govdisclosure.text.internal.shared;
