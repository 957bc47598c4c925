package org.figora.analysis.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a report as one JSON object: {@code "provenance"} (how it was made) and {@code "results"},
 * an array with one flat object per row holding the standard columns. Numbers are JSON numbers in
 * shortest round-trip form, a missing value is {@code null}, {@code overlap_genes} is an array of
 * strings. Flat rows are what {@code pandas.json_normalize(d["results"])} and R's {@code
 * jsonlite::fromJSON(f)$results} read as a table.
 */
final class JsonWriter implements ReportWriter {

  /** Chars that JSON string literals escape: quote, backslash and control chars. */
  private static final boolean[] ESCAPED = RowBuffer.chars(escapedChars());

  private final List<ReportColumn> columns = ReportColumns.STANDARD;

  private static String escapedChars() {
    StringBuilder chars = new StringBuilder("\"\\");
    for (char c = 0; c < 0x20; c++) {
      chars.append(c);
    }
    return chars.append("\u2028\u2029").toString();
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    out.write("{\n  \"provenance\": {");
    String header =
        report.provenance().asMap().entrySet().stream()
            .map(e -> "\n    " + Cells.quote(e.getKey()) + ": " + value(e.getValue()))
            .collect(Collectors.joining(","));
    out.write(header);
    out.write("\n  },\n  \"results\": [");
    String[] keys = new String[columns.size()];
    for (int c = 0; c < keys.length; c++) {
      keys[c] = (c == 0 ? "" : ", ") + Cells.quote(columns.get(c).name()) + ": ";
    }
    RowBuffer rows = new RowBuffer(out);
    List<ReportRow> reportRows = report.rows();
    for (int r = 0; r < reportRows.size(); r++) {
      ReportRow row = reportRows.get(r);
      rows.append(r == 0 ? "\n    {" : ",\n    {");
      for (int c = 0; c < keys.length; c++) {
        ReportColumn column = columns.get(c);
        rows.append(keys[c]);
        switch (column.kind()) {
          case INTEGER -> {
            int value = column.intValue(row);
            rows.append(value == ReportColumn.MISSING_INTEGER ? "null" : Integer.toString(value));
          }
          case NUMBER -> {
            double value = column.doubleValue(row);
            rows.append(Double.isFinite(value) ? Cells.number(value) : "null");
          }
          case TEXT, LINK -> string(column.text(row), rows);
          case GENES -> {
            rows.append('[');
            List<String> genes = column.genes(row);
            for (int g = 0; g < genes.size(); g++) {
              if (g > 0) {
                rows.append(", ");
              }
              string(genes.get(g), rows);
            }
            rows.append(']');
          }
        }
      }
      rows.append('}');
    }
    rows.flush();
    out.write(reportRows.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
  }

  private static void string(String text, RowBuffer rows) throws IOException {
    rows.append('"');
    if (!rows.appendIfNone(text, ESCAPED)) {
      rows.append(Cells.escapeJson(text));
    }
    rows.append('"');
  }

  /** A provenance value as JSON: lists as arrays, numbers and booleans bare, the rest quoted. */
  static String value(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(JsonWriter::value).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> Cells.quote(String.valueOf(e.getKey())) + ": " + value(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value == null) {
      return "null";
    }
    if (value instanceof Double d && !Double.isFinite(d)) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    return Cells.quote(String.valueOf(value));
  }
}
