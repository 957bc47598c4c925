package org.figora.analysis.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Writes report tables in every {@link ReportFormat} but HTML ({@link HtmlReport} writes that
 * page from the result itself). Text formats write each value in full
 * precision (shortest round-trip decimal), never NaN or infinity; JSON, HTML and Markdown carry
 * the {@link Provenance}.
 */
public final class ReportWriter {

  /** Chars that JSON string literals escape: quote, backslash and control chars. */
  private static final boolean[] JSON_ESCAPED = RowBuffer.chars("\"\\" + IntStream.range(0, 0x20)
      .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
  /** Chars that Markdown table cells replace. */
  private static final boolean[] MARKDOWN_ESCAPED = RowBuffer.chars("|\n");

  private ReportWriter() {}

  /**
   * Writes a report.
   *
   * @param table the ranked table ({@link ReportTables})
   * @param provenance how it was made
   * @param format the format
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(Table table, Provenance provenance, ReportFormat format, Writer out)
      throws IOException {
    switch (format) {
      case TSV -> delimited(table, '\t', out);
      case CSV -> delimited(table, ',', out);
      case JSON -> json(table, provenance, out);
      case HTML -> throw new IllegalArgumentException(
          "an HTML report shows more than a table: write it with HtmlReport.write");
      case MD -> markdown(table, provenance, out);
      case CLUSTERPROFILER -> delimited(ClusterProfilerTable.of(table), '\t', out);
      default -> throw new IllegalStateException("unhandled format " + format);
    }
    out.flush();
  }

  /**
   * Writes a table as delimited text with a header row. Fields holding the delimiter, quotes or
   * line breaks are quoted (RFC 4180); in TSV, tabs and line breaks inside text become spaces.
   *
   * @param table the table
   * @param delimiter {@code '\t'} or {@code ','}
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void delimited(Table table, char delimiter, Writer out) throws IOException {
    writeHeader(table.columnNames(), delimiter, out);
    RowBuffer rows = new RowBuffer(out);
    appendRows(table, null, delimiter, rows);
    rows.flush();
  }

  /**
   * Writes tables with the same columns as one long delimited table whose first column names the
   * table each row comes from (a batch's combined table: the list of each row), as {@link
   * #delimited} would write them joined into one table, without building that table.
   *
   * @param keyColumn the first column's name
   * @param keys each table's value for the first column
   * @param tables the tables, each with the columns of the first
   * @param delimiter {@code '\t'} or {@code ','}
   * @param out where to write
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when keys and tables differ in number, there are none, or
   *     the tables' columns differ
   */
  public static void delimitedLong(String keyColumn, List<String> keys, List<Table> tables,
      char delimiter, Writer out) throws IOException {
    if (keys.size() != tables.size() || tables.isEmpty()) {
      throw new IllegalArgumentException(keys.size() + " keys for " + tables.size() + " tables");
    }
    List<String> names = tables.get(0).columnNames();
    for (Table table : tables) {
      if (!table.columnNames().equals(names)) {
        throw new IllegalArgumentException("table " + table.name() + " has columns "
            + table.columnNames() + ", not " + names);
      }
    }
    List<String> header = new java.util.ArrayList<>(names.size() + 1);
    header.add(keyColumn);
    header.addAll(names);
    writeHeader(header, delimiter, out);
    RowBuffer rows = new RowBuffer(out);
    for (int t = 0; t < tables.size(); t++) {
      appendRows(tables.get(t), keys.get(t), delimiter, rows);
    }
    rows.flush();
  }

  private static void writeHeader(List<String> names, char delimiter, Writer out)
      throws IOException {
    for (int c = 0; c < names.size(); c++) {
      if (c > 0) {
        out.write(delimiter);
      }
      out.write(field(names.get(c), delimiter));
    }
    out.write('\n');
  }

  /** Appends a table's rows, each after a first text cell {@code key} when it is not null. */
  private static void appendRows(Table table, String key, char delimiter, RowBuffer rows)
      throws IOException {
    ColumnText[] columns = ColumnText.of(table);
    boolean[] escaped = RowBuffer.chars(delimiter == '\t' ? "\t\n\r" : delimiter + "\"\n\r");
    String keyField = key == null ? null : field(key, delimiter);
    for (int r = 0; r < table.rowCount(); r++) {
      if (keyField != null) {
        rows.append(keyField);
        rows.append(delimiter);
      }
      for (int c = 0; c < columns.length; c++) {
        if (c > 0) {
          rows.append(delimiter);
        }
        String text = columns[c].text(r);
        if (!columns[c].isText()) {
          rows.append(text);
        } else if (!rows.appendIfNone(text, escaped)) {
          rows.append(field(text, delimiter));
        }
      }
      rows.append('\n');
    }
  }

  private static String field(String text, char delimiter) {
    if (delimiter == '\t') {
      return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
    if (text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static void json(Table table, Provenance provenance, Writer out) throws IOException {
    out.write("{\n  \"provenance\": {");
    String header = provenance.asMap().entrySet().stream()
        .map(e -> "\n    " + Cells.quote(e.getKey()) + ": " + jsonValue(e.getValue()))
        .collect(Collectors.joining(","));
    out.write(header);
    out.write("\n  },\n  \"results\": [");
    List<String> names = table.columnNames();
    String[] keys = new String[names.size()];
    for (int c = 0; c < keys.length; c++) {
      keys[c] = (c == 0 ? "" : ", ") + Cells.quote(names.get(c)) + ": ";
    }
    ColumnText[] columns = ColumnText.of(table);
    RowBuffer rows = new RowBuffer(out);
    for (int r = 0; r < table.rowCount(); r++) {
      rows.append(r == 0 ? "\n    {" : ",\n    {");
      for (int c = 0; c < columns.length; c++) {
        rows.append(keys[c]);
        if (columns[c].isMissing(r)) {
          rows.append("null");
        } else if (columns[c].isText()) {
          String text = columns[c].text(r);
          rows.append('"');
          if (!rows.appendIfNone(text, JSON_ESCAPED)) {
            rows.append(Cells.escapeJson(text));
          }
          rows.append('"');
        } else {
          rows.append(columns[c].text(r));
        }
      }
      rows.append('}');
    }
    rows.flush();
    out.write(table.rowCount() == 0 ? "]\n}\n" : "\n  ]\n}\n");
  }

  static String jsonValue(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> jsonValue(v)).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    return Cells.quote(String.valueOf(value));
  }

  private static void markdown(Table table, Provenance provenance, Writer out)
      throws IOException {
    out.write("# figora enrichment: " + provenance.listName() + "\n\n");
    for (Map.Entry<String, Object> entry : provenance.asMap().entrySet()) {
      if (!(entry.getValue() instanceof List<?>)) {
        out.write("- " + entry.getKey() + ": " + entry.getValue() + "\n");
      }
    }
    out.write("\n" + provenance.methodsParagraph() + "\n\n");
    List<String> names = table.columnNames();
    out.write("| " + String.join(" | ", names) + " |\n");
    out.write(names.stream().map(n -> "---").collect(Collectors.joining(" | ", "| ", " |\n")));
    ColumnText[] columns = ColumnText.of(table);
    RowBuffer rows = new RowBuffer(out);
    for (int r = 0; r < table.rowCount(); r++) {
      rows.append('|');
      for (int c = 0; c < columns.length; c++) {
        String text = columns[c].text(r);
        rows.append(' ');
        if (!columns[c].isText()) {
          rows.append(text);
        } else if (!rows.appendIfNone(text, MARKDOWN_ESCAPED)) {
          rows.append(text.replace("|", "\\|").replace('\n', ' '));
        }
        rows.append(" |");
      }
      rows.append('\n');
    }
    rows.flush();
  }
}
