package org.figora.analysis.report;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Reads report cells as text or JSON values, the same way for every writer. */
final class Cells {

  private Cells() {}

  /** A cell as text: integers plainly, doubles in shortest round-trip form, missing as empty. */
  static String text(Table table, int column, int row) {
    Column<?> col = table.column(column);
    if (col.isMissing(row)) {
      return "";
    }
    if (col.type() == ColumnType.DOUBLE) {
      return number(table.doubleColumn(column).getDouble(row));
    }
    return String.valueOf(col.get(row));
  }

  /** A cell as a JSON value. */
  static String json(Table table, int column, int row) {
    Column<?> col = table.column(column);
    if (col.isMissing(row)) {
      return "null";
    }
    if (col.type() == ColumnType.STRING) {
      return quote(String.valueOf(col.get(row)));
    }
    return text(table, column, row);
  }

  /** Whether a column holds numbers. */
  static boolean isNumeric(Table table, int column) {
    ColumnType type = table.column(column).type();
    return type == ColumnType.DOUBLE || type == ColumnType.INTEGER;
  }

  /** A double in shortest round-trip form; non-finite values (never produced) as NA. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return "NA";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** A JSON string literal. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Text escaped for HTML element content and attribute values. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
