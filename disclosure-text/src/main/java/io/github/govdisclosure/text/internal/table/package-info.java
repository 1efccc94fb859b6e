/**
 * Reading the three standard tables out of their regions of report text. Not API.
 *
 * <p>One way through: {@link io.github.govdisclosure.text.internal.table.Tables} (the entry) reads
 * a region with {@code RowAssigner}, which finds row labels ({@code LabelIndex}), tokenises
 * ({@code Tokenizer}), reads cells ({@code CellReader}), splits digit runs into candidate rows
 * ({@code DigitRuns}, {@code DigitSplitter}) and keeps rows outside the layout ({@code ExtraRows})
 * into a {@code TableRead}; {@code SplitChooser} then picks among candidates by the sums across
 * rows, {@code SplitDiagnostics} reports splits, and {@code Tables} builds the model's table. What
 * the reader knows of each table (cells, labels, sums) is {@code TableRows}, read from the model.
 */
package io.github.govdisclosure.text.internal.table;
