package io.github.govdisclosure.json;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.model.ExtraRow;
import io.github.govdisclosure.model.Report;
import io.github.govdisclosure.model.StandardTable;
import io.github.govdisclosure.model.Table;
import java.util.ArrayList;
import java.util.List;

/** Every span a report holds, as text: spans are not part of equality, so they are compared apart. */
final class Spans {
  private Spans() {}

  static List<String> of(Report report) {
    List<String> spans = new ArrayList<>();
    for (Table t : Table.values()) {
      if (report.table(t).isEmpty()) {
        continue;
      }
      StandardTable table = report.table(t).get();
      for (CellRef ref : table.layout()) {
        table.get(ref).getSpan().ifPresent(s -> spans.add(ref + "=" + s.offset() + "+" + s.length() + "@" + s));
      }
      for (ExtraRow row : table.getExtraRows()) {
        spans.add(row.getLabel() + "=" + row.getSpan());
        row.getCells().forEach(cell -> spans.add(row.getLabel() + " cell=" + cell.getSpan()));
      }
    }
    report.getStatedFigures().forEach(f -> spans.add(f.getPhrase() + "=" + f.getSpan()));
    report.getStatedBreakdowns().forEach(b -> spans.add(b.getPhrase() + "=" + b.getSpan()));
    report.getFeeStatement().ifPresent(f -> spans.add(f.getPhrase() + "=" + f.getSpan()));
    return spans;
  }
}
