package org.figora.analysis.report;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** Text rules shared by the report writers: numbers, JSON string literals, HTML escapes. */
final class Cells {

  private Cells() {}

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
    return '"' + escapeJson(text) + '"';
  }

  /** Text escaped for the inside of a JSON string literal. */
  static String escapeJson(String text) {
    StringBuilder out = new StringBuilder(text.length());
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
    return out.toString();
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
