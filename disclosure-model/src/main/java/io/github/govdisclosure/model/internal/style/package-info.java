/**
 * The Immutables style shared by the project's modules ({@link
 * io.github.govdisclosure.model.internal.style.ValueStyle}). Exported only to them; not API.
 */
package io.github.govdisclosure.model.internal.style;
