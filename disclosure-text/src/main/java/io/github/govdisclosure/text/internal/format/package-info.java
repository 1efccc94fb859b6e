/**
 * The formatter behind {@link io.github.govdisclosure.text.DisclosureText#format}: one writer per
 * {@link io.github.govdisclosure.text.TextFormat.Syntax}, sharing the official table layouts.
 * Not exported.
 */
package io.github.govdisclosure.text.internal.format;
