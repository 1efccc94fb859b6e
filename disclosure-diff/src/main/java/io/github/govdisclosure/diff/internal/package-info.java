/** The pairing of cells across editions, the sentence diff and the printer. Not API. */
package io.github.govdisclosure.diff.internal;
