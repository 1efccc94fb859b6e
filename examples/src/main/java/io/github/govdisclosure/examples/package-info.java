/** Small runnable programs that show parse, validate and print. */
package io.github.govdisclosure.examples;
