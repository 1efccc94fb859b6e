/** The consistency rules of the annual report format. */
package io.github.govdisclosure.rules;
