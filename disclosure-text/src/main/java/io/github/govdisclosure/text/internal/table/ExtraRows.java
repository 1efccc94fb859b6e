package io.github.govdisclosure.text.internal.table;

import io.github.govdisclosure.model.Cell;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Severity;
import io.github.govdisclosure.text.internal.Codes;
import io.github.govdisclosure.text.internal.NormalForm;
import io.github.govdisclosure.text.internal.Sink;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import io.github.govdisclosure.text.internal.table.Tokenizer.Kind;
import io.github.govdisclosure.text.internal.table.Tokenizer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows outside the layout of a table that keeps them (table 3): cells that no row of the layout
 * takes and that follow a numbered label ({@code （八）…}, {@code 9.…}) that is no label or fragment
 * of a label of the table become extra rows of at most {@link TableRows#extraCells} cells, reported
 * ({@code TEXT-ROW-EXTRA}).
 */
final class ExtraRows {
  private final TableRows rows;
  private final TableRead table;
  private final LineIndex lines;
  private final Sink sink;

  ExtraRows(TableRead table, LineIndex lines, Sink sink) {
    this.rows = table.rows;
    this.table = table;
    this.lines = lines;
    this.sink = sink;
  }

  /** Whether the table keeps rows outside its layout. */
  boolean kept() {
    return rows.knownLabels != null;
  }

  /**
   * Takes extra rows out of tokens that no row of the layout takes ({@code rest}, a subsequence of
   * the stretch's tokens {@code raw}); returns the tokens left.
   */
  List<Token> take(List<Token> raw, List<Token> rest) {
    List<Token> left = new ArrayList<>();
    int r = 0;
    int k = 0;
    while (k < rest.size()) {
      Token t = rest.get(k);
      while (raw.get(r) != t) {
        r++;
      }
      int j = r;
      while (j > 0 && raw.get(j - 1).kind() == Kind.JUNK) {
        j--;
      }
      StringBuilder label = new StringBuilder();
      for (int i = j; i < r; i++) {
        label.append(raw.get(i).raw());
      }
      if (j == r || !isExtraLabel(label.toString())) {
        left.add(t);
        k++;
        continue;
      }
      int labelEnd = raw.get(r - 1).end();
      List<Token> cells = new ArrayList<>();
      while (k < rest.size() && r < raw.size() && raw.get(r) == rest.get(k) && cells.size() < rows.extraCells) {
        cells.add(rest.get(k++));
        r++;
      }
      while (!cells.isEmpty() && cells.get(cells.size() - 1).kind() == Kind.BLANK) {
        // trailing empty fields of a row are not told from the furniture after it
        cells.remove(cells.size() - 1);
      }
      if (!Tokenizer.hasValue(cells)) {
        left.addAll(cells);
        continue;
      }
      List<Cell> read = new ArrayList<>();
      for (Token c : cells) {
        read.add(CellReader.read(c, lines, sink));
      }
      Token first = raw.get(j);
      String name = label.toString();
      table.extraRows.add(new ExtraRow.Builder().label(name).cells(read)
          .span(lines.span(first.start(), labelEnd - first.start())).build());
      sink.add(Codes.ROW_EXTRA, Severity.INFO, first.start(), cells.get(cells.size() - 1).end() - first.start(),
          "row '" + name + "' is not in the layout of " + rows.name + "; kept as an extra row of " + read.size()
              + (read.size() == 1 ? " cell" : " cells"));
    }
    return left;
  }

  /**
   * The index of the first cell token after a value that follows an extra-row label in the raw
   * tokens, or the number of cell tokens.
   */
  int labelAt(List<Token> raw, List<Token> cells) {
    int k = 0;
    boolean value = false;
    int junkFrom = -1;
    for (int r = 0; r < raw.size() && k < cells.size(); r++) {
      Token t = raw.get(r);
      if (t.kind() == Kind.JUNK) {
        junkFrom = junkFrom < 0 ? r : junkFrom;
        continue;
      }
      if (t != cells.get(k)) {
        continue;
      }
      if (value && junkFrom >= 0) {
        StringBuilder label = new StringBuilder();
        for (int i = junkFrom; i < r; i++) {
          label.append(raw.get(i).raw());
        }
        if (isExtraLabel(label.toString())) {
          return k;
        }
      }
      junkFrom = -1;
      value |= t.kind() == Kind.VALUE;
      k++;
    }
    return cells.size();
  }

  /** A numbered row label of at most 40 characters, no sentence, and no known label or part of one. */
  private boolean isExtraLabel(String label) {
    String n = NormalForm.normalize(label);
    if (n.length() < 3 || n.length() > 40 || !numbered(n)) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      if ("。；;：:".indexOf(n.charAt(i)) >= 0) {
        return false;
      }
    }
    for (String known : rows.knownLabels) {
      if (known.contains(n)) {
        return false;
      }
    }
    return true;
  }

  private static boolean numbered(String n) {
    String numerals = "一二三四五六七八九十";
    int i = 0;
    if (n.charAt(0) == '(') {
      i = 1;
      while (i < n.length() && numerals.indexOf(n.charAt(i)) >= 0) {
        i++;
      }
      return i > 1 && i < n.length() && n.charAt(i) == ')';
    }
    while (i < n.length() && (numerals.indexOf(n.charAt(i)) >= 0)) {
      i++;
    }
    if (i > 0) {
      return i < n.length() && n.charAt(i) == '、';
    }
    while (i < n.length() && n.charAt(i) >= '0' && n.charAt(i) <= '9') {
      i++;
    }
    return i > 0 && i < n.length() && (n.charAt(i) == '.' || n.charAt(i) == '、');
  }
}
